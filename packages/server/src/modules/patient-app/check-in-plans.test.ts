import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { LIVE_SESSIONS } from '../auth/sessions-repository';
import { NEW_CHECK_INS } from './check-ins';

/**
 * The evening burst's two shared statements take their items as a record set
 * (a JSON array, parallel arrays), and PostgreSQL plans a record set as 100
 * rows whatever it holds. Planned as ordinary joins, the check-in statement
 * once scanned every patient of the database for each check-in (found with
 * EXPLAIN ANALYZE, docs/performance.md), and, on 5,000 patients, every summary
 * row for its update (found by this test). This holds both statements' generic
 * plans — the ones a named statement settles on — to look-ups by index, on a
 * database with thousands of patients.
 */
let t: TestApp;
let client: pg.Client;
const PATIENTS = 5000;

beforeAll(async () => {
  t = await createTestApp();
  client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  const org = await client.query<{ id: string }>(
    `INSERT INTO organisations (name, kind) VALUES ('Plan test clinic', 'clinic') RETURNING id`,
  );
  await client.query(
    `WITH new_users AS (
       INSERT INTO users (email, display_name, password_hash, role)
       SELECT format('plan.patient.%s@example.org', n), format('Plan Patient %s', n), 'x', 'patient'
       FROM generate_series(1, $1::int) AS n
       RETURNING id
     ), new_patients AS (
       INSERT INTO patients (org_id, user_id, sharing_consented_at)
       SELECT $2::uuid, id, now() FROM new_users RETURNING user_id
     )
     INSERT INTO sessions (id_hash, user_id, csrf_hash, created_at, last_seen_at, idle_expires_at, absolute_expires_at)
     SELECT md5(user_id::text) || md5(random()::text), user_id, 'c', now(), now(), now() + interval '1 hour',
       now() + interval '1 hour'
     FROM new_patients`,
    [PATIENTS, org.rows[0]?.id],
  );
  await client.query('ANALYZE');
  await client.query('SET plan_cache_mode = force_generic_plan');
});

afterAll(async () => {
  await client.end();
  await t.close();
});

async function genericPlan(name: string, types: string, text: string, args: string): Promise<string> {
  await client.query(`PREPARE ${name}(${types}) AS ${text}`);
  const { rows } = await client.query(`EXPLAIN (COSTS OFF) EXECUTE ${name}(${args})`);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

const FULL_SCANS = /Seq Scan on (patients|patient_summaries|sessions|users|check_ins)\b/;

describe('the shared statements on a database of thousands of patients', () => {
  it('has every patient-sized table of its plans read by index', async () => {
    const [sample] = (
      await client.query<{ org_id: string; id: string; user_id: string; id_hash: string }>(
        `SELECT p.org_id, p.id, p.user_id, s.id_hash FROM patients p JOIN sessions s ON s.user_id = p.user_id LIMIT 1`,
      )
    ).rows;
    if (!sample) throw new Error('no patients');
    expect(
      (await client.query('SELECT count(*)::int AS n FROM patient_summaries')).rows[0].n,
    ).toBeGreaterThanOrEqual(PATIENTS);

    const item = JSON.stringify([
      {
        org_id: sample.org_id,
        patient_id: sample.id,
        user_id: sample.user_id,
        version: '0',
        day: '2026-03-01',
      },
    ]);
    const checkIn = await genericPlan('plan_check_ins', 'json, int', NEW_CHECK_INS.text, `'${item}', 1`);
    expect(checkIn).toMatch(/Index Scan using patients_\w+ on patients/);
    expect(checkIn).not.toMatch(FULL_SCANS);

    const session = await genericPlan(
      'plan_live_sessions',
      'text[], timestamptz[], boolean[], int[], int[]',
      LIVE_SESSIONS.text,
      `ARRAY['${sample.id_hash}'], ARRAY[now()], ARRAY[true], ARRAY[30], ARRAY[60000]`,
    );
    expect(session).toMatch(/Index Scan using sessions_pkey on sessions/);
    expect(session).not.toMatch(FULL_SCANS);
  });
});
