import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DemoWriter } from '@backplan/server/modules/demo/demo-clinic';
import type { Command } from 'commander';
import type { Table } from 'drizzle-orm';
import type pg from 'pg';
import { InputError } from '../json-input';

/**
 * `backplan demo`: builds a demo clinic of any size in the configured database (DATABASE_URL or
 * the embedded one), with a progress bar: N synthetic patients with W weeks of history each,
 * simulated through the real clinical engine and loaded with COPY (one statement per table per
 * batch of 250 patients, each committing on its own), while the next batch is simulated.
 * Prints the new clinic's sign-ins. docs/demo.md has the timings. Heavy modules load only here.
 */
export interface DemoOptions {
  readonly patients: string;
  readonly weeks: string;
  readonly seed: string;
  readonly clinic?: string;
}

function wholeNumber(value: string, option: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InputError(`${option} must be a whole number from ${min} to ${max} (got "${value}").`);
  }
  return number;
}

/** One value in COPY text format: \N for null; arrays and JSON as PostgreSQL reads them; escapes. */
export function copyValue(value: unknown, columnType: string): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (columnType === 'PgJsonb' || columnType === 'PgJson') text = JSON.stringify(value);
  else if (Array.isArray(value)) {
    text = `{${value.map((v) => `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  } else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else text = String(value);
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');
}

/** A writer that streams each table's rows with COPY … FROM STDIN (much faster than INSERT at scale). */
async function copyWriter(pool: pg.Pool): Promise<DemoWriter> {
  const { getTableColumns, getTableName } = await import('drizzle-orm');
  const { from: copyFrom } = await import('pg-copy-streams');
  const schema = await import('@backplan/server/db/schema');
  const copy = async (table: Table, rows: readonly object[]): Promise<number> => {
    const first = rows[0];
    if (first === undefined) return 0;
    const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
    const list = columns.map(([, column]) => `"${column.name}"`).join(', ');
    const client = await pool.connect();
    try {
      const sink = client.query(copyFrom(`COPY "${getTableName(table)}" (${list}) FROM STDIN`));
      const lines = function* () {
        for (const row of rows as readonly Record<string, unknown>[]) {
          yield `${columns.map(([key, column]) => copyValue(row[key], column.columnType)).join('\t')}\n`;
        }
      };
      await pipeline(Readable.from(lines()), sink);
      return rows.length;
    } finally {
      client.release();
    }
  };
  return {
    accounts: async (rows) => {
      await copy(schema.users, rows.users);
      await copy(schema.patients, rows.patients);
    },
    records: async (rows) => {
      // Independent tables load in parallel on the pool's connections.
      const counts = await Promise.all([
        copy(schema.checkIns, rows.checkIns),
        copy(schema.sessionLogs, rows.sessionLogs),
        copy(schema.carePlans, rows.carePlans),
        (async () =>
          (await copy(schema.assessments, rows.assessments)) +
          (await copy(schema.instrumentResponses, rows.instrumentResponses)) +
          (await copy(schema.flareEpisodes, rows.flareEpisodes)) +
          (await copy(schema.medications, rows.medications)) +
          (await copy(schema.careDecisions, rows.careDecisions)) +
          (await copy(schema.messages, rows.messages)) +
          (await copy(schema.patientCareSettings, rows.patientCareSettings)))(),
      ]);
      return counts.reduce((a, b) => a + b, 0);
    },
  };
}

export async function demoCommand(options: DemoOptions): Promise<void> {
  const patients = wholeNumber(options.patients, '--patients', 1, 100_000);
  const weeks = wholeNumber(options.weeks, '--weeks', 1, 104);
  const seed = wholeNumber(options.seed, '--seed', 0, 2 ** 32 - 1);
  const { loadConfig } = await import('@backplan/server/config');
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const schema = await import('@backplan/server/db/schema');
  const { runMigrations } = await import('@backplan/server/db/migrate');
  const { provisionDatabase } = await import('@backplan/server/db/provision');
  const { createArgon2Hasher } = await import('@backplan/server/modules/auth/password-hasher');
  const { buildDemoClinic } = await import('@backplan/server/modules/demo/demo-clinic');
  const { printSignIns } = await import('@backplan/server/modules/demo/seed-on-start');
  const { createProgressBar } = await import('@backplan/server/modules/demo/progress-bar');
  const config = loadConfig();
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const tag = randomBytes(3).toString('hex');
  const provisioned = await provisionDatabase(config, { info: say, warn: say });
  try {
    await runMigrations(provisioned.url);
    // A pool of its own with a patient connection timeout: on a busy machine a new PostgreSQL
    // connection can take longer than the server's 5 seconds while large COPYs run.
    const pool = new pg.Pool({
      connectionString: provisioned.url,
      max: 5,
      connectionTimeoutMillis: 120_000,
      application_name: 'backplan-demo',
    });
    pool.on('error', () => undefined);
    try {
      const bar = createProgressBar('Patients', patients);
      const started = Date.now();
      const result = await buildDemoClinic(drizzle(pool, { schema }), {
        clinicName: options.clinic ?? `BackPlan Demo Clinic ${tag}`,
        patients,
        weeks,
        seed,
        today: new Date().toISOString().slice(0, 10),
        hasher: createArgon2Hasher(),
        emailTag: tag,
        onProgress: (done) => bar.update(done),
        writer: await copyWriter(pool),
        summaryConcurrency: 3,
      });
      const seconds = (Date.now() - started) / 1000;
      bar.finish(`(${result.rows} rows, ${Math.round(result.rows / seconds)} rows/s)`);
      say(
        `Built "${result.clinicName}": ${patients} patients × ${weeks} weeks, ${result.rows} rows in ${seconds.toFixed(1)}s.`,
      );
      printSignIns(result.signIns, say, 'Sign-ins for this clinic:');
    } finally {
      await pool.end();
    }
  } finally {
    await provisioned.stop();
  }
}

/** Adds `backplan demo` to the program. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'build a demo clinic of synthetic patients in the database, with a progress bar (docs/demo.md)',
    )
    .option('--patients <n>', 'synthetic patients', '1000')
    .option('--weeks <n>', 'weeks of history per patient (1 to 104)', '12')
    .option('--seed <n>', 'seed: the same seed gives the same patients', '1')
    .option('--clinic <name>', 'clinic name (default: BackPlan Demo Clinic <random tag>)')
    .action(demoCommand);
}
