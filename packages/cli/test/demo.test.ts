import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIns, organisations, patientSummaries, patients, sessionLogs } from '../../server/src/db/schema';
import { createTestDatabase, type TestDatabase } from '../../server/test/db';
import { copyValue } from '../src/commands/demo';
import { runCli } from './run-cli';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('backplan demo', () => {
  it('builds a clinic with a progress bar, loads every table with COPY, and prints its sign-ins', async () => {
    const result = await runCli(
      ['demo', '--patients', '24', '--weeks', '9', '--seed', '3', '--clinic', 'Copy Test Clinic'],
      { DATABASE_URL: database.url },
    );
    expect(result.stderr).toContain('Patients [');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Built "Copy Test Clinic": 24 patients × 9 weeks, \d+ rows/);
    expect(result.stdout).toMatch(/two-step sign-in secret: [A-Z2-7]{32}/);
    const db = database.handle.db;
    const [clinic] = await db.select().from(organisations).where(eq(organisations.name, 'Copy Test Clinic'));
    if (!clinic) throw new Error('no clinic');
    const [people] = await db.select({ n: count() }).from(patients).where(eq(patients.orgId, clinic.id));
    const [diary] = await db.select({ n: count() }).from(checkIns).where(eq(checkIns.orgId, clinic.id));
    const [logs] = await db.select().from(sessionLogs).where(eq(sessionLogs.orgId, clinic.id)).limit(1);
    const summaries = await db.select().from(patientSummaries).where(eq(patientSummaries.orgId, clinic.id));
    expect(people?.n).toBe(24);
    expect(diary?.n).toBeGreaterThan(24 * 40);
    expect(Array.isArray(logs?.exercises)).toBe(true);
    expect(summaries).toHaveLength(24);
    expect(summaries.some((s) => s.triageReasons.length > 0)).toBe(true);
  });

  it('refuses a bad size with a usage error and writes nothing', async () => {
    const result = await runCli(['demo', '--patients', '0'], { DATABASE_URL: database.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--patients must be a whole number from 1');
  });

  it('encodes COPY values: nulls, escapes, arrays, JSON and dates', () => {
    expect(copyValue(null, 'PgText')).toBe('\\N');
    expect(copyValue('a\tb\nc\\d', 'PgText')).toBe('a\\tb\\nc\\\\d');
    expect(copyValue(['nausea', 'say "hi"'], 'PgArray')).toBe('{"nausea","say \\\\"hi\\\\""}');
    expect(copyValue({ a: 'x\ny' }, 'PgJsonb')).toBe('{"a":"x\\\\ny"}');
    expect(copyValue([{ a: 1 }], 'PgJsonb')).toBe('[{"a":1}]');
    expect(copyValue(true, 'PgBoolean')).toBe('t');
    expect(copyValue(new Date('2026-01-02T03:04:05Z'), 'PgTimestamp')).toBe('2026-01-02T03:04:05.000Z');
  });
});
