import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { authThrottle } from '../../db/schema';
import { sha256Hex } from './tokens';

/**
 * Failed-attempt throttling shared by every server instance (it lives in
 * PostgreSQL). After `threshold` failures inside `windowMs`, each further
 * failure blocks the key for an exponentially growing time, capped at
 * `maxBackoffMs` (NIST SP 800-63B §5.2.2 rate limiting; OWASP Authentication
 * Cheat Sheet). Keys never contain an email address in clear.
 */
export interface ThrottleRule {
  readonly threshold: number;
  readonly windowMs: number;
  readonly baseBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const LOGIN_PER_ACCOUNT: ThrottleRule = {
  threshold: 5,
  windowMs: 60 * 60_000,
  baseBackoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
};
export const LOGIN_PER_IP: ThrottleRule = { ...LOGIN_PER_ACCOUNT, threshold: 30 };
export const SECOND_FACTOR_PER_ACCOUNT: ThrottleRule = { ...LOGIN_PER_ACCOUNT, threshold: 5 };
/** Reset emails: at most 3 an hour to one address; the fourth request is silently not sent. */
export const RESET_EMAILS_PER_ACCOUNT: ThrottleRule = {
  threshold: 4,
  windowMs: 60 * 60_000,
  baseBackoffMs: 60 * 60_000,
  maxBackoffMs: 60 * 60_000,
};
export const RESET_PER_IP: ThrottleRule = { ...LOGIN_PER_ACCOUNT, threshold: 20 };
export const INVITE_PER_ACCOUNT: ThrottleRule = { ...LOGIN_PER_ACCOUNT, threshold: 10 };

export const throttleKeys = {
  loginAccount: (email: string) => `login:account:${sha256Hex(email.trim().toLowerCase())}`,
  loginIp: (ip: string) => `login:ip:${ip}`,
  secondFactor: (userId: string) => `second-factor:${userId}`,
  resetAccount: (email: string) => `reset:account:${sha256Hex(email.trim().toLowerCase())}`,
  resetIp: (ip: string) => `reset:ip:${ip}`,
  invite: (userId: string) => `invite:${userId}`,
};

/** The latest time any of `keys` is blocked until, or null when none is blocked at `now`. */
export async function blockedUntil(db: Executor, keys: readonly string[], now: Date): Promise<Date | null> {
  const rows = await db
    .select({ blockedUntil: authThrottle.blockedUntil })
    .from(authThrottle)
    .where(inArray(authThrottle.key, [...keys]));
  let latest: Date | null = null;
  for (const { blockedUntil: until } of rows) {
    if (until && until > now && (!latest || until > latest)) latest = until;
  }
  return latest;
}

export function backoffMs(failures: number, rule: ThrottleRule): number {
  if (failures < rule.threshold) return 0;
  return Math.min(rule.maxBackoffMs, rule.baseBackoffMs * 2 ** (failures - rule.threshold));
}

/** Counts one failure (or one use) against `key`; returns the count in the current window. */
export async function recordAttempt(
  db: Executor,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const expired = sql`${authThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`CASE WHEN ${expired} THEN 1 ELSE ${authThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${now.toISOString()}::timestamptz ELSE ${authThrottle.windowStartedAt} END`,
      },
    })
    .returning({ failures: authThrottle.failures });
  const failures = row?.failures ?? 1;
  const wait = backoffMs(failures, rule);
  if (wait > 0) {
    await db
      .update(authThrottle)
      .set({ blockedUntil: new Date(now.getTime() + wait) })
      .where(eq(authThrottle.key, key));
  }
  return failures;
}

export async function clearAttempts(db: Executor, key: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, key));
}
