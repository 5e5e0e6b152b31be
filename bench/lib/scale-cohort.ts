import pg from 'pg';

/**
 * A year of records for a large clinic, generated in SQL for the panel-at-scale
 * benchmark: for each patient an intake assessment, care plan version 1
 * (sessions Monday, Wednesday, Friday), a daily check-in on about 85% of days
 * with pain easing over time, session logs on most planned days (adherence
 * differs by patient), and an open flare for about 3%. Deterministic for a
 * given size (setseed). The triage rollup is then computed by BackPlan's own
 * code (scale.bench.ts), exactly as the API keeps it.
 *
 * When the demo generator (`backplan demo`) is available it is the better
 * source; this one exists so the benchmark does not depend on it.
 */
export interface ScaleCohortOptions {
  readonly orgId: string;
  readonly patientIds: readonly string[];
  readonly days: number;
  readonly today: string;
}

const PHENOTYPES = ['mechanical', 'radicular', 'inflammatory', 'mixed'];
const RISK_GROUPS = ['low', 'medium', 'high'];

export async function fillScaleCohort(databaseUrl: string, options: ScaleCohortOptions): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    // n: the patient's number (0-based), start: the day their programme began.
    const patients = `SELECT p.id, p.org_id, (row_number() OVER (ORDER BY p.id) - 1)::int AS n,
                             ($3::date - ($4::int - 1)) AS start
                      FROM patients p WHERE p.org_id = $1 AND p.id = ANY($2::uuid[])`;
    const params = [options.orgId, options.patientIds, options.today, options.days];
    await client.query(
      `INSERT INTO assessments (org_id, patient_id, kind, assessed_on, intake, result)
       SELECT org_id, id, 'intake', start, '{}'::jsonb,
              jsonb_build_object('phenotype', ($5::text[])[1 + n % 4], 'riskGroup', ($6::text[])[1 + n % 3],
                                 'baseline', jsonb_build_object('painNrs', 4 + n % 5),
                                 'programmeEligibility', jsonb_build_object('eligible', true))
       FROM (${patients}) s`,
      [...params, PHENOTYPES, RISK_GROUPS],
    );
    await client.query(
      `INSERT INTO care_plans (org_id, patient_id, version, effective_from, step, step_started_on, components, programme, reason)
       SELECT org_id, id, 1, start, 1, start, '[]'::jsonb,
              '{"sessionDays": ["mon", "wed", "fri"]}'::jsonb, 'intake'
       FROM (${patients}) s`,
      params,
    );
    await client.query(
      `INSERT INTO check_ins (org_id, patient_id, day, pain, sleep_quality, mood, activity_minutes, flare,
                              idempotency_key, client_recorded_at, created_at, updated_at)
       SELECT s.org_id, s.id, d.day,
              greatest(0, least(10, round(4 + s.n % 5 - (d.i::real / $4) * (s.n % 4) + random() * 3 - 1.5)))::smallint,
              5, 5, 20, false, md5(s.id::text || d.day::text), d.day + time '20:00', d.day + time '20:00', d.day + time '20:00'
       FROM (${patients}) s
       CROSS JOIN LATERAL (SELECT (s.start + i)::date AS day, i FROM generate_series(0, $4::int - 1) AS i) d
       WHERE random() < 0.85`,
      params,
    );
    await client.query(
      `INSERT INTO session_logs (org_id, patient_id, day, care_plan_version, exercises, completed,
                                 idempotency_key, client_recorded_at)
       SELECT s.org_id, s.id, d.day, 1, '[]'::jsonb, true, md5('session' || s.id::text || d.day::text), d.day + time '18:00'
       FROM (${patients}) s
       CROSS JOIN LATERAL (SELECT (s.start + i)::date AS day FROM generate_series(0, $4::int - 1) AS i) d
       WHERE extract(isodow FROM d.day) IN (1, 3, 5) AND random() < 0.3 + (s.n % 7) / 10.0`,
      params,
    );
    await client.query(
      `INSERT INTO flare_episodes (org_id, patient_id, started_on)
       SELECT org_id, id, $3::date - (n % 14) FROM (${patients}) s WHERE n % 33 = 0`,
      params,
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
