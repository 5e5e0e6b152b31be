import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../../test/app';
import { type Actor, Client, PATIENT_PASSWORD, signedInActor, uniqueEmail } from '../../../test/fixtures';
import type { Database } from '../../db/client';
import { patientSummaries } from '../../db/schema';

/**
 * Test helpers for the clinician workspace: a clinic with a clinician and
 * patients who joined it by invite code through the real sign-up API.
 */

export interface ClinicPatient {
  readonly patientId: string;
  readonly orgId: string;
  readonly displayName: string;
  readonly email: string;
  readonly client: Client;
}

export async function clinicianOf(
  app: FastifyInstance,
  db: Database,
  clock: ManualClock,
  clinicName: string,
): Promise<Actor> {
  return signedInActor(app, db, clock, { role: 'clinician', organisationName: clinicName });
}

/** Signs a patient up with an invite code from `clinician`'s clinic (sharing consented by joining). */
export async function invitedPatient(
  app: FastifyInstance,
  clinician: Actor,
  displayName: string,
): Promise<ClinicPatient> {
  const invite = await clinician.client.post(`/api/v1/organisations/${clinician.account.orgId}/invites`);
  if (invite.statusCode !== 201) throw new Error(`invite failed: ${invite.body}`);
  const client = new Client(app);
  const email = uniqueEmail('patient');
  const signup = await client.post('/api/v1/auth/signup', {
    email,
    password: PATIENT_PASSWORD,
    displayName,
    acceptTerms: true,
    inviteCode: invite.json().code,
  });
  if (signup.statusCode !== 201) throw new Error(`sign-up failed: ${signup.body}`);
  const patient = signup.json().user.patient as { id: string; orgId: string };
  return { patientId: patient.id, orgId: patient.orgId, displayName, email, client };
}

/** A triage rollup row as the summaries module would keep it (fixture for panel ordering tests). */
export async function setTriage(
  db: Database,
  patient: Pick<ClinicPatient, 'orgId' | 'patientId'>,
  values: Partial<typeof patientSummaries.$inferInsert> & { triagePriority: number; updatedAt: Date },
): Promise<void> {
  const row = { orgId: patient.orgId, patientId: patient.patientId, ...values };
  await db
    .insert(patientSummaries)
    .values(row)
    .onConflictDoUpdate({ target: [patientSummaries.orgId, patientSummaries.patientId], set: row });
}
