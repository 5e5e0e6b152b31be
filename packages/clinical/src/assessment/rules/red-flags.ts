import type { Citation } from '../../core/sources';
import { RED_FLAG_ACTION_RANK, type RedFlagAction, type RedFlagCondition } from '../../core/vocabulary';
import type { AssessmentConfig } from '../config';
import type { IbpEvaluation } from './inflammatory';
import {
  CAUDA_EQUINA_FEATURES,
  INFECTION_RISK_FACTORS,
  INFECTION_SYSTEMIC_FEATURES,
  NEUROLOGICAL_FEATURES,
  PROGRESSIVE_DEFICIT_FEATURES,
  presentAmong,
} from './red-flag-features';
import { RED_FLAG_RULES, type RedFlagRuleId } from './red-flag-rules';

/** What a red-flag rule found, before clinician clearance is applied. */
export interface RedFlagDetection {
  readonly ruleId: RedFlagRuleId;
  readonly condition: RedFlagCondition;
  readonly action: RedFlagAction;
  readonly triggeredBy: readonly string[];
  readonly citations: readonly Citation[];
}

export interface RedFlagInputs {
  readonly features: ReadonlySet<string>;
  readonly ibp: IbpEvaluation;
  readonly config: AssessmentConfig;
}

function detection(ruleId: RedFlagRuleId, triggeredBy: readonly string[]): RedFlagDetection {
  const rule = RED_FLAG_RULES[ruleId];
  return { ruleId, condition: rule.condition, action: rule.action, triggeredBy, citations: rule.citations };
}

/** Any one cauda equina feature is enough (BASS 2018: "any … means suspect CES"). */
function caudaEquina({ features }: RedFlagInputs): RedFlagDetection | null {
  const found = presentAmong(features, CAUDA_EQUINA_FEATURES);
  return found.length > 0 ? detection('red-flag.cauda-equina', found) : null;
}

function progressiveDeficit({ features }: RedFlagInputs): RedFlagDetection | null {
  const found = presentAmong(features, PROGRESSIVE_DEFICIT_FEATURES);
  return found.length > 0 ? detection('red-flag.progressive-neurological-deficit', found) : null;
}

/**
 * History of cancer fires on its own: it is the one informative malignancy flag (Downie 2013).
 * Without it, the weaker features must co-occur. Any neurological symptom or sign turns the flag
 * into an emergency (suspected metastatic spinal cord compression).
 */
function malignancy({ features, config }: RedFlagInputs): RedFlagDetection | null {
  const others = presentAmong(features, [
    'unexplained-weight-loss',
    `onset-after-age-${config.malignancyOnsetAgeAbove}`,
    `onset-before-age-${config.malignancyOnsetAgeBelow}`,
    'night-pain-unrelieved-by-position',
    'thoracic-pain',
    'structural-deformity',
  ]);
  const cancer = features.has('history-of-cancer');
  if (!cancer && others.length < config.malignancyMinimumOtherFeatures) return null;
  const triggeredBy = [...(cancer ? ['history-of-cancer'] : []), ...others];
  const neurology = presentAmong(features, NEUROLOGICAL_FEATURES);
  return neurology.length > 0
    ? detection('red-flag.malignancy-with-neurology', [...triggeredBy, ...neurology])
    : detection('red-flag.malignancy', triggeredBy);
}

/** Fever, systemic illness or raised markers fire; otherwise risk factors must co-occur. */
function infection({ features, config }: RedFlagInputs): RedFlagDetection | null {
  const systemic = presentAmong(features, INFECTION_SYSTEMIC_FEATURES);
  const risks = presentAmong(features, INFECTION_RISK_FACTORS);
  if (systemic.length === 0 && risks.length < config.infectionMinimumRiskFactorsAlone) return null;
  return detection('red-flag.infection', [...systemic, ...risks]);
}

/**
 * Major trauma → Emergency Department. Otherwise the informative flags (Downie 2013): prolonged
 * corticosteroids, contusion or abrasion, or minor trauma / strenuous lifting in someone older or
 * with osteoporosis (clinical.md §4.1). Older age alone only adds weight.
 */
function fracture({ features, config }: RedFlagInputs): RedFlagDetection | null {
  const olderAge = `age-over-${config.fractureOlderAgeYears}`;
  const supporting = presentAmong(features, [olderAge, 'known-osteoporosis']);
  if (features.has('major-trauma')) {
    return detection('red-flag.fracture-major-trauma', ['major-trauma', ...supporting]);
  }
  const direct = presentAmong(features, ['prolonged-corticosteroid-use', 'contusion-or-abrasion']);
  const fragilityInjury = features.has('minor-trauma-or-strenuous-lifting') && supporting.length > 0;
  if (direct.length === 0 && !fragilityInjury) return null;
  const injury = fragilityInjury ? ['minor-trauma-or-strenuous-lifting'] : [];
  return detection('red-flag.fracture', [...direct, ...injury, ...supporting]);
}

/**
 * A pulsatile abdominal mass with back pain is treated as a symptomatic aneurysm (emergency).
 * Without one, age over 60 with atherosclerotic disease and pain at rest or at night asks for a
 * same-day review (clinical.md §4.1; the pathway is [K]).
 */
function aorticAneurysm({ features, config }: RedFlagInputs): RedFlagDetection | null {
  const profile = [
    `age-over-${config.aorticAneurysmAgeAbove}`,
    'atherosclerotic-disease',
    'pain-at-rest-or-at-night',
  ];
  const present = presentAmong(features, profile);
  if (features.has('pulsatile-abdominal-mass')) {
    return detection('red-flag.aortic-aneurysm-pulsatile-mass', ['pulsatile-abdominal-mass', ...present]);
  }
  return present.length === profile.length ? detection('red-flag.aortic-aneurysm', present) : null;
}

/** Positive ASAS IBP criteria → rheumatology referral; extra-spinal features are listed with them. */
function axialSpondyloarthritis({ ibp }: RedFlagInputs): RedFlagDetection | null {
  if (!ibp.positive) return null;
  return detection('red-flag.axial-spondyloarthritis', [...ibp.criteriaMet, ...ibp.extraSpinalFeatures]);
}

const DETECTORS = [
  caudaEquina,
  progressiveDeficit,
  malignancy,
  infection,
  fracture,
  aorticAneurysm,
  axialSpondyloarthritis,
] as const;

/** Every red flag that fires, most serious action first (an emergency always outranks the rest). */
export function detectRedFlags(inputs: RedFlagInputs): RedFlagDetection[] {
  return DETECTORS.map((detect) => detect(inputs))
    .filter((found): found is RedFlagDetection => found !== null)
    .sort((a, b) => RED_FLAG_ACTION_RANK[b.action] - RED_FLAG_ACTION_RANK[a.action]);
}
