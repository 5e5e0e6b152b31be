import { and, eq, gt, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../db/schema';
import { type AppError, badRequest } from '../../errors';
import { passwordResetMessage } from '../../mail/messages';
import { appendAudit } from '../audit/repository';
import type { RequestMeta, ServiceContext } from './context';
import { ADMIN_PASSWORD_MIN_LENGTH, describePasswordProblem, passwordProblem } from './password-policy';
import { deleteUserSessions } from './sessions-repository';
import {
  blockedUntil,
  RESET_EMAILS_PER_ACCOUNT,
  RESET_PER_IP,
  recordAttempt,
  throttleKeys,
} from './throttle';
import { tooManyAttempts } from './throttle-errors';
import { randomToken, sha256Hex } from './tokens';
import { findUserByEmail, updatePasswordHash } from './users-repository';

export function resetLink(publicUrl: string, token: string): string {
  // In the fragment, which browsers never send to a server, so no access log can hold it.
  return `${publicUrl.replace(/\/$/, '')}/reset-password#token=${token}`;
}

/**
 * Always answers the same way, whether or not the account exists, and sends
 * the email after the response, so neither the words nor the timing tell
 * which addresses have accounts (OWASP Forgot Password Cheat Sheet).
 */
export async function requestPasswordReset(
  ctx: ServiceContext,
  email: string,
  meta: RequestMeta,
): Promise<void> {
  const now = ctx.clock();
  const ipKey = throttleKeys.resetIp(meta.ip);
  const blocked = await blockedUntil(ctx.db, [ipKey], now);
  if (blocked) throw tooManyAttempts(blocked, now);
  await recordAttempt(ctx.db, ipKey, RESET_PER_IP, now);
  const sentRecently = await recordAttempt(
    ctx.db,
    throttleKeys.resetAccount(email),
    RESET_EMAILS_PER_ACCOUNT,
    now,
  );
  if (sentRecently >= RESET_EMAILS_PER_ACCOUNT.threshold) return;
  setImmediate(() => {
    sendResetEmail(ctx, email, now).catch((error: unknown) => {
      ctx.log.error({ err: error }, 'password reset email failed');
    });
  });
}

async function sendResetEmail(ctx: ServiceContext, email: string, now: Date): Promise<void> {
  const user = await findUserByEmail(ctx.db, email.trim());
  if (!user) return;
  const token = randomToken();
  const minutes = ctx.settings.passwordResetMinutes;
  await ctx.db.insert(passwordResetTokens).values({
    tokenHash: sha256Hex(token),
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + minutes * 60_000),
  });
  const language = user.preferredLanguage === 'es' ? 'es' : 'en';
  await ctx.mailer.send(
    passwordResetMessage(user.email, resetLink(ctx.settings.publicUrl, token), minutes, language),
  );
}

const invalidLink = (): AppError =>
  badRequest('This reset link is not valid any more. Ask for a new one.', [
    { path: 'body.token', message: 'is unknown, used or expired' },
  ]);

/** Sets a new password from a one-time link and signs the account out everywhere. */
export async function confirmPasswordReset(
  ctx: ServiceContext,
  input: { token: string; password: string },
  meta: RequestMeta,
): Promise<void> {
  const now = ctx.clock();
  const ipKey = throttleKeys.resetIp(meta.ip);
  const blocked = await blockedUntil(ctx.db, [ipKey], now);
  if (blocked) throw tooManyAttempts(blocked, now);
  const tokenHash = sha256Hex(input.token);
  const [found] = await ctx.db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .limit(1);
  if (!found) {
    await recordAttempt(ctx.db, ipKey, RESET_PER_IP, now);
    throw invalidLink();
  }
  const minLength = found.role === 'admin' ? ADMIN_PASSWORD_MIN_LENGTH : undefined;
  const problem = passwordProblem(input.password, {
    email: found.email,
    displayName: found.displayName,
    minLength,
  });
  if (problem) {
    const message = describePasswordProblem(problem, minLength);
    throw badRequest(message, [{ path: 'body.password', message }]);
  }
  const passwordHash = await ctx.hasher.hash(input.password);
  await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt)))
      .returning({ userId: passwordResetTokens.userId });
    if (used.length !== 1) throw invalidLink();
    await updatePasswordHash(tx, found.userId, passwordHash, now);
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, found.userId), isNull(passwordResetTokens.usedAt)));
    await deleteUserSessions(tx, found.userId);
    await appendAudit(tx, {
      at: now,
      action: 'auth.password-reset',
      resource: 'account',
      outcome: 'success',
      actorId: found.userId,
      actorRole: found.role,
      requestId: meta.requestId,
      ip: meta.ip,
    });
  });
}
