import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Actor, signedInActor } from '../../../test/fixtures';
import * as schema from '../../db/schema';
import type { Principal } from '../auth/principal';
import { type PanelCursor, type PanelFilters, panelPage } from './panel-repository';

/**
 * The panel at clinic scale: 10,000 consenting patients with triage rows and
 * an assessment each. With BACKPLAN_PANEL_YEAR=1 every patient also gets a year
 * of daily check-ins (3.65 million rows), to show the panel's time does not
 * depend on the diary. Timings are printed; the bounds are generous because
 * the test machine is shared.
 */
const PATIENTS = 10_000;
const WITH_YEAR = process.env.BACKPLAN_PANEL_YEAR === '1';

let t: TestApp;
let clinician: Actor;

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
    role: 'clinician',
    organisationName: 'Big Clinic',
  });
  const pool = t.database.handle.pool;
  const org = clinician.account.orgId;
  await pool.query(
    `INSERT INTO users (email, display_name, password_hash, role)
     SELECT 'load.' || g || '@example.org', 'Load Patient ' || g, 'not-a-hash', 'patient'
     FROM generate_series(1, $1::int) g`,
    [PATIENTS],
  );
  await pool.query(
    `INSERT INTO patients (org_id, user_id, sharing_consented_at)
     SELECT $1, id, now() FROM users WHERE email LIKE 'load.%'`,
    [org],
  );
  await pool.query(
    `INSERT INTO patient_summaries (org_id, patient_id, triage_priority, triage_reasons, step, step_started_on, updated_at)
     SELECT org_id, id, (ARRAY[1,2,3,4,5,6,7,99,99,99])[1 + (abs(hashtext(id::text)) % 10)],
            ARRAY['load reason'], 1, '2026-01-01', now() - (abs(hashtext(id::text)) % 1000) * interval '1 minute'
     FROM patients WHERE org_id = $1
     ON CONFLICT (org_id, patient_id) DO UPDATE SET triage_priority = excluded.triage_priority,
       triage_reasons = excluded.triage_reasons, step = excluded.step, step_started_on = excluded.step_started_on,
       updated_at = excluded.updated_at`,
    [org],
  );
  await pool.query(
    `INSERT INTO assessments (org_id, patient_id, kind, assessed_on, intake, result)
     SELECT org_id, id, 'intake', '2026-01-01', '{}'::jsonb,
            jsonb_build_object('phenotype', (ARRAY['mechanical','radicular','inflammatory','mixed'])[1 + (abs(hashtext(id::text)) % 4)],
                               'riskGroup', (ARRAY['low','medium','high'])[1 + (abs(hashtext(id::text)) % 3)])
     FROM patients WHERE org_id = $1`,
    [org],
  );
  if (WITH_YEAR) {
    await pool.query(
      `INSERT INTO check_ins (org_id, patient_id, day, pain, idempotency_key, client_recorded_at)
       SELECT p.org_id, p.id, d::date, 5, p.id::text || d::date, d
       FROM patients p CROSS JOIN generate_series('2025-03-02'::date, '2026-03-01'::date, interval '1 day') d
       WHERE p.org_id = $1`,
      [org],
    );
  }
  await pool.query('ANALYZE');
}, 600_000);

afterAll(async () => {
  await t.close();
});

async function timed(url: string) {
  const started = performance.now();
  const response = await clinician.client.get(url);
  const ms = performance.now() - started;
  expect(response.statusCode, response.body).toBe(200);
  return { ms, body: response.json() as { patients: { priority: number }[]; nextCursor: string | null } };
}

