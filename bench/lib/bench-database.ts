import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runMigrations, startEmbeddedDatabase } from '@backplan/server';
import pg from 'pg';

/**
 * The database a benchmark runs on: BackPlan's embedded PostgreSQL by default
 * (fsync on, as in production), or a fresh database on the server named by
 * DATABASE_URL. Either way it is new, migrated, and removed afterwards, so a
 * benchmark never writes into a database someone uses.
 */
export interface BenchDatabase {
  readonly url: string;
  /** "embedded PostgreSQL 18.x" or "PostgreSQL 15.x at host:port" for the report. */
  readonly description: string;
  readonly serverVersion: string;
  close(): Promise<void>;
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `backplan_bench_${label}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${name}`;
    await runMigrations(url.toString());
    const version = await serverVersion(url.toString());
    return {
      url: url.toString(),
      description: `PostgreSQL ${version} at ${url.host} (database ${name}, from DATABASE_URL)`,
      serverVersion: version,
      async close() {
        const cleanup = new pg.Client({ connectionString: external });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  // Under the system temp directory: the embedded server runs as the `postgres`
  // user when we are root, and it must reach every parent directory.
  const baseDir = await fs.mkdtemp(path.join(os.tmpdir(), `backplan-bench-${label}-`));
  await fs.chmod(baseDir, 0o755);
  const embedded = await startEmbeddedDatabase({ baseDir, ephemeral: true });
  await runMigrations(embedded.url);
  const version = await serverVersion(embedded.url);
  return {
    url: embedded.url,
    description: `embedded PostgreSQL ${version} (fsync on)`,
    serverVersion: version,
    async close() {
      await embedded.stop();
      await fs.rm(baseDir, { recursive: true, force: true });
    },
  };
}
