import { DECISION_POINT_VIGNETTES } from './decision-points';
import { MEDICATION_VIGNETTES } from './medications';
import { NEXT_STEP_VIGNETTES } from './next-steps';
import { TRIAGE_AND_STEP1_VIGNETTES } from './triage-and-step1';
import type { Vignette } from './vignette';

/** Every clinical vignette, in id order. Used by the table-driven test and the coverage test. */
export const VIGNETTES: readonly Vignette[] = [
  ...TRIAGE_AND_STEP1_VIGNETTES,
  ...DECISION_POINT_VIGNETTES,
  ...NEXT_STEP_VIGNETTES,
  ...MEDICATION_VIGNETTES,
];

export type { Vignette } from './vignette';
