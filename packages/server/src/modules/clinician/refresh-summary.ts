import type { Executor } from '../../db/client';
import { refreshPatientSummary } from '../summaries/refresh';
import type { PatientKey } from './record-repository';

/**
 * After a write that changes a triage input (a decision, a plan change, a
 * medication, a message), the patient's triage row is recomputed in the same
 * transaction by the summaries module that owns it.
 */
export async function refreshSummary(tx: Executor, patient: PatientKey, today: string): Promise<void> {
  await refreshPatientSummary(tx, patient.orgId, patient.id, today);
}
