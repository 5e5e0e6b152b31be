import { recommend } from '@backplan/clinical/stepped-care/index';
import type { Executor } from '../../db/client';
import { buildPatientState } from '../clinician/patient-state';
import { loadStateInput } from '../clinician/record-state-read';
import type { PatientRecord } from '../organisations/repository';

/**
 * The patient-facing side of the stepped-care decision cards: the same
 * `recommend(state)` the clinician sees, built from the stored record by the
 * clinician module's PatientState builder, showing only each card's patient
 * text (plain language, never a medicine instruction — enforced by the clinical
 * package's patient-text checker). No state (no assessment or plan yet, or a
 * record the engine cannot read) means no cards, never an error.
 */
export interface PatientCard {
  readonly ruleId: string;
  readonly severity: 'info' | 'warning' | 'critical';
  readonly summary: string;
  readonly detail: string;
}

export async function patientCards(
  tx: Executor,
  patient: PatientRecord,
  today: string,
): Promise<PatientCard[]> {
  const { state } = buildPatientState(await loadStateInput(tx, patient, today));
  if (!state) return [];
  return recommend(state).map((card) => ({
    ruleId: card.ruleId,
    severity: card.severity,
    summary: card.patient.summary,
    detail: card.patient.detail,
  }));
}
