import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { medications } from '../../db/schema';
import type { MedicationRow, PatientKey } from './record-repository';

/** Writes of the medication list. No rules. */

export async function insertMedication(
  db: Executor,
  patient: PatientKey,
  values: Omit<typeof medications.$inferInsert, 'orgId' | 'patientId' | 'id'>,
): Promise<MedicationRow> {
  const [row] = await db
    .insert(medications)
    .values({ ...values, orgId: patient.orgId, patientId: patient.id })
    .returning();
  if (!row) throw new Error('medication insert returned no row');
  return row;
}

export async function setMedicationStopped(
  db: Executor,
  patient: PatientKey,
  medicationId: string,
  values: { stoppedOn: string; stopReason: string; trialOutcome: MedicationRow['trialOutcome'] },
): Promise<MedicationRow | undefined> {
  const [row] = await db
    .update(medications)
    .set(values)
    .where(
      and(
        eq(medications.orgId, patient.orgId),
        eq(medications.patientId, patient.id),
        eq(medications.id, medicationId),
      ),
    )
    .returning();
  return row;
}
