import type { Chronicity } from '../../core/vocabulary';
import type { Intake } from '../intake-schema';
import { featureId } from './red-flag-features';
import { defineRule } from './rule';

/**
 * ASAS experts' criteria for inflammatory back pain (Sieper 2009; clinical.md §3.8): in back pain
 * lasting more than 3 months, IBP when at least 4 of 5 are present. We use the ACP chronic
 * threshold (> 12 weeks) as "more than 3 months". IBP classifies the symptom, not the disease.
 */
export const IBP_RULE = defineRule({
  id: 'phenotype.inflammatory-asas-2009',
  description:
    'Inflammatory component when back pain has lasted over 12 weeks and at least 4 of the 5 ASAS criteria are met (onset before 40, insidious onset, improves with exercise, no improvement with rest, night pain improving on getting up).',
  evidence: 'verified',
  citations: [
    {
      source: 'SIEPER_2009_ASAS_IBP',
      section: 'Table 3: ASAS experts’ criteria, ≥4 of 5 in chronic back pain',
    },
  ],
});

export const IBP_MINIMUM_CRITERIA = 4;

const ASAS_CRITERIA = [
  'onsetBeforeAge40',
  'insidiousOnset',
  'improvesWithExercise',
  'noImprovementWithRest',
  'nightPainImprovesOnGettingUp',
] as const;

const EXTRA_SPINAL_FEATURES = [
  'uveitis',
  'psoriasis',
  'inflammatoryBowelDisease',
  'familyHistoryOfSpondyloarthritis',
] as const;

export interface IbpEvaluation {
  /** False when the pain has not lasted long enough for the criteria to apply. */
  readonly applicable: boolean;
  /** Criteria met, as feature ids. */
  readonly criteriaMet: readonly string[];
  readonly positive: boolean;
  /** Extra-spinal features of spondyloarthritis present (clinical.md §4.1), as feature ids. */
  readonly extraSpinalFeatures: readonly string[];
}

export function evaluateInflammatoryBackPain(intake: Intake, chronicity: Chronicity): IbpEvaluation {
  const features = intake.inflammatoryFeatures;
  const criteriaMet = ASAS_CRITERIA.filter((criterion) => features[criterion]).map(featureId);
  const extraSpinalFeatures = EXTRA_SPINAL_FEATURES.filter((feature) => features[feature]).map(featureId);
  const applicable = chronicity === 'chronic';
  return {
    applicable,
    criteriaMet,
    positive: applicable && criteriaMet.length >= IBP_MINIMUM_CRITERIA,
    extraSpinalFeatures,
  };
}
