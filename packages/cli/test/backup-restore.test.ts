import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, databaseUrl, type TestDatabase } from '../../server/test/db';
import { CookieClient } from './http-client';
import { freePort, runCli, startServe } from './run-cli';

/**
 * `backplan backup` → `backplan restore` into an empty database gives the same
 * rows in every table, and a server started on the restored database serves
 * them. Bad input is refused with one line and nothing written.
 */

const PASSWORD = 'correct horse battery staple 2026';
let source: TestDatabase;
const emptyDatabases: string[] = [];
let dir: string;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database with nothing in it, not even the schema. */
async function emptyDatabase(): Promise<string> {
  const name = `${inject('databasePrefix')}_empty_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  emptyDatabases.push(name);
  return databaseUrl(name);
}

/** Every table's rows as one digest each, so two databases compare table by table. */
async function tableDigests(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; digest: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM public."${name}" t`,
      );
      digests[name] = `${rows[0]?.n}:${rows[0]?.digest ?? ''}`;
    }
    const { rows: migrations } = await client.query<{ hashes: string }>(
      `SELECT string_agg(hash, ',' ORDER BY created_at) AS hashes FROM drizzle.__drizzle_migrations`,
    );
    digests['drizzle.__drizzle_migrations'] = migrations[0]?.hashes ?? '';
    return digests;
  } finally {
    await client.end();
  }
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-backup-test-'));
  source = await createTestDatabase();
  // Real rows through the real server: accounts, sessions, patients, check-ins, summaries, audit.
  const server = await startServe({
    DATABASE_URL: source.url,
    PORT: String(await freePort()),
    BACKPLAN_REMINDERS: 'false',
  });
  try {
    for (let p = 0; p < 2; p++) {
      const client = new CookieClient(server.url);
      const created = await client.post('/api/v1/auth/signup', {
        email: `backup.${p}.${randomUUID()}@example.org`,
        password: PASSWORD,
        displayName: `Backup Patient ${p} — O'Brien "quoted"\tand tabbed`,
        acceptTerms: true,
      });
      expect(created.status).toBe(201);
      for (let n = 1; n <= 5; n++) {
        const saved = await client.post('/api/v1/me/check-ins', {
          day: daysAgo(n),
          pain: n,
          sleepQuality: 5,
          mood: 5,
          activityMinutes: 20,
          sideEffects: ['nausea'],
          flare: false,
          newBladderBowelSaddleSymptoms: null,
          note: n === 1 ? 'line one\nline two \\ backslash, ünïcödé' : undefined,
          idempotencyKey: randomUUID(),
          clientRecordedAt: new Date().toISOString(),
        });
        expect(saved.status, JSON.stringify(saved.json)).toBe(201);
      }
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

afterAll(async () => {
  await source?.drop();
  for (const name of emptyDatabases)
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backplan backup and restore', () => {
  it('restores into an empty database with the same rows in every table, and the server serves them', async () => {
    const file = path.join(dir, 'round-trip.bpbackup.gz');
    const backup = await runCli(['backup', '--out', file], { DATABASE_URL: source.url });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up [\d,]+ rows in \d+ tables/);

    const target = await emptyDatabase();
    const restore = await runCli(['restore', file], { DATABASE_URL: target });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(await tableDigests(target)).toEqual(await tableDigests(source.url));

    // Triggers were off only while the rows loaded: the audit log refuses changes again.
    const check = new pg.Client({ connectionString: target });
    await check.connect();
    try {
      await expect(check.query(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow();
      const { rows: disabled } = await check.query(
        `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`,
      );
      expect(disabled).toEqual([]);
    } finally {
      await check.end();
    }

    // Sequences moved past the restored ids: the restored server appends new audit rows.
    const server = await startServe({
      DATABASE_URL: target,
      PORT: String(await freePort()),
      BACKPLAN_REMINDERS: 'false',
    });
    try {
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      const { rows } = await client.query<{ email: string }>(
        `SELECT email FROM users ORDER BY email LIMIT 1`,
      );
      await client.end();
      const patient = new CookieClient(server.url);
      const login = await patient.post('/api/v1/auth/login', { email: rows[0]?.email, password: PASSWORD });
      expect(login.status).toBe(200);
      const listed = await patient.get(`/api/v1/me/check-ins?from=${daysAgo(10)}&to=${daysAgo(0)}`);
      expect(listed.status).toBe(200);
      expect((listed.json as { checkIns: unknown[] }).checkIns).toHaveLength(5);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses a database that already holds rows, and changes nothing in it', async () => {
    const file = path.join(dir, 'refuse.bpbackup.gz');
    expect((await runCli(['backup', '--out', file], { DATABASE_URL: source.url })).code).toBe(0);
    const before = await tableDigests(source.url);
    const restore = await runCli(['restore', file], { DATABASE_URL: source.url });
    expect(restore.code).toBe(2);
    expect(restore.stderr).toMatch(
      /The database is not empty \(table \w+ has rows\)\. Restore into a new database/,
    );
    expect(await tableDigests(source.url)).toEqual(before);
  });

  it('refuses a damaged or foreign file with one line, leaving the target empty', async () => {
    const good = path.join(dir, 'good.bpbackup.gz');
    expect((await runCli(['backup', '--out', good], { DATABASE_URL: source.url })).code).toBe(0);
    const { gunzipSync } = await import('node:zlib');
    const text = gunzipSync(await fs.readFile(good)).toString('utf8');
    const truncated = path.join(dir, 'truncated.bpbackup.gz');
    writeFileSync(truncated, gzipSync(text.slice(0, Math.floor(text.length * 0.8))));
    // Cut inside a table's rows, after its first row: the restore is mid-COPY when the file
    // ends, and must abort the COPY to roll back (it used to wait for ever).
    const lines = text.split('\n');
    const firstRowOfATable = lines.findIndex(
      (line, index) =>
        index > 2 && line !== '\\.' && !line.startsWith('{') && lines[index - 1]?.startsWith('{'),
    );
    expect(firstRowOfATable).toBeGreaterThan(0);
    const midTable = path.join(dir, 'mid-table.bpbackup.gz');
    writeFileSync(midTable, gzipSync(`${lines.slice(0, firstRowOfATable + 1).join('\n')}\n`));
    const foreign = path.join(dir, 'foreign.gz');
    writeFileSync(foreign, gzipSync('-- PostgreSQL database dump\n'));

    const target = await emptyDatabase();
    const cut = await runCli(['restore', truncated], { DATABASE_URL: target });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/The backup file (ends early|is damaged)/);
    const digests = await tableDigests(target);
    for (const [table, digest] of Object.entries(digests)) {
      if (table !== 'drizzle.__drizzle_migrations') expect(digest, table).toBe('0:');
    }

    const inRows = await runCli(['restore', midTable], { DATABASE_URL: target });
    expect(inRows.code).toBe(2);
    expect(inRows.stderr).toMatch(/The backup file ends early: the end of table/);
    for (const [table, digest] of Object.entries(await tableDigests(target))) {
      if (table !== 'drizzle.__drizzle_migrations') expect(digest, table).toBe('0:');
    }

    const notOurs = await runCli(['restore', foreign], { DATABASE_URL: target });
    expect(notOurs.code).toBe(2);
    expect(notOurs.stderr).toMatch(/is not a BackPlan backup/);
    const missing = await runCli(['restore', path.join(dir, 'nope.gz')], { DATABASE_URL: target });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/file: .*nope\.gz does not exist/);
    const exists = await runCli(['backup', '--out', good], { DATABASE_URL: source.url });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/--out: .* already exists/);
  });

  it('backs up the embedded database while the server runs and restores it into a new data directory', async () => {
    const first = path.join(dir, 'embedded-a');
    const second = path.join(dir, 'embedded-b');
    await fs.chmod(dir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
    const email = `embedded.${randomUUID()}@example.org`;
    const file = path.join(dir, 'embedded.bpbackup.gz');
    const server = await startServe({
      BACKPLAN_DATA_DIR: first,
      PORT: String(await freePort()),
      BACKPLAN_REMINDERS: 'false',
    });
    try {
      const client = new CookieClient(server.url);
      expect(
        (
          await client.post('/api/v1/auth/signup', {
            email,
            password: PASSWORD,
            displayName: 'Embedded',
            acceptTerms: true,
          })
        ).status,
      ).toBe(201);
      const backup = await runCli(['backup', '--out', file], { BACKPLAN_DATA_DIR: first });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const restore = await runCli(['restore', file], { BACKPLAN_DATA_DIR: second });
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(/into the embedded database in /);
    const restored = await startServe({
      BACKPLAN_DATA_DIR: second,
      PORT: String(await freePort()),
      BACKPLAN_REMINDERS: 'false',
    });
    try {
      const login = await new CookieClient(restored.url).post('/api/v1/auth/login', {
        email,
        password: PASSWORD,
      });
      expect(login.status).toBe(200);
    } finally {
      restored.child.kill('SIGTERM');
      await restored.exited;
    }
  });
});
