import { once } from 'node:events';
import { createReadStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { MIGRATIONS_FOLDER, runMigrations } from '@backplan/server/db/migrate';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { InputError } from '../json-input';
import {
  appliedMigrations,
  BACKUP_MAGIC,
  type BackupHeader,
  type BackupTrailer,
  COPY_END,
  copyableColumns,
  openTargetDatabase,
  quoteIdent,
  type TableSection,
  tablesInDependencyOrder,
} from './backup';

/**
 * `backplan restore <file>`: loads a `backplan backup` file into an empty
 * database (a new BACKPLAN_DATA_DIR, or an empty DATABASE_URL), then brings it
 * up to this version's schema:
 *
 * 1. the schema is migrated only as far as the backup's own migrations, so the
 *    rows fit the tables they came from;
 * 2. every table is loaded with COPY in one transaction (all or nothing), the
 *    row counts are checked against the backup's end line, and sequences are
 *    moved past the restored ids;
 * 3. the remaining migrations run, as `backplan serve` would run them.
 */

interface MigrationFile {
  readonly tag: string;
  readonly when: number;
}

/** Reads the file line by line through gunzip; COPY rows never contain a raw newline. */
function openBackup(file: string): AsyncIterator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  return lines[Symbol.asyncIterator]();
}

async function nextLine(lines: AsyncIterator<string>, what: string): Promise<string> {
  const next = await lines.next().catch((error: unknown) => {
    throw new InputError(`The backup file is damaged (${error instanceof Error ? error.message : error}).`);
  });
  if (next.done) throw new InputError(`The backup file ends early: ${what} is missing.`);
  return next.value;
}

function parseJsonLine<T>(line: string, what: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new InputError(`The backup file is damaged: ${what} is not readable.`);
  }
}

/** The migrations folder cut at the backup's level, so the schema matches its rows. */
async function migrationsUpTo(count: number): Promise<string> {
  const journal = JSON.parse(
    await fs.readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'),
  ) as {
    entries: MigrationFile[];
  };
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-restore-migrations-'));
  await fs.mkdir(path.join(folder, 'meta'));
  const entries = journal.entries.slice(0, count);
  await fs.writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const entry of entries) {
    await fs.copyFile(
      path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`),
      path.join(folder, `${entry.tag}.sql`),
    );
  }
  return folder;
}

/** Refuses unless the backup's migrations are this version's first migrations, byte for byte. */
async function checkMigrations(header: BackupHeader): Promise<void> {
  const { readMigrationFiles } = await import('drizzle-orm/migrator');
  const local = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  if (header.migrations.length > local.length) {
    throw new InputError(
      `This backup was made by a newer BackPlan (${header.backplanVersion}, ${header.migrations.length} migrations); restore it with that version or newer.`,
    );
  }
  header.migrations.forEach((migration, i) => {
    if (local[i]?.hash !== migration.hash) {
      throw new InputError(
        `This backup's schema differs from this BackPlan's at migration ${i + 1}; it cannot be restored here.`,
      );
    }
  });
}

/**
 * Refuses a database with any row in it, or with migrations beyond the
 * backup's; an empty database, migrated or not, is fine.
 */
async function refuseUnlessEmpty(client: pg.ClientBase, header: BackupHeader): Promise<void> {
  const advice =
    'Restore into a new database: set BACKPLAN_DATA_DIR to a new directory, or DATABASE_URL to an empty database.';
  for (const table of await tablesInDependencyOrder(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM public.${quoteIdent(table)} LIMIT 1`);
    if (rowCount) throw new InputError(`The database is not empty (table ${table} has rows). ${advice}`);
  }
  const applied = await appliedMigrations(client);
  const prefix = applied.every((m, i) => header.migrations[i]?.hash === m.hash);
  if (!prefix) {
    throw new InputError(`The database already has a newer BackPlan schema than the backup. ${advice}`);
  }
}

