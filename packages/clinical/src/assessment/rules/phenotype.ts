import type { Citation } from '../../core/sources';
import type { PainPhenotype } from '../../core/vocabulary';
import type { AssessmentConfig } from '../config';
import type { Intake } from '../intake-schema';
import { IBP_RULE, type IbpEvaluation } from './inflammatory';
import { defineRule } from './rule';

/**
 * Our own radicular items (clinical.md §3.7 product suggestion, tagged [K]): phenotype nerve-root
 * pain from dermatomal leg pain below the knee, neurological symptoms and a positive straight-leg
 * raise. painDETECT and DN4 are licensed and detect a neuropathic component, not radiculopathy.
 */
export const RADICULAR_RULE = defineRule({
  id: 'phenotype.radicular-component',
  description:
    'Radicular component when at least 2 radicular features are present and at least one is a leg-pain distribution (pain below the knee worse than back pain, or dermatomal leg pain). Features: those two, leg numbness or pins and needles, leg weakness, positive straight-leg raise.',
  evidence: 'unverified-configurable',
  citations: [
    {
      source: 'NICE_NG59',
      section:
        'Sciatica assessed and managed as its own condition (2020 update); clinical.md §3.7 features [K]',
    },
  ],
});

export const MIXED_RULE = defineRule({
  id: 'phenotype.mixed',
  description:
    'Mixed when both a radicular and an inflammatory component are present, or when a radicular component accompanies back-dominant pain (leg pain not worse than back pain).',
  evidence: 'design-decision',
  citations: [
    { source: 'NICE_NG59', section: 'Low back pain with or without sciatica' },
    { source: 'SIEPER_2009_ASAS_IBP', section: 'IBP criteria' },
  ],
});

export const MECHANICAL_RULE = defineRule({
  id: 'phenotype.mechanical-default',
  description:
    'Mechanical (non-specific) when neither a radicular nor an inflammatory component is present: no specific nociceptive cause is found in nearly everyone with low back pain.',
  evidence: 'verified',
  citations: [{ source: 'HARTVIGSEN_2018', section: 'A specific cause cannot be found for nearly everyone' }],
});

/** One component considered when choosing the phenotype, with the features that were looked at. */
export interface PhenotypeEvidence {
  readonly component: 'radicular' | 'inflammatory' | 'mechanical';
  readonly present: boolean;
  /** Features found for this component (feature ids). */
  readonly features: readonly string[];
  readonly summary: string;
  readonly ruleId: string;
  readonly citations: readonly Citation[];
}

export interface PhenotypeDecision {
  readonly phenotype: PainPhenotype;
  readonly ruleId: string;
  readonly evidence: readonly PhenotypeEvidence[];
}

const DISTRIBUTION_FEATURES = ['leg-pain-below-knee-worse-than-back-pain', 'dermatomal-leg-pain'];

function radicularFeatures(intake: Intake): string[] {
  const symptoms = intake.radicularSymptoms;
  return [
    symptoms.legPainBelowKneeWorseThanBackPain ? 'leg-pain-below-knee-worse-than-back-pain' : null,
    symptoms.dermatomalLegPain ? 'dermatomal-leg-pain' : null,
    symptoms.legNumbnessOrPinsAndNeedles ? 'leg-numbness-or-pins-and-needles' : null,
    symptoms.legWeakness ? 'leg-weakness' : null,
    intake.clinicianFindings?.straightLegRaise === 'positive' ? 'positive-straight-leg-raise' : null,
  ].filter((feature): feature is string => feature !== null);
}

function radicularEvidence(intake: Intake, config: AssessmentConfig): PhenotypeEvidence {
  const features = radicularFeatures(intake);
  const hasDistribution = features.some((feature) => DISTRIBUTION_FEATURES.includes(feature));
  const present = features.length >= config.radicularMinimumFeatures && hasDistribution;
  const summary = present
    ? `${features.length} radicular features including a leg-pain distribution`
    : `${features.length} radicular feature(s); needs ${config.radicularMinimumFeatures} including a leg-pain distribution`;
  return {
    component: 'radicular',
    present,
    features,
    summary,
    ruleId: RADICULAR_RULE.id,
    citations: RADICULAR_RULE.citations,
  };
}

function inflammatoryEvidence(ibp: IbpEvaluation): PhenotypeEvidence {
  const summary = !ibp.applicable
    ? 'Not applicable: IBP criteria apply to back pain lasting more than 12 weeks'
    : `${ibp.criteriaMet.length} of 5 ASAS criteria met (4 needed)`;
  return {
    component: 'inflammatory',
    present: ibp.positive,
    features: [...ibp.criteriaMet, ...ibp.extraSpinalFeatures],
    summary,
    ruleId: IBP_RULE.id,
    citations: IBP_RULE.citations,
  };
}

/** Chooses the phenotype and keeps the evidence for each component (clinical.md §1, §3.7, §3.8). */
export function decidePhenotype(
  intake: Intake,
  ibp: IbpEvaluation,
  config: AssessmentConfig,
): PhenotypeDecision {
  const radicular = radicularEvidence(intake, config);
  const inflammatory = inflammatoryEvidence(ibp);
  const legDominant = intake.radicularSymptoms.legPainBelowKneeWorseThanBackPain;
  const components = [radicular, inflammatory];
  if (radicular.present && inflammatory.present) {
    return { phenotype: 'mixed', ruleId: MIXED_RULE.id, evidence: components };
  }
  if (radicular.present) {
    return legDominant
      ? { phenotype: 'radicular', ruleId: RADICULAR_RULE.id, evidence: components }
      : { phenotype: 'mixed', ruleId: MIXED_RULE.id, evidence: components };
  }
  if (inflammatory.present) return { phenotype: 'inflammatory', ruleId: IBP_RULE.id, evidence: components };
  const mechanical: PhenotypeEvidence = {
    component: 'mechanical',
    present: true,
    features: [],
    summary: 'No radicular or inflammatory component: non-specific (mechanical) low back pain',
    ruleId: MECHANICAL_RULE.id,
    citations: MECHANICAL_RULE.citations,
  };
  return { phenotype: 'mechanical', ruleId: MECHANICAL_RULE.id, evidence: [...components, mechanical] };
}
