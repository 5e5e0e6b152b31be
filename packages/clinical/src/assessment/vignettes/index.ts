import { OTHER_RED_FLAG_VIGNETTES } from './other-red-flag-vignettes';
import { PHENOTYPE_VIGNETTES } from './phenotype-vignettes';
import { RED_FLAG_VIGNETTES } from './red-flag-vignettes';
import { SCREENING_VIGNETTES } from './screening-vignettes';
import type { AssessmentVignette } from './vignette';

export type { AssessmentVignette } from './vignette';

/** Every assessment vignette, for the table-driven test. */
export const ASSESSMENT_VIGNETTES: readonly AssessmentVignette[] = [
  ...RED_FLAG_VIGNETTES,
  ...OTHER_RED_FLAG_VIGNETTES,
  ...PHENOTYPE_VIGNETTES,
  ...SCREENING_VIGNETTES,
];
