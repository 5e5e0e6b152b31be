import { badRequest, conflict, unauthorized } from '../../errors';
import { appendAudit } from '../audit/repository';
import { type InviteReference, inviteLookup } from '../organisations/invite-codes';
import {
  consumeInvite,
  findUsableInvite,
  insertOrganisation,
  insertPatient,
} from '../organisations/repository';
import type { RequestMeta, ServiceContext } from './context';
import { describePasswordProblem, passwordProblem } from './password-policy';
import { type IssuedSession, issueSession } from './session-service';
import { deleteSession } from './sessions-repository';
import {
  blockedUntil,
  clearAttempts,
  LOGIN_PER_ACCOUNT,
  LOGIN_PER_IP,
  recordAttempt,
  throttleKeys,
} from './throttle';
import { tooManyAttempts } from './throttle-errors';
import { findUserByEmail, insertUser, type UserRecord } from './users-repository';

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly language: 'en' | 'es';
  readonly invite?: InviteReference;
}

/**
 * A patient creates an account. With an invite they join that clinic and
 * consent to share their record with it; without one they are self-directed
 * and live in a personal organisation of their own.
 */
export async function signUp(
  ctx: ServiceContext,
  input: SignUpInput,
  meta: RequestMeta & { replacing: string | null },
): Promise<{ user: UserRecord; session: IssuedSession }> {
  const problem = passwordProblem(input.password, { email: input.email, displayName: input.displayName });
  if (problem) {
    throw badRequest(describePasswordProblem(problem), [
      { path: 'body.password', message: describePasswordProblem(problem) },
    ]);
  }
  const now = ctx.clock();
  const invite = input.invite ? await findUsableInvite(ctx.db, inviteLookup(input.invite), now) : undefined;
  if (input.invite && !invite) throw inviteNotUsable();
  // Hash before the transaction: argon2 takes tens of milliseconds and must not hold locks.
  const passwordHash = await ctx.hasher.hash(input.password);
  return ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email.trim(),
      displayName: input.displayName.trim(),
      passwordHash,
      role: 'patient',
      preferredLanguage: input.language,
      createdAt: now,
      passwordChangedAt: now,
    });
    if (!user) {
      throw conflict('An account with this email address already exists. Sign in, or reset your password.');
    }
    let orgId: string;
    if (invite) {
      if (!(await consumeInvite(tx, invite.id, now))) throw inviteNotUsable();
      orgId = invite.orgId;
    } else {
      orgId = (await insertOrganisation(tx, { name: 'Personal', kind: 'personal' })).id;
    }
    const patient = await insertPatient(tx, {
      orgId,
      userId: user.id,
      sharingConsentedAt: invite ? now : null,
    });
    await appendAudit(tx, {
      at: now,
      action: invite ? 'account.create.join-clinic' : 'account.create',
      resource: 'patient',
      outcome: 'success',
      actorId: user.id,
      actorRole: 'patient',
      orgId,
      patientId: patient.id,
      requestId: meta.requestId,
      ip: meta.ip,
    });
    const session = await issueSession(tx, user.id, now, ctx.settings, { replacing: meta.replacing });
    return { user, session };
  });
}

export function inviteNotUsable() {
  return badRequest('This invitation is not valid any more. Ask your clinic for a new one.', [
    { path: 'body.invite', message: 'is unknown, used or expired' },
  ]);
}

/**
 * A password hash of a password nobody knows, verified when the email is
 * unknown so that a wrong address takes as long as a wrong password (OWASP
 * Authentication Cheat Sheet: authentication responses).
 */
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(ctx: ServiceContext): Promise<string> {
  dummyHash ??= ctx.hasher.hash(`no-account-${Math.random()}`);
  return dummyHash;
}

export const WRONG_CREDENTIALS = 'The email address or password is not right.';

export async function logIn(
  ctx: ServiceContext,
  input: { email: string; password: string },
  meta: RequestMeta & { replacing: string | null },
): Promise<{ user: UserRecord; session: IssuedSession; secondFactorRequired: boolean }> {
  const now = ctx.clock();
  const keys = [throttleKeys.loginAccount(input.email), throttleKeys.loginIp(meta.ip)];
  const blocked = await blockedUntil(ctx.db, keys, now);
  if (blocked) throw tooManyAttempts(blocked, now);

  const user = await findUserByEmail(ctx.db, input.email.trim());
  let valid = false;
  if (user) valid = await ctx.hasher.verify(user.passwordHash, input.password);
  else await ctx.hasher.verify(await dummyPasswordHash(ctx), input.password);
  if (!user || !valid) {
    await recordAttempt(ctx.db, keys[0] ?? '', LOGIN_PER_ACCOUNT, now);
    await recordAttempt(ctx.db, keys[1] ?? '', LOGIN_PER_IP, now);
    if (user) {
      await appendAudit(ctx.db, {
        at: now,
        action: 'auth.login',
        resource: 'session',
        outcome: 'failure',
        actorId: user.id,
        actorRole: user.role,
        requestId: meta.requestId,
        ip: meta.ip,
      });
    }
    throw unauthorized(WRONG_CREDENTIALS);
  }
  await clearAttempts(ctx.db, keys[0] ?? '');
  const session = await ctx.db.transaction(async (tx) => {
    const issued = await issueSession(tx, user.id, now, ctx.settings, { replacing: meta.replacing });
    await appendAudit(tx, {
      at: now,
      action: 'auth.login',
      resource: 'session',
      outcome: 'success',
      actorId: user.id,
      actorRole: user.role,
      requestId: meta.requestId,
      ip: meta.ip,
    });
    return issued;
  });
  return { user, session, secondFactorRequired: user.totpEnabledAt !== null };
}

/** Ends the session on the server, so the cookie is worthless even if it was copied. */
export async function logOut(ctx: ServiceContext, sessionIdHash: string): Promise<void> {
  await deleteSession(ctx.db, sessionIdHash);
}
