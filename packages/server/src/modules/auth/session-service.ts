import type { Executor } from '../../db/client';
import type { StoredFactRows } from '../summaries/facts';
import type { AuthSettings } from './context';
import type { Principal } from './principal';
import { deleteSession, findLiveSession, insertSession } from './sessions-repository';
import { randomToken, sha256Hex } from './tokens';

/** A new session as handed to the browser: the raw values exist only in the response. */
export interface IssuedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly idHash: string;
  readonly absoluteExpiresAt: Date;
}

/** Writes to last_seen_at at most once a minute, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

const minutes = (n: number): number => n * 60_000;

/**
 * Starts a fresh session with a new random id (OWASP: renew the session id on
 * any privilege change) and ends `replacing`, the session presented with the
 * request, so a planted id never becomes authenticated (session fixation).
 */
export async function issueSession(
  db: Executor,
  userId: string,
  now: Date,
  settings: AuthSettings,
  options: { secondFactorAt?: Date | null; replacing?: string | null } = {},
): Promise<IssuedSession> {
  if (options.replacing) await deleteSession(db, options.replacing);
  const token = randomToken();
  const csrfToken = randomToken();
  const idHash = sha256Hex(token);
  const absoluteExpiresAt = new Date(now.getTime() + minutes(settings.sessionAbsoluteHours * 60));
  const idle = new Date(
    Math.min(now.getTime() + minutes(settings.sessionIdleMinutes), absoluteExpiresAt.getTime()),
  );
  await insertSession(db, {
    idHash,
    userId,
    csrfHash: sha256Hex(csrfToken),
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: idle,
    absoluteExpiresAt,
    secondFactorAt: options.secondFactorAt ?? null,
  });
  return { token, csrfToken, idHash, absoluteExpiresAt };
}

export interface ResolvedSession {
  readonly principal: Principal;
  readonly csrfHash: string;
  /** Asked for with `withStoredFactRows`: the patient's stored triage fact rows, or null. */
  readonly storedFactRows?: StoredFactRows | null;
}

/** The principal for a session cookie value, or null when it is unknown or expired. */
export async function resolveSession(
  db: Executor,
  token: string,
  now: Date,
  settings: AuthSettings,
  options: { withStoredFactRows?: boolean } = {},
): Promise<ResolvedSession | null> {
  if (token.length < 16 || token.length > 128) return null;
  const idHash = sha256Hex(token);
  // The look-up also slides the idle timeout, in the same statement, when the session was last
  // seen TOUCH_INTERVAL_MS or more ago (never past the absolute timeout).
  const found = await findLiveSession(db, idHash, now, {
    ...options,
    touch: { idleMinutes: settings.sessionIdleMinutes, intervalMs: TOUCH_INTERVAL_MS },
  });
  if (!found) return null;
  const { session, user } = found;
  const staffOrgIds = user.role === 'patient' ? [] : found.staffOrgIds;
  const patient =
    user.role === 'patient' && found.patientId && found.patientOrgId
      ? { id: found.patientId, orgId: found.patientOrgId, timeZone: found.patientTimeZone ?? 'UTC' }
      : undefined;
  return {
    csrfHash: session.csrfHash,
    ...(found.storedFactRows !== undefined ? { storedFactRows: found.storedFactRows } : {}),
    principal: {
      userId: user.id,
      role: user.role,
      email: user.email,
      displayName: user.displayName,
      language: user.preferredLanguage,
      totpEnabled: user.totpEnabledAt !== null,
      secondFactorDone: session.secondFactorAt !== null,
      sessionIdHash: idHash,
      staffOrgIds,
      patient: patient ?? null,
    },
  };
}
