import { and, eq } from 'drizzle-orm';
import { memberships } from '../../db/schema';
import { forbidden } from '../../errors';
import { appendAudit } from '../audit/repository';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { inviteLink, newInviteSecrets } from './invite-codes';
import { insertInvite, listInvites } from './repository';

async function assertStaffOf(ctx: ServiceContext, principal: Principal, orgId: string): Promise<void> {
  // Checked against the database, not the session's cached list, so a removed member loses access at once.
  const [row] = await ctx.db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, principal.userId)))
    .limit(1);
  if (!row) throw forbidden('You are not a member of this clinic.');
}

/** A clinician or admin invites a patient: a code to read out and a link to send. Shown once. */
export async function createInvite(
  ctx: ServiceContext,
  principal: Principal,
  orgId: string,
  meta: RequestMeta,
) {
  await assertStaffOf(ctx, principal, orgId);
  const now = ctx.clock();
  const secrets = newInviteSecrets();
  const expiresAt = new Date(now.getTime() + ctx.settings.inviteDays * 86_400_000);
  const invite = await ctx.db.transaction(async (tx) => {
    const row = await insertInvite(tx, {
      orgId,
      codeHash: secrets.codeHash,
      tokenHash: secrets.tokenHash,
      createdBy: principal.userId,
      createdAt: now,
      expiresAt,
    });
    await appendAudit(tx, {
      at: now,
      action: 'invite.create',
      resource: 'invite',
      outcome: 'success',
      actorId: principal.userId,
      actorRole: principal.role,
      orgId,
      requestId: meta.requestId,
      ip: meta.ip,
    });
    return row;
  });
  return {
    id: invite.id,
    code: secrets.code,
    link: inviteLink(ctx.settings.publicUrl, secrets.token),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

export async function invitesOf(ctx: ServiceContext, principal: Principal, orgId: string) {
  await assertStaffOf(ctx, principal, orgId);
  const now = ctx.clock();
  const rows = await listInvites(ctx.db, orgId);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    status: r.usedAt ? ('used' as const) : r.expiresAt <= now ? ('expired' as const) : ('open' as const),
  }));
}
