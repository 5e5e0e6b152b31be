import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../src/db/client';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly handle: DatabaseHandle;
  /** Close the pool and drop the database. */
  drop(): Promise<void>;
}

export function databaseUrl(name: string): string {
  const url = new URL(inject('databaseAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, migrated database cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${inject('databasePrefix')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const handle = connectDatabase(url);
  return {
    url,
    name,
    handle,
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: inject('databaseAdminUrl') });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
