import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../src/db/embedded';
import { runMigrations } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL with rights to CREATE DATABASE on the test server. */
    databaseAdminUrl: string;
    /** A migrated database that each test file clones. */
    templateDatabase: string;
    /** Prefix of every database this run creates (dropped at teardown). */
    databasePrefix: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Starts the test PostgreSQL once per run: the machine's server when
 * TEST_DATABASE_URL is set, otherwise an ephemeral embedded one under the
 * system temp directory (reachable by the `postgres` user when running as root).
 * Migrates a template database that each test file clones, so every file gets a
 * fresh, fully migrated database in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = `bp_${process.pid}_${randomBytes(3).toString('hex')}`;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedDatabase({
      baseDir: path.join(os.tmpdir(), `${prefix}_pg`),
      ephemeral: true,
    });
    adminUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await runMigrations(withDatabase(adminUrl, template));

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('databasePrefix', prefix);

  return async () => {
    if (stopEmbedded) {
      await stopEmbedded();
      return;
    }
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    const { rows } = await cleanup.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await cleanup.end();
  };
}
