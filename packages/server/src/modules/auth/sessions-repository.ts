import { and, eq, ne } from 'drizzle-orm';
import { type Batcher, createBatcher } from '../../db/batcher';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { sessions } from '../../db/schema';
import {
  STORED_FACT_ROWS_COLUMNS,
  type StoredFactRows,
  type StoredFactRowsColumns,
  storedFactRowsOf,
} from '../summaries/facts';
import type { Role } from './users-repository';

export type SessionRecord = typeof sessions.$inferSelect;

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/** What the principal needs of a live session, its user and the user's records. */
export interface LiveSession {
  readonly session: {
    readonly csrfHash: string;
    readonly lastSeenAt: Date;
    readonly absoluteExpiresAt: Date;
    readonly secondFactorAt: Date | null;
  };
  readonly user: {
    readonly id: string;
    readonly role: Role;
    readonly email: string;
    readonly displayName: string;
    readonly preferredLanguage: string;
    readonly totpEnabledAt: Date | null;
  };
  readonly patientId: string | null;
  readonly patientOrgId: string | null;
  readonly patientTimeZone: string | null;
  readonly staffOrgIds: readonly string[];
  /** With `withStoredFactRows`: the patient's summary row's stored fact rows (null without a row). */
  readonly storedFactRows?: StoredFactRows | null;
}

/**
 * The sessions and their users, when each session exists and neither timeout
 * has passed at its `now`, with what the principal needs: the patient record
 * of a patient account with its time zone (for the patient's today before any
 * other query), and the organisations a staff account belongs to; with
 * `with_facts`, the patient's stored triage fact rows too (the check-in write
 * uses them: one round trip fewer on the busiest write). One named statement
 * (db/prepared.ts) of only the columns used, for all the look-ups that arrive
 * together (db/batcher.ts): one runs before every signed-in request. The same
 * statement slides the idle timeout of a session last seen long enough ago
 * (`touched`: a write only then; the SELECT reads the row as it was). $1 the
 * session ids' hashes, $2 each one's now, $3 whether to read the fact rows,
 * $4 idle minutes, $5 the touch interval in milliseconds; `ord` numbers the
 * look-ups from 1.
 */
export const LIVE_SESSIONS: NamedStatement = {
  name: 'live_sessions',
  text: `WITH input AS (
      SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::boolean[], $4::int[], $5::int[])
        WITH ORDINALITY AS t(id_hash, now, with_facts, idle_minutes, touch_ms, ord)
    ), touched AS (
      UPDATE sessions SET last_seen_at = input.now,
        idle_expires_at = least(input.now + make_interval(mins => input.idle_minutes), absolute_expires_at)
      FROM input
      WHERE sessions.id_hash = input.id_hash AND idle_expires_at > input.now
        AND absolute_expires_at > input.now
        AND last_seen_at <= input.now - make_interval(secs => input.touch_ms / 1000.0)
      RETURNING 1
    )
    SELECT DISTINCT ON (input.ord) input.ord::int AS ord,
      s.csrf_hash, s.last_seen_at, s.absolute_expires_at, s.second_factor_at,
      u.id AS user_id, u.role, u.email, u.display_name, u.preferred_language, u.totp_enabled_at,
      p.id AS patient_id, p.org_id AS patient_org_id,
      (SELECT c.time_zone FROM patient_care_settings c WHERE c.org_id = p.org_id AND c.patient_id = p.id)
        AS patient_time_zone,
      coalesce((SELECT json_agg(m.org_id) FROM memberships m WHERE m.user_id = u.id), '[]'::json)
        AS staff_org_ids, ${STORED_FACT_ROWS_COLUMNS}
    FROM input
    JOIN sessions s ON s.id_hash = input.id_hash
    JOIN users u ON u.id = s.user_id
    LEFT JOIN patients p ON p.user_id = u.id
    LEFT JOIN patient_summaries ps ON input.with_facts AND ps.org_id = p.org_id AND ps.patient_id = p.id
    WHERE s.idle_expires_at > input.now AND s.absolute_expires_at > input.now
    ORDER BY input.ord`,
};