/** Streams one table's COPY rows from the file into PostgreSQL, in batches. */
async function copyTable(
  client: pg.ClientBase,
  lines: AsyncIterator<string>,
  section: TableSection,
): Promise<void> {
  const list = section.columns.map(quoteIdent).join(', ');
  const sink = client.query(copyFrom(`COPY public.${quoteIdent(section.table)} (${list}) FROM STDIN`));
  const finished = once(sink, 'finish');
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const ok = sink.write(`${batch.join('\n')}\n`);
    batch = [];
    if (!ok) await once(sink, 'drain');
  };
  try {
    for (;;) {
      const line = await nextLine(lines, `the end of table ${section.table}`);
      if (line === COPY_END) break;
      batch.push(line);
      if (batch.length >= 1000) await flush();
    }
    await flush();
  } catch (error) {
    // A file that ends (or breaks) inside a table: the COPY still holds the connection, and
    // the ROLLBACK would queue behind it for ever. destroy() sends CopyFail, and the
    // connection is free once PostgreSQL has answered with its error.
    finished.catch(() => undefined);
    await new Promise<void>((resolve) => {
      sink.once('close', () => resolve());
      sink.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    throw error;
  }
  sink.end();
  await finished;
}

/** Moves every serial/identity sequence past the largest restored value. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string; seq: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(format('public.%I', table_name), column_name) AS seq
     FROM information_schema.columns WHERE table_schema = 'public'
       AND pg_get_serial_sequence(format('public.%I', table_name), column_name) IS NOT NULL`,
  );
  for (const row of rows) {
    await client.query(
      `SELECT setval($1, coalesce((SELECT max(${quoteIdent(row.column_name)}) FROM public.${quoteIdent(row.table_name)}), 0) + 1, false)`,
      [row.seq],
    );
  }
}

export async function restoreBackup(url: string, file: string): Promise<Record<string, number>> {
  const lines = openBackup(file);
  if ((await nextLine(lines, 'the first line').catch(() => '')) !== BACKUP_MAGIC) {
    throw new InputError(`${file} is not a BackPlan backup (made by \`backplan backup\`).`);
  }
  const header = parseJsonLine<BackupHeader>(await nextLine(lines, 'the header'), 'the header');
  await checkMigrations(header);

  const client = new pg.Client({ connectionString: url, application_name: 'backplan restore' });
  await client.connect();
  try {
    await refuseUnlessEmpty(client, header);
    const folder = await migrationsUpTo(header.migrations.length);
    try {
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
    await client.query('BEGIN');
    try {
      // The backup holds every row as it was, including rows that triggers made (each patient's
      // summary row comes from a trigger on patients): user triggers stay off while the rows
      // load, as pg_restore --disable-triggers does. Foreign keys are internal triggers and
      // still check every row. ALTER TABLE is transactional, so they are back on at COMMIT.
      for (const table of header.tables) {
        await client.query(`ALTER TABLE public.${quoteIdent(table)} DISABLE TRIGGER USER`);
      }
      for (const table of header.tables) {
        const section = parseJsonLine<TableSection>(
          await nextLine(lines, `table ${table}`),
          `table ${table}`,
        );
        if (section.table !== table)
          throw new InputError(`The backup file is damaged: expected table ${table}.`);
        const known = new Set(await copyableColumns(client, table));
        const unknown = section.columns.filter((c) => !known.has(c));
        if (unknown.length > 0)
          throw new InputError(`Table ${table} has no column ${unknown.join(', ')} here.`);
        await copyTable(client, lines, section);
      }
      const trailer = parseJsonLine<BackupTrailer>(await nextLine(lines, 'the end line'), 'the end line');
      if (trailer.end !== true) throw new InputError('The backup file is damaged: its end line is missing.');
      for (const [table, expected] of Object.entries(trailer.rows)) {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM public.${quoteIdent(table)}`,
        );
        if (Number(rows[0]?.n) !== expected) {
          throw new InputError(
            `Table ${table} restored ${rows[0]?.n} rows, but the backup holds ${expected}.`,
          );
        }
      }
      await resetSequences(client);
      for (const table of header.tables) {
        await client.query(`ALTER TABLE public.${quoteIdent(table)} ENABLE TRIGGER USER`);
      }
      await client.query('COMMIT');
      return { ...trailer.rows };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** `backplan restore <file>` */
export async function restoreCommand(file: string): Promise<void> {
  const resolved = path.resolve(file);
  if (!existsSync(resolved)) throw new InputError(`file: ${resolved} does not exist.`);
  const database = await openTargetDatabase({ allowRunning: false });
  try {
    const rows = await restoreBackup(database.url, resolved);
    await runMigrations(database.url);
    const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `Restored ${total.toLocaleString('en-US')} rows in ${Object.keys(rows).length} tables into ${database.describe}\n`,
    );
  } finally {
    await database.close();
  }
}
