import type { AssessmentConfig } from '../config';
import type { Intake } from '../intake-schema';

/**
 * Red-flag features as kebab-case ids (`newUrinaryRetention` → `new-urinary-retention`), the form
 * `RedFlagFinding.triggeredBy` uses. Derived features (ages) carry their threshold in the id so
 * the finding reads on its own, e.g. `onset-after-age-50`.
 */
export function featureId(fieldName: string): string {
  return fieldName
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([a-z])([0-9])/g, '$1-$2')
    .toLowerCase();
}

/** Weeks per year, for age at onset from the current age and the episode's duration. */
const WEEKS_PER_YEAR = 52.1775;

type Flags = Readonly<Record<string, boolean | string | number | undefined>>;

function presentBooleans(section: Flags | undefined): string[] {
  if (section === undefined) return [];
  return Object.entries(section)
    .filter(([, value]) => value === true)
    .map(([field]) => featureId(field));
}

/** The features present in an intake: answered "yes", found on examination, or derived from age. */
export function presentFeatures(
  intake: Intake,
  durationWeeks: number,
  config: AssessmentConfig,
): ReadonlySet<string> {
  const ageAtOnset = intake.ageYears - durationWeeks / WEEKS_PER_YEAR;
  const derived = [
    ageAtOnset > config.malignancyOnsetAgeAbove ? `onset-after-age-${config.malignancyOnsetAgeAbove}` : null,
    ageAtOnset < config.malignancyOnsetAgeBelow ? `onset-before-age-${config.malignancyOnsetAgeBelow}` : null,
    intake.ageYears > config.fractureOlderAgeYears ? `age-over-${config.fractureOlderAgeYears}` : null,
    intake.ageYears > config.aorticAneurysmAgeAbove ? `age-over-${config.aorticAneurysmAgeAbove}` : null,
  ].filter((id): id is string => id !== null);
  const {
    straightLegRaise: _slr,
    directionalPreference: _dp,
    odiPercent: _odi,
    rmdqTotal: _rmdq,
    ...examFindings
  } = intake.clinicianFindings ?? {};
  return new Set([
    ...presentBooleans(intake.redFlagSymptoms),
    ...presentBooleans(intake.radicularSymptoms),
    ...presentBooleans(examFindings),
    ...derived,
  ]);
}

/** Features of each red-flag condition, as listed in clinical.md §4.1. */
export const CAUDA_EQUINA_FEATURES = [
  'new-difficulty-passing-urine',
  'new-urinary-retention',
  'new-urinary-incontinence',
  'new-saddle-numbness',
  'new-bowel-incontinence-or-loss-of-rectal-sensation',
  'new-sexual-dysfunction',
  'bilateral-leg-pain',
  'weakness-in-both-legs',
  'lax-anal-sphincter',
] as const;

export const PROGRESSIVE_DEFICIT_FEATURES = [
  'progressive-leg-weakness',
  'foot-drop',
  'gait-disturbance',
  'upper-motor-neuron-signs',
  'widespread-neurological-signs',
] as const;

/** Any neurological symptom or sign: with suspected malignancy these make it an MSCC emergency. */
export const NEUROLOGICAL_FEATURES = [
  ...CAUDA_EQUINA_FEATURES,
  ...PROGRESSIVE_DEFICIT_FEATURES,
  'leg-weakness',
  'leg-numbness-or-pins-and-needles',
] as const;

export const INFECTION_SYSTEMIC_FEATURES = [
  'fever-or-chills',
  'feels-systemically-unwell',
  'raised-inflammatory-markers',
] as const;

export const INFECTION_RISK_FACTORS = [
  'intravenous-drug-use',
  'immunosuppression',
  'recent-bacterial-infection-or-penetrating-wound',
  'spinal-surgery-in-past-year',
] as const;

/** Which of `candidates` are present, in the order listed. */
export function presentAmong(features: ReadonlySet<string>, candidates: readonly string[]): string[] {
  return candidates.filter((candidate) => features.has(candidate));
}
