import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { loadConfig } from '@backplan/server/config';
import { DataDirectoryBusyError } from '@backplan/server/db/embedded';
import { provisionDatabase } from '@backplan/server/db/provision';
import { BACKPLAN_VERSION } from '@backplan/server/version';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { InputError } from '../json-input';

/**
 * `backplan backup [--out file]`: a consistent logical backup of BackPlan's
 * own tables, written with COPY (PostgreSQL's text format, exact for every
 * type) into one gzip file.
 *
 * Why not pg_dump: the embedded PostgreSQL package ships only initdb, pg_ctl
 * and postgres (version 18), and the pg_dump this machine's Debian offers is
 * version 15, which refuses to dump a newer server; no registry package ships
 * pg_dump 18. BackPlan's schema is its migrations, so a backup needs only the
 * rows and the migration level they belong to (docs/performance.md, "Backup
 * and restore"). Use pg_dump as well where a matching version exists.
 *
 * File layout, after gunzip, one line each:
 *   BACKPLAN-BACKUP 1
 *   {header: version, time, migrations applied, table order}
 *   for each table: {"table", "columns"} / COPY text rows / \.
 *   {"end": true, "rows": {table: count}}   (a truncated file has no end line)
 */

export const BACKUP_MAGIC = 'BACKPLAN-BACKUP 1';
export const COPY_END = '\\.';

export interface BackupHeader {
  readonly backplanVersion: string;
  readonly createdAt: string;
  readonly postgresVersion: string;
  /** drizzle.__drizzle_migrations in order: the schema the rows belong to. */
  readonly migrations: readonly { readonly hash: string; readonly createdAt: number }[];
  readonly tables: readonly string[];
}

export interface TableSection {
  readonly table: string;
  readonly columns: readonly string[];
}

export interface BackupTrailer {
  readonly end: true;
  readonly rows: Readonly<Record<string, number>>;
}

// The embedded server's credentials (packages/server/src/db/embedded.ts): it
// listens on loopback only, so they are not secrets.
const EMBEDDED_USER = 'backplan';
const EMBEDDED_PASSWORD = 'backplan-local-only';

export interface TargetDatabase {
  readonly url: string;
  readonly describe: string;
  close(): Promise<void>;
}

/**
 * DATABASE_URL, or the embedded database: started for the command when no
 * server is running, or reached through the running server's postmaster when
 * one is (allowRunning), since a backup can be taken while BackPlan serves.
 */
export async function openTargetDatabase(options: { allowRunning: boolean }): Promise<TargetDatabase> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { url: config.databaseUrl, describe: `${url.host}${url.pathname}`, close: async () => undefined };
  }
  const quiet = { info: () => undefined, warn: (line: string) => process.stderr.write(`${line}\n`) };
  try {
    const provisioned = await provisionDatabase(config, quiet);
    return {
      url: provisioned.url,
      describe: `the embedded database in ${provisioned.embeddedDataDir}`,
      close: () => provisioned.stop(),
    };
  } catch (error) {
    if (!(error instanceof DataDirectoryBusyError) || !options.allowRunning) throw error;
    const pgDir = path.join(config.dataDir, 'pg');
    // postmaster.pid: line 4 is the port the running server's PostgreSQL listens on.
    const port = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
    return {
      url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/backplan`,
      describe: `the running server's embedded database in ${pgDir}`,
      close: async () => undefined,
    };
  }
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** BackPlan's tables (schema public) ordered so every table comes after the tables it references. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    )
  ).rows.map((r) => r.name);
  const references = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of references.rows) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0)
      throw new Error('The tables reference each other in a cycle; no load order exists.');
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

/** The columns COPY can write back: every column except generated ones, in table order. */
export async function copyableColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [`public.${quoteIdent(table)}`],
  );
  return rows.map((r) => r.name);
}

export async function appliedMigrations(client: pg.ClientBase): Promise<BackupHeader['migrations']> {
  const exists = await client.query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0]?.ok) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(
    'SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at, id',
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** Writes the backup of the database at `url` to `file`; returns the rows per table. */
export async function writeBackup(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url, application_name: 'backplan backup' });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  const write = async (data: string | Buffer): Promise<void> => {
    if (!gzip.write(data)) await once(gzip, 'drain');
  };
  try {
    // One snapshot for every table, as pg_dump takes: the backup is consistent
    // even while the server keeps writing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInDependencyOrder(client);
    const header: BackupHeader = {
      backplanVersion: BACKPLAN_VERSION,
      createdAt: new Date().toISOString(),
      postgresVersion: (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? '',
      migrations: await appliedMigrations(client),
      tables,
    };
    if (header.migrations.length === 0) throw new Error('This database has no BackPlan schema to back up.');
    await write(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    for (const table of tables) {
      const columns = await copyableColumns(client, table);
      const section: TableSection = { table, columns };
      await write(`${JSON.stringify(section)}\n`);
      const list = columns.map(quoteIdent).join(', ');
      const source = client.query(copyTo(`COPY public.${quoteIdent(table)} (${list}) TO STDOUT`));
      for await (const chunk of source) await write(chunk as Buffer);
      rows[table] = source.rowCount ?? 0;
      await write(`${COPY_END}\n`);
    }
    const trailer: BackupTrailer = { end: true, rows };
    await write(`${JSON.stringify(trailer)}\n`);
    await client.query('COMMIT');
    gzip.end();
    await written;
    return rows;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(file, { force: true }); // never leave a partial backup that looks whole
    throw error;
  } finally {
    await client.end();
  }
}

const timestamp = (): string => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** `backplan backup [--out file]` */
export async function backupCommand(options: { out?: string }): Promise<void> {
  const file = path.resolve(options.out ?? `backplan-backup-${timestamp()}.bpbackup.gz`);
  if (existsSync(file)) throw new InputError(`--out: ${file} already exists; choose a new file name.`);
  const database = await openTargetDatabase({ allowRunning: true });
  try {
    const rows = await writeBackup(database.url, file);
    const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `Backed up ${total.toLocaleString('en-US')} rows in ${Object.keys(rows).length} tables from ${database.describe} to ${file}\n`,
    );
  } finally {
    await database.close();
  }
}
