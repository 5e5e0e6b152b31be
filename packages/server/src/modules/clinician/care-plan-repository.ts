import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { careDecisions, carePlans, patientCareSettings } from '../../db/schema';
import type { CarePlanRow, PatientKey } from './record-repository';

/** Writes of care-plan versions, decisions and care settings. No rules. */

export async function insertCarePlanVersion(
  db: Executor,
  patient: PatientKey,
  values: Omit<typeof carePlans.$inferInsert, 'orgId' | 'patientId' | 'id'>,
): Promise<CarePlanRow> {
  const [row] = await db
    .insert(carePlans)
    .values({ ...values, orgId: patient.orgId, patientId: patient.id })
    .returning();
  if (!row) throw new Error('care plan insert returned no row');
  return row;
}

export async function insertDecision(
  db: Executor,
  patient: PatientKey,
  values: Omit<typeof careDecisions.$inferInsert, 'orgId' | 'patientId' | 'id'>,
) {
  const [row] = await db
    .insert(careDecisions)
    .values({ ...values, orgId: patient.orgId, patientId: patient.id })
    .returning();
  if (!row) throw new Error('decision insert returned no row');
  return row;
}

export async function upsertPtVisits(
  db: Executor,
  patient: PatientKey,
  values: { ptVisitsAuthorised: number; ptVisitsUsed: number; updatedAt: Date },
): Promise<void> {
  await db
    .insert(patientCareSettings)
    .values({ orgId: patient.orgId, patientId: patient.id, ...values })
    .onConflictDoUpdate({
      target: [patientCareSettings.orgId, patientCareSettings.patientId],
      set: values,
      where: and(eq(patientCareSettings.orgId, patient.orgId), eq(patientCareSettings.patientId, patient.id)),
    });
}

export async function upsertSafetyFacts(
  db: Executor,
  patient: PatientKey,
  values: { clinicalProfile: unknown; opioidSafeguards: unknown; updatedAt: Date },
): Promise<void> {
  await db
    .insert(patientCareSettings)
    .values({ orgId: patient.orgId, patientId: patient.id, ...values })
    .onConflictDoUpdate({ target: [patientCareSettings.orgId, patientCareSettings.patientId], set: values });
}