interface LiveSessionRow extends Record<string, unknown> {
  readonly csrf_hash: string;
  readonly last_seen_at: Date;
  readonly absolute_expires_at: Date;
  readonly second_factor_at: Date | null;
  readonly user_id: string;
  readonly role: Role;
  readonly email: string;
  readonly display_name: string;
  readonly preferred_language: string;
  readonly totp_enabled_at: Date | null;
  readonly patient_id: string | null;
  readonly patient_org_id: string | null;
  readonly patient_time_zone: string | null;
  readonly staff_org_ids: string[];
}

interface LiveSessionLookUp {
  readonly idHash: string;
  readonly now: Date;
  readonly withStoredFactRows: boolean;
  readonly idleMinutes: number;
  readonly intervalMs: number;
}

type LiveSessionResult = (LiveSessionRow & Partial<StoredFactRowsColumns>) | undefined;

async function runLiveSessions(
  db: Executor,
  lookUps: readonly LiveSessionLookUp[],
): Promise<LiveSessionResult[]> {
  const rows = await runNamed<LiveSessionRow & Partial<StoredFactRowsColumns> & { ord: number }>(
    db,
    LIVE_SESSIONS,
    [
      lookUps.map((lookUp) => lookUp.idHash),
      lookUps.map((lookUp) => lookUp.now.toISOString()),
      lookUps.map((lookUp) => lookUp.withStoredFactRows),
      lookUps.map((lookUp) => lookUp.idleMinutes),
      lookUps.map((lookUp) => lookUp.intervalMs),
    ],
  );
  const byOrd = new Map(rows.map((row) => [row.ord, row]));
  return lookUps.map((_, index) => byOrd.get(index + 1));
}

/**
 * Look-ups at once per statement: enough for a burst's worth of requests,
 * few enough that one statement stays short.
 */
const LOOK_UPS_PER_STATEMENT = 64;
/** Statements at once: the look-up is short, and the pool's other connections serve the requests. */
const LOOK_UP_STATEMENTS_AT_ONCE = 2;

const lookUpBatchers = new WeakMap<Executor, Batcher<LiveSessionLookUp, LiveSessionResult>>();

/** The executor's batcher of session look-ups (db/batcher.ts), made on first use. */
function lookUpBatcher(db: Executor): Batcher<LiveSessionLookUp, LiveSessionResult> {
  let batcher = lookUpBatchers.get(db);
  if (!batcher) {
    batcher = createBatcher({
      maxBatch: LOOK_UPS_PER_STATEMENT,
      maxInFlight: LOOK_UP_STATEMENTS_AT_ONCE,
      // No keyOf: reads, so any look-ups may share a statement, the same session's too.
      run: (lookUps) => runLiveSessions(db, lookUps),
    });
    lookUpBatchers.set(db, batcher);
  }
  return batcher;
}

export async function findLiveSession(
  db: Executor,
  idHash: string,
  now: Date,
  options: {
    /** Slide the idle timeout to now + idleMinutes when last seen at least intervalMs ago. */
    readonly touch: { readonly idleMinutes: number; readonly intervalMs: number };
    readonly withStoredFactRows?: boolean;
  },
): Promise<LiveSession | undefined> {
  const row = await lookUpBatcher(db).submit({
    idHash,
    now,
    withStoredFactRows: options.withStoredFactRows === true,
    idleMinutes: options.touch.idleMinutes,
    intervalMs: options.touch.intervalMs,
  });
  if (!row) return undefined;
  return {
    session: {
      csrfHash: row.csrf_hash,
      lastSeenAt: row.last_seen_at,
      absoluteExpiresAt: row.absolute_expires_at,
      secondFactorAt: row.second_factor_at,
    },
    user: {
      id: row.user_id,
      role: row.role,
      email: row.email,
      displayName: row.display_name,
      preferredLanguage: row.preferred_language,
      totpEnabledAt: row.totp_enabled_at,
    },
    patientId: row.patient_id,
    patientOrgId: row.patient_org_id,
    patientTimeZone: row.patient_time_zone,
    staffOrgIds: row.staff_org_ids,
    ...(options.withStoredFactRows
      ? {
          storedFactRows: storedFactRowsOf({
            stored_fact_rows: row.stored_fact_rows ?? null,
            stored_facts_day: row.stored_facts_day ?? null,
            stored_version: row.stored_version ?? null,
          }),
        }
      : {}),
  };
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user (password reset, account deletion), optionally keeping one. */
export async function deleteUserSessions(db: Executor, userId: string, keepIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepIdHash
        ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash))
        : eq(sessions.userId, userId),
    );
}
