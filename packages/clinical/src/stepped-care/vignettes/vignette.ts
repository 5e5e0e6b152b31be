import type { RedFlagAction, RedFlagCondition } from '../../core/vocabulary';
import type { MedicationRuleId } from '../../medications/medication-rules';
import type { PatientState } from '../patient-state';
import type { SteppedCareRuleId } from '../rules';

/** A clinical vignette: a patient state and the exact set of cards (by rule id) it must produce. */
export interface Vignette {
  readonly id: string;
  readonly title: string;
  readonly state: PatientState;
  readonly expected: readonly (SteppedCareRuleId | MedicationRuleId)[];
}

/** A red-flag finding as the assessment reports it (clinical.md §4.1). */
export function redFlag(condition: RedFlagCondition, action: RedFlagAction) {
  return {
    condition,
    action,
    triggeredBy: [`${condition}-feature`],
    clinicianAction: action === 'emergency' ? 'Send to the Emergency Department.' : 'Same-day review.',
    patientAction: action === 'emergency' ? 'Go to the Emergency Department now.' : 'See a clinician today.',
    citations: [{ source: 'AHCPR_1994_RED_FLAGS' as const, section: 'red-flag table' }],
  };
}
