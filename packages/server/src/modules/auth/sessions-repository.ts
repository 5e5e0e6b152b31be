import { and, eq, ne } from 'drizzle-orm';
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
 * The session and its user, when the session exists and neither timeout has
 * passed at `now`, with what the principal needs: the patient record of a
 * patient account with its time zone (for the patient's today before any
 * other query), and the organisations a staff account belongs to. One named
 * statement (db/prepared.ts) of only the columns used: it runs before every
 * signed-in request. The same statement slides the idle timeout when the
 * session was last seen long enough ago (`touched`: a write only then; the
 * SELECT reads the row as it was). $1 the session id's hash, $2 now, $3 idle
 * minutes, $4 the touch interval in milliseconds.
 */
function liveSessionStatement(withStoredFactRows: boolean): NamedStatement {
  return {
    name: withStoredFactRows ? 'live_session_with_fact_rows' : 'live_session',
    text: `WITH touched AS (
        UPDATE sessions SET last_seen_at = $2::timestamptz,
          idle_expires_at = least($2::timestamptz + make_interval(mins => $3::int), absolute_expires_at)
        WHERE id_hash = $1 AND idle_expires_at > $2::timestamptz AND absolute_expires_at > $2::timestamptz
          AND last_seen_at <= $2::timestamptz - make_interval(secs => $4::int / 1000.0)
        RETURNING 1
      )
      SELECT s.csrf_hash, s.last_seen_at, s.absolute_expires_at, s.second_factor_at,
        u.id AS user_id, u.role, u.email, u.display_name, u.preferred_language, u.totp_enabled_at,
        p.id AS patient_id, p.org_id AS patient_org_id,
        (SELECT c.time_zone FROM patient_care_settings c WHERE c.org_id = p.org_id AND c.patient_id = p.id)
          AS patient_time_zone,
        coalesce((SELECT json_agg(m.org_id) FROM memberships m WHERE m.user_id = u.id), '[]'::json)
          AS staff_org_ids${withStoredFactRows ? `, ${STORED_FACT_ROWS_COLUMNS}` : ''}
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN patients p ON p.user_id = u.id${
        withStoredFactRows
          ? ' LEFT JOIN patient_summaries ps ON ps.org_id = p.org_id AND ps.patient_id = p.id'
          : ''
      }
      WHERE s.id_hash = $1 AND s.idle_expires_at > $2::timestamptz AND s.absolute_expires_at > $2::timestamptz
      LIMIT 1`,
  };
}

const LIVE_SESSION = liveSessionStatement(false);
/**
 * The same with the patient's stored triage fact rows, for the routes that
 * use them (the check-in write): one round trip fewer on the busiest write.
 */
const LIVE_SESSION_WITH_FACT_ROWS = liveSessionStatement(true);

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
  const statement = options.withStoredFactRows ? LIVE_SESSION_WITH_FACT_ROWS : LIVE_SESSION;
  const [row] = await runNamed<LiveSessionRow & Partial<StoredFactRowsColumns>>(db, statement, [
    idHash,
    now.toISOString(),
    options.touch.idleMinutes,
    options.touch.intervalMs,
  ]);
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