describe(`the panel with ${PATIENTS} patients${WITH_YEAR ? ' and a year of check-ins each' : ''}`, () => {
  it('answers first pages, later pages, filters and searches quickly, most urgent first', async () => {
    await timed('/api/v1/clinician/panel');
    const results: Record<string, number> = {};
    const first = await timed('/api/v1/clinician/panel');
    results['first page'] = first.ms;
    const priorities = first.body.patients.map((p) => p.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    let cursor = first.body.nextCursor;
    for (let page = 2; page <= 40 && cursor; page += 1) {
      const next = await timed(`/api/v1/clinician/panel?cursor=${cursor}`);
      if (page === 40) results['page 40'] = next.ms;
      cursor = next.body.nextCursor;
    }
    results['filter phenotype'] = (await timed('/api/v1/clinician/panel?phenotype=radicular')).ms;
    results['filter risk + step'] = (await timed('/api/v1/clinician/panel?riskGroup=high&step=1')).ms;
    results['filter reason'] = (await timed('/api/v1/clinician/panel?reason=worsening')).ms;
    results['search name'] = (await timed('/api/v1/clinician/panel?search=Patient%20777')).ms;
    console.info(
      `panel timings (ms, ${PATIENTS} patients${WITH_YEAR ? ', year of check-ins' : ''}):`,
      results,
    );
    for (const [what, ms] of Object.entries(results)) expect(ms, what).toBeLessThan(1500);
  });

  it('never reads the diary: the query plan touches no check-ins', async () => {
    const { rows } = await t.database.handle.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'list' AND actor_id = $1`,
      [clinician.account.userId],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    const stats = await t.database.handle.pool.query(
      "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS scans FROM pg_stat_user_tables WHERE relname = 'check_ins'",
    );
    const before = Number(stats.rows[0]?.scans ?? 0);
    await clinician.client.get('/api/v1/clinician/panel?phenotype=mixed');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await t.database.handle.pool.query(
      "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS scans FROM pg_stat_user_tables WHERE relname = 'check_ins'",
    );
    expect(Number(after.rows[0]?.scans ?? 0)).toBe(before);
  });

  interface PlanNode {
    'Node Type': string;
    'Index Name'?: string;
    'Relation Name'?: string;
    'Actual Rows': number;
    'Actual Loops': number;
    Plans?: PlanNode[];
  }
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

  /** EXPLAIN ANALYZE of the panel query exactly as the repository builds it. */
  async function panelPlan(filters: PanelFilters, cursor: PanelCursor | null): Promise<PlanNode[]> {
    let captured: { sql: string; params: unknown[] } | undefined;
    const db = drizzle(t.database.handle.pool, {
      schema,
      logger: {
        logQuery: (sql, params) => {
          captured ??= { sql, params };
        },
      },
    });
    const principal: Principal = {
      userId: clinician.account.userId,
      role: 'clinician',
      email: 'plan@example.org',
      displayName: 'Plan',
      language: 'en',
      totpEnabled: true,
      secondFactorDone: true,
      sessionIdHash: '',
      staffOrgIds: [clinician.account.orgId],
      patient: null,
    };
    await panelPage(db, principal, filters, cursor, 51);
    if (!captured) throw new Error('the panel query was not captured');
    const { rows } = await t.database.handle.pool.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${captured.sql}`,
      captured.params,
    );
    return nodes(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
  }

  it.each([
    ['the first page', {}, null],
    [
      'a later page',
      {},
      {
        priority: 99,
        since: '2026-01-01T00:00:00.000000Z',
        patientId: '00000000-0000-0000-0000-000000000000',
      },
    ],
    ['a reason filter', { reason: 'worsening' }, null],
  ] as const)(
    'reads %s by walking the triage index and stops after the page (no sort of the clinic)',
    async (_name, filters, cursor) => {
      const plan = await panelPlan(filters, cursor);
      const walk = plan.find((n) => n['Index Name'] === 'patient_summaries_triage_idx');
      expect(walk, JSON.stringify(plan.map((n) => n['Node Type']))).toBeDefined();
      expect(walk?.['Actual Rows']).toBeLessThanOrEqual(51);
      // The clinics' pages are merged by a sort of at most 51 rows per clinic; nothing sorts or scans the clinic.
      const sortInput = (n: PlanNode) =>
        (n.Plans ?? []).reduce((sum, child) => sum + child['Actual Rows'], 0);
      expect(plan.filter((n) => n['Node Type'].endsWith('Sort') && sortInput(n) > 51)).toEqual([]);
      expect(
        plan.filter(
          (n) =>
            n['Node Type'] === 'Seq Scan' &&
            ['patient_summaries', 'patients', 'users', 'assessments'].includes(n['Relation Name'] ?? ''),
        ),
      ).toEqual([]);
    },
  );
});
