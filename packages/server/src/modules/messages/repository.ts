import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, messages, users } from '../../db/schema';

/** SQL for secure messages and who to notify. No rules. */

export interface PatientKey {
  readonly orgId: string;
  readonly id: string;
}

const ofPatient = (patient: PatientKey) =>
  and(eq(messages.orgId, patient.orgId), eq(messages.patientId, patient.id));

export async function threadOf(db: Executor, patient: PatientKey, limit: number) {
  const rows = await db
    .select({
      id: messages.id,
      fromPatient: messages.fromPatient,
      body: messages.body,
      createdAt: messages.createdAt,
      readAt: messages.readAt,
      senderName: users.displayName,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(ofPatient(patient))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.slice(-limit);
}

export async function insertMessage(
  db: Executor,
  patient: PatientKey,
  values: { senderId: string; fromPatient: boolean; body: string; createdAt: Date },
) {
  const [row] = await db
    .insert(messages)
    .values({ orgId: patient.orgId, patientId: patient.id, ...values })
    .returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

/** Marks read every unread message sent by the other side; returns how many. */
export async function markRead(db: Executor, patient: PatientKey, fromPatient: boolean, at: Date) {
  const rows = await db
    .update(messages)
    .set({ readAt: at })
    .where(and(ofPatient(patient), eq(messages.fromPatient, fromPatient), isNull(messages.readAt)))
    .returning({ id: messages.id });
  return rows.length;
}

export async function unreadCount(db: Executor, patient: PatientKey, fromPatient: boolean): Promise<number> {
  const rows = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(ofPatient(patient), eq(messages.fromPatient, fromPatient), isNull(messages.readAt)));
  return rows.length;
}

/** The clinicians of a clinic, to tell them a message arrived. */
export async function cliniciansOf(db: Executor, orgId: string) {
  return db
    .select({ email: users.email, language: users.preferredLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'clinician')));
}

export async function accountOf(db: Executor, userId: string) {
  const [row] = await db
    .select({ email: users.email, language: users.preferredLanguage })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}
