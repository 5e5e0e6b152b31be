import { eq } from 'drizzle-orm';
import { memberships, organisations, users } from '../../db/schema';
import { badRequest, conflict } from '../../errors';
import { withOwnRecord } from '../audit/patient-data';
import { patientAccessEvents } from '../audit/repository';
import { inviteNotUsable } from '../auth/auth-service';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { blockedUntil, INVITE_PER_ACCOUNT, recordAttempt, throttleKeys } from '../auth/throttle';
import { tooManyAttempts } from '../auth/throttle-errors';
import { type InviteReference, inviteLookup } from '../organisations/invite-codes';
import {
  consumeInvite,
  findUsableInvite,
  movePatientToOrganisation,
  revokeSharing,
} from '../organisations/repository';
import { sharingOf } from '../organisations/sharing';

/**
 * A patient joins a clinic with an invite, which is their consent to share
 * their record with it; their data moves with them (ON UPDATE CASCADE).
 */
export async function joinClinic(
  ctx: ServiceContext,
  principal: Principal,
  ref: InviteReference,
  meta: RequestMeta,
) {
  const now = ctx.clock();
  const key = throttleKeys.invite(principal.userId);
  const blocked = await blockedUntil(ctx.db, [key], now);
  if (blocked) throw tooManyAttempts(blocked, now);
  const invite = await findUsableInvite(ctx.db, inviteLookup(ref), now);
  if (!invite) {
    await recordAttempt(ctx.db, key, INVITE_PER_ACCOUNT, now);
    throw inviteNotUsable();
  }
  return withOwnRecord(
    ctx,
    { principal, meta, action: 'join-clinic', resource: 'sharing' },
    async (tx, patient) => {
      if (patient.orgId === invite.orgId && sharingOf(patient) === 'active') {
        throw conflict('You already share your record with this clinic.');
      }
      if (!(await consumeInvite(tx, invite.id, now))) throw inviteNotUsable();
      await movePatientToOrganisation(tx, patient, invite.orgId, now);
      const [org] = await tx.select().from(organisations).where(eq(organisations.id, invite.orgId));
      return { organisation: { id: invite.orgId, name: org?.name ?? '' } };
    },
  );
}

/** Where the record lives, whether it is shared, and the people who can open it. */
export async function sharingOverview(ctx: ServiceContext, principal: Principal, meta: RequestMeta) {
  return withOwnRecord(ctx, { principal, meta, action: 'read', resource: 'sharing' }, async (tx, patient) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, patient.orgId));
    const sharing = sharingOf(patient);
    const staff =
      sharing === 'active' && org?.kind === 'clinic'
        ? await tx
            .select({ displayName: users.displayName, role: memberships.role })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(eq(memberships.orgId, patient.orgId))
            .orderBy(users.displayName)
        : [];
    return {
      organisation: { id: patient.orgId, name: org?.name ?? '', kind: org?.kind ?? ('personal' as const) },
      sharing,
      consentedAt: patient.sharingConsentedAt?.toISOString() ?? null,
      revokedAt: patient.sharingRevokedAt?.toISOString() ?? null,
      // Clinicians open records; admins of the clinic manage accounts and cannot open records.
      people: staff.map((s) => ({
        displayName: s.displayName,
        role: s.role,
        canOpenRecord: s.role === 'clinician',
      })),
    };
  });
}

export async function stopSharing(ctx: ServiceContext, principal: Principal, meta: RequestMeta) {
  await withOwnRecord(
    ctx,
    { principal, meta, action: 'revoke-sharing', resource: 'sharing' },
    async (tx, patient) => {
      if (sharingOf(patient) !== 'active') throw badRequest('Your record is not shared with a clinic.');
      await revokeSharing(tx, patient, ctx.clock());
    },
  );
}

/** "Who opened my record": every recorded access, newest first. */
export async function accessLog(ctx: ServiceContext, principal: Principal, meta: RequestMeta) {
  return withOwnRecord(
    ctx,
    { principal, meta, action: 'read', resource: 'access-log' },
    async (tx, patient) => {
      const events = await patientAccessEvents(tx, patient.id, 200);
      return events.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        resource: e.resource,
        outcome: e.outcome,
        actor:
          e.actorId === principal.userId
            ? { kind: 'you' as const, displayName: null, role: e.actorRole }
            : e.actorName
              ? { kind: 'person' as const, displayName: e.actorName, role: e.actorRole }
              : { kind: 'deleted-account' as const, displayName: null, role: e.actorRole },
      }));
    },
  );
}
