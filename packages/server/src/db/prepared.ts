import type pg from 'pg';
import type { Executor } from './client';

/**
 * Named statements for the few queries on the hottest path (the check-in write
 * and the session look-up). PostgreSQL parses and plans a named statement once
 * per connection; an unnamed one is planned on every call, which for the
 * sixteen-part triage facts query costs more than running it (measured in
 * docs/performance.md). Drizzle's own prepared queries are bound to the
 * transaction that built them, so these run on the transaction's pg client.
 */
export interface NamedStatement {
  /** Unique per text: node-postgres refuses one name with two texts on a connection. */
  readonly name: string;
  readonly text: string;
}

interface DrizzleSessionHolder {
  readonly session?: { readonly client?: pg.ClientBase | pg.Pool };
}

/** The node-postgres client (in a transaction) or pool (outside one) behind a Drizzle executor. */
function clientOf(executor: Executor): pg.ClientBase | pg.Pool {
  const client = (executor as unknown as DrizzleSessionHolder).session?.client;
  if (!client || typeof client.query !== 'function') {
    // Drizzle keeps its node-postgres client on `session.client`; fail loudly if that ever changes.
    throw new Error('Cannot reach the node-postgres client behind this Drizzle executor.');
  }
  return client;
}

/**
 * Runs a named statement in the executor's transaction (or on the pool). Rows
 * come back with node-postgres's own type parsing: cast dates to text or build
 * JSON in SQL, because pg turns a `date` into a local-midnight Date.
 */
export async function runNamed<Row extends pg.QueryResultRow>(
  executor: Executor,
  statement: NamedStatement,
  values: readonly unknown[],
): Promise<Row[]> {
  const result = await clientOf(executor).query<Row>({
    name: statement.name,
    text: statement.text,
    values: values as unknown[],
  });
  return result.rows;
}
