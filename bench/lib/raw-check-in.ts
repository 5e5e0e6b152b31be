import type pg from 'pg';

/**
 * The raw-insert baseline's unit of work: the rows one accepted check-in
 * writes, in one transaction, as the API writes them
 * (packages/server/src/modules/patient-app/check-ins.ts NEW_CHECK_INS: the
 * check-in, its audit row and the patient_summaries row). What the baseline
 * leaves out is everything that is not a write: HTTP, JSON validation, the
 * session and CSRF checks, the scope check, the stored fact rows and the
 * triage — exactly the overhead the ratio measures. As issue 11 defines it,
 * it is one transaction per check-in from each connection; the API shares a
 * statement among the check-ins that arrive together (db/batcher.ts), which
 * is why it can serve more than this loop.
 */
export interface RawCheckIn {
  readonly orgId: string;
  readonly patientId: string;
  readonly day: string;
  readonly pain: number;
  readonly idempotencyKey: string;
}

export async function insertCheckInRows(client: pg.ClientBase, row: RawCheckIn): Promise<void> {
  const now = new Date();
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO audit_log (at, action, resource, outcome, actor_role, org_id, patient_id)
       VALUES ($1, 'create', 'check-in', 'allowed', 'patient', $2, $3)`,
      [now, row.orgId, row.patientId],
    );
    await client.query(
      `INSERT INTO check_ins (org_id, patient_id, day, pain, sleep_quality, mood, activity_minutes,
         side_effects, flare, idempotency_key, client_recorded_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 5, 5, 20, '{}', false, $5, $6, $6, $6)`,
      [row.orgId, row.patientId, row.day, row.pain, row.idempotencyKey, now],
    );
    await client.query(
      `INSERT INTO patient_summaries (org_id, patient_id, triage_priority, last_check_in_day, pain_7d_mean, updated_at)
       VALUES ($1, $2, 99, $3, $4, $5)
       ON CONFLICT (org_id, patient_id) DO UPDATE
       SET last_check_in_day = excluded.last_check_in_day, pain_7d_mean = excluded.pain_7d_mean,
           updated_at = excluded.updated_at`,
      [row.orgId, row.patientId, row.day, row.pain, now],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
