import { EXERCISE_TREATMENTS } from './treatments-exercise';
import { MEDICINE_TREATMENTS } from './treatments-medicines';
import { MIND_BODY_TREATMENTS } from './treatments-mind-body';
import { OPIOID_AND_OTHER_MEDICINE_TREATMENTS } from './treatments-opioids-and-others';
import { PHYSICAL_TREATMENTS } from './treatments-physical';
import { PROCEDURE_TREATMENTS } from './treatments-procedures';
import type { TreatmentEvidence } from './types';

/** "What works and what doesn't": every treatment in the guide, grouped by category. */
export const EVIDENCE_GUIDE: readonly TreatmentEvidence[] = [
  ...EXERCISE_TREATMENTS,
  ...MIND_BODY_TREATMENTS,
  ...PHYSICAL_TREATMENTS,
  ...MEDICINE_TREATMENTS,
  ...OPIOID_AND_OTHER_MEDICINE_TREATMENTS,
  ...PROCEDURE_TREATMENTS,
];

/** The guide entry with this id, or undefined. */
export function findTreatmentEvidence(treatmentId: string): TreatmentEvidence | undefined {
  return EVIDENCE_GUIDE.find((treatment) => treatment.id === treatmentId);
}
