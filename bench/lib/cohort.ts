import { createHash, randomBytes } from 'node:crypto';
import { connectDatabase } from '@backplan/server';
import pg from 'pg';
import { recomputeAllSummaries } from '../../packages/server/src/modules/summaries/refresh';

/**
 * Bench accounts made straight in the database: a clinic, one clinician (TOTP
 * enrolled, as staff must be) and N consenting patients, each with a live
 * session. Sessions are issued the way session-service.ts does (random token,
 * SHA-256 digest stored), so requests carry a real cookie and CSRF token
 * through the real session, CSRF and scope checks — without signing in
 * thousands of times through the rate-limited sign-in endpoint.
 */
export interface BenchSession {
  readonly userId: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

export interface BenchPatient extends BenchSession {
  readonly patientId: string;
}

export interface BenchCohort {
  readonly orgId: string;
  readonly clinician: BenchSession;
  readonly patients: readonly BenchPatient[];
}

const sha256Hex = (value: string): string => createHash('sha256').update(value).digest('hex');
const token = (): string => randomBytes(32).toString('base64url');
/** Never used to sign in: bench sessions are issued directly. */
const UNUSABLE_PASSWORD_HASH = '$bench$no-sign-in';

async function issueSessions(client: pg.ClientBase, userIds: readonly string[]): Promise<BenchSession[]> {
  const now = new Date();
  const expires = new Date(now.getTime() + 24 * 3_600_000);
  const issued = userIds.map((userId) => ({ userId, token: token(), csrf: token() }));
  await client.query(
    `INSERT INTO sessions (id_hash, user_id, csrf_hash, created_at, last_seen_at, idle_expires_at, absolute_expires_at, second_factor_at)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $4::timestamptz[], $5::timestamptz[], $5::timestamptz[], $4::timestamptz[])`,
    [
      issued.map((s) => sha256Hex(s.token)),
      issued.map((s) => s.userId),
      issued.map((s) => sha256Hex(s.csrf)),
      issued.map(() => now),
      issued.map(() => expires),
    ],
  );
  return issued.map((s) => ({
    userId: s.userId,
    cookie: `bp_session=${s.token}; bp_csrf=${s.csrf}`,
    csrfToken: s.csrf,
  }));
}

/** Live sessions for existing users (e.g. the clinician of a clinic built by `backplan demo`). */
export async function sessionsFor(databaseUrl: string, userIds: readonly string[]): Promise<BenchSession[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await issueSessions(client, userIds);
  } finally {
    await client.end();
  }
}

/** Creates the clinic, its clinician and `patientCount` patients who share their record with it. */
export async function createCohort(
  databaseUrl: string,
  options: { readonly label: string; readonly patientCount: number },
): Promise<BenchCohort> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const org = await client.query<{ id: string }>(
      `INSERT INTO organisations (name, kind) VALUES ($1, 'clinic') RETURNING id`,
      [`Bench Clinic ${options.label}`],
    );
    const orgId = org.rows[0]?.id ?? '';
    const tag = `${options.label}.${randomBytes(3).toString('hex')}`;
    const clinicianRow = await client.query<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash, role, totp_secret, totp_enabled_at)
       VALUES ($1, $2, $3, 'clinician', $4, now()) RETURNING id`,
      [`bench.clinician.${tag}@example.org`, 'Bench Clinician', UNUSABLE_PASSWORD_HASH, 'JBSWY3DPEHPK3PXP'],
    );
    const clinicianId = clinicianRow.rows[0]?.id ?? '';
    await client.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'clinician')`, [
      orgId,
      clinicianId,
    ]);
    const patientRows = await client.query<{ user_id: string; patient_id: string }>(
      `WITH new_users AS (
         INSERT INTO users (email, display_name, password_hash, role)
         SELECT format('bench.patient.%s.%s@example.org', $2::text, n), format('Bench Patient %s', n), $3, 'patient'
         FROM generate_series(1, $1::int) AS n
         RETURNING id
       )
       INSERT INTO patients (org_id, user_id, sharing_consented_at)
       SELECT $4::uuid, id, now() FROM new_users
       RETURNING user_id, id AS patient_id`,
      [options.patientCount, tag, UNUSABLE_PASSWORD_HASH, orgId],
    );
    const [clinician] = await issueSessions(client, [clinicianId]);
    const patientSessions = await issueSessions(
      client,
      patientRows.rows.map((row) => row.user_id),
    );
    await client.query('COMMIT');
    if (!clinician) throw new Error('no clinician session');
    return {
      orgId,
      clinician,
      patients: patientSessions.map((session, index) => ({
        ...session,
        patientId: patientRows.rows[index]?.patient_id ?? '',
      })),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Refreshes every patient's triage row as BackPlan's nightly job does
 * (reminders/scheduler.ts runs recomputeAllSummaries at each day's turn), so the
 * check-in loads meet patients as an evening burst would: with the rows a
 * new day's check-in adds itself to. Without it, each bench patient's first
 * check-in computes them (the general path), which is not what the load is
 * for and, when a run reaches the next block of patients, bunches thousands of
 * those first check-ins into a few seconds.
 */
export async function refreshTriageRows(databaseUrl: string): Promise<number> {
  const handle = connectDatabase(databaseUrl, { max: 1 });
  try {
    return await recomputeAllSummaries(handle.db, new Date().toISOString().slice(0, 10));
  } finally {
    await handle.close();
  }
}
