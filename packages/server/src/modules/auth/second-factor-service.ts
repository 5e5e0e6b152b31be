import { badRequest, conflict, unauthorized } from '../../errors';
import { appendAudit } from '../audit/repository';
import type { RequestMeta, ServiceContext } from './context';
import type { Principal } from './principal';
import { type IssuedSession, issueSession } from './session-service';
import {
  blockedUntil,
  clearAttempts,
  recordAttempt,
  SECOND_FACTOR_PER_ACCOUNT,
  throttleKeys,
} from './throttle';
import { tooManyAttempts } from './throttle-errors';
import { humanCode, normaliseHumanCode, sha256Hex } from './tokens';
import { newTotpEnrolment, type TotpEnrolment, totpStep } from './totp';
import {
  acceptTotpStep,
  enableTotp,
  findUserById,
  replaceRecoveryCodes,
  storePendingTotpSecret,
  useRecoveryCode,
} from './users-repository';

/** Ten single-use recovery codes of 50 bits each (NIST SP 800-63B §5.1.2 look-up secrets: ≥ 20 bits). */
const RECOVERY_CODE_COUNT = 10;

const hashRecoveryCode = (code: string): string => sha256Hex(`recovery:${normaliseHumanCode(code)}`);

export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => humanCode(10));
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

/** Starts TOTP enrolment: a new secret, not active until a code from it is confirmed. */
export async function startTotpEnrolment(ctx: ServiceContext, principal: Principal): Promise<TotpEnrolment> {
  if (principal.totpEnabled) throw conflict('Two-step sign-in is already set up for this account.');
  const enrolment = newTotpEnrolment(principal.email);
  await storePendingTotpSecret(ctx.db, principal.userId, enrolment.secret);
  return enrolment;
}

/**
 * Checks a TOTP code or a recovery code, throttled per account, and refuses a
 * code already used (RFC 6238 §5.2: each code is accepted once).
 */
const WRONG_CODE = 'That code is not right, or it was already used. Wait for a new code and try again.';

/** At sign-in a wrong code fails authentication (401); in settings it is a wrong field (400). */
type Stage = 'sign-in' | 'settings';

async function verifyProof(
  ctx: ServiceContext,
  userId: string,
  proof: SecondFactorProof,
  now: Date,
  stage: Stage,
) {
  const key = throttleKeys.secondFactor(userId);
  const blocked = await blockedUntil(ctx.db, [key], now);
  if (blocked) throw tooManyAttempts(blocked, now);
  const user = await findUserById(ctx.db, userId);
  let ok = false;
  if (user?.totpSecret) {
    if ('code' in proof) {
      const step = totpStep(user.totpSecret, proof.code, now);
      ok = step !== null && (await acceptTotpStep(ctx.db, userId, step));
    } else if (user.totpEnabledAt) {
      ok = await useRecoveryCode(ctx.db, userId, hashRecoveryCode(proof.recoveryCode), now);
    }
  }
  if (!ok) {
    await recordAttempt(ctx.db, key, SECOND_FACTOR_PER_ACCOUNT, now);
    throw stage === 'sign-in'
      ? unauthorized(WRONG_CODE)
      : badRequest(WRONG_CODE, [{ path: 'body.code', message: 'is not right or was already used' }]);
  }
  await clearAttempts(ctx.db, key);
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmTotpEnrolment(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  meta: RequestMeta,
): Promise<{ recoveryCodes: string[]; session: IssuedSession }> {
  if (principal.totpEnabled) throw conflict('Two-step sign-in is already set up for this account.');
  const user = await findUserById(ctx.db, principal.userId);
  if (!user?.totpSecret) throw badRequest('Start setting up two-step sign-in first.');
  const now = ctx.clock();
  await verifyProof(ctx, principal.userId, { code }, now, 'settings');
  const { codes, hashes } = newRecoveryCodes();
  const session = await ctx.db.transaction(async (tx) => {
    await enableTotp(tx, principal.userId, now);
    await replaceRecoveryCodes(tx, principal.userId, hashes);
    await appendAudit(tx, securityEvent(principal, 'auth.totp.enable', now, meta));
    return issueSession(tx, principal.userId, now, ctx.settings, {
      secondFactorAt: now,
      replacing: principal.sessionIdHash,
    });
  });
  return { recoveryCodes: codes, session };
}

/** The second sign-in step. The session id rotates, as the session gains privileges. */
export async function completeSecondFactor(
  ctx: ServiceContext,
  principal: Principal,
  proof: SecondFactorProof,
  meta: RequestMeta,
): Promise<IssuedSession> {
  if (!principal.totpEnabled) throw badRequest('This account does not use two-step sign-in.');
  const now = ctx.clock();
  await verifyProof(ctx, principal.userId, proof, now, 'sign-in');
  return ctx.db.transaction(async (tx) => {
    const action = 'code' in proof ? 'auth.second-factor' : 'auth.second-factor.recovery-code';
    await appendAudit(tx, securityEvent(principal, action, now, meta));
    return issueSession(tx, principal.userId, now, ctx.settings, {
      secondFactorAt: now,
      replacing: principal.sessionIdHash,
    });
  });
}

/** New recovery codes (the old ones stop working), after a fresh TOTP code. */
export async function regenerateRecoveryCodes(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  meta: RequestMeta,
): Promise<string[]> {
  if (!principal.totpEnabled) throw badRequest('This account does not use two-step sign-in.');
  const now = ctx.clock();
  await verifyProof(ctx, principal.userId, { code }, now, 'settings');
  const { codes, hashes } = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, principal.userId, hashes);
    await appendAudit(tx, securityEvent(principal, 'auth.recovery-codes.regenerate', now, meta));
  });
  return codes;
}

function securityEvent(principal: Principal, action: string, at: Date, meta: RequestMeta) {
  return {
    at,
    action,
    resource: 'account',
    outcome: 'success' as const,
    actorId: principal.userId,
    actorRole: principal.role,
    orgId: principal.patient?.orgId ?? principal.staffOrgIds[0] ?? null,
    requestId: meta.requestId,
    ip: meta.ip,
  };
}
