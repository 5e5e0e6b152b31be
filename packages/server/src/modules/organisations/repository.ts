import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { invites, memberships, organisations, patients } from '../../db/schema';

/** SQL for organisations, memberships, patient records and invites. No rules here. */
export type OrganisationRecord = typeof organisations.$inferSelect;
export type InviteRecord = typeof invites.$inferSelect;
export type PatientRecord = typeof patients.$inferSelect;

export async function insertOrganisation(
  db: Executor,
  values: { name: string; kind: OrganisationRecord['kind'] },
): Promise<OrganisationRecord> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('organisation insert returned no row');
  return row;
}

export async function findOrganisationByName(db: Executor, name: string, kind: OrganisationRecord['kind']) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.name, name), eq(organisations.kind, kind)))
    .limit(1);
  return row;
}

export async function findOrganisation(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

export async function addMembership(
  db: Executor,
  values: { orgId: string; userId: string; role: 'clinician' | 'admin' },
): Promise<void> {
  await db.insert(memberships).values(values).onConflictDoNothing();
}

export async function insertPatient(
  db: Executor,
  values: { orgId: string; userId: string; sharingConsentedAt: Date | null },
): Promise<PatientRecord> {
  const [row] = await db.insert(patients).values(values).returning();
  if (!row) throw new Error('patient insert returned no row');
  return row;
}

/** The patient record of a user (every patient account has exactly one). */
export async function findPatientOfUser(db: Executor, userId: string): Promise<PatientRecord | undefined> {
  const [row] = await db.select().from(patients).where(eq(patients.userId, userId)).limit(1);
  return row;
}

/**
 * Moves a patient into a clinic with sharing consented. Tables holding patient
 * data reference patients(org_id, id) ON UPDATE CASCADE, so their rows follow.
 */
export async function movePatientToOrganisation(
  db: Executor,
  patient: { orgId: string; id: string },
  toOrgId: string,
  consentedAt: Date,
): Promise<void> {
  await db
    .update(patients)
    .set({ orgId: toOrgId, sharingConsentedAt: consentedAt, sharingRevokedAt: null })
    .where(and(eq(patients.orgId, patient.orgId), eq(patients.id, patient.id)));
}

export async function revokeSharing(db: Executor, patient: { orgId: string; id: string }, at: Date) {
  await db
    .update(patients)
    .set({ sharingRevokedAt: at })
    .where(and(eq(patients.orgId, patient.orgId), eq(patients.id, patient.id)));
}

export async function insertInvite(db: Executor, values: typeof invites.$inferInsert): Promise<InviteRecord> {
  const [row] = await db.insert(invites).values(values).returning();
  if (!row) throw new Error('invite insert returned no row');
  return row;
}

/** An unused, unexpired invite whose code or link token has this digest. */
export async function findUsableInvite(
  db: Executor,
  by: { codeHash: string } | { tokenHash: string },
  now: Date,
): Promise<InviteRecord | undefined> {
  const match = 'codeHash' in by ? eq(invites.codeHash, by.codeHash) : eq(invites.tokenHash, by.tokenHash);
  const [row] = await db
    .select()
    .from(invites)
    .where(and(match, isNull(invites.usedAt), gt(invites.expiresAt, now)))
    .limit(1);
  return row;
}

/** Marks an invite used; false when someone else used it first. */
export async function consumeInvite(db: Executor, inviteId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ usedAt: now })
    .where(and(eq(invites.id, inviteId), isNull(invites.usedAt), gt(invites.expiresAt, now)))
    .returning({ id: invites.id });
  return rows.length === 1;
}

export async function listInvites(db: Executor, orgId: string, limit = 50) {
  return db
    .select({
      id: invites.id,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
    })
    .from(invites)
    .where(eq(invites.orgId, orgId))
    .orderBy(desc(invites.createdAt))
    .limit(limit);
}
