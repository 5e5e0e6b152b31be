import type { Intake } from '../assessment/intake-schema';
import type { IsoDate, PainPhenotype, StartBackRiskGroup } from '../core/vocabulary';
import { addDays } from '../outcomes/dates';
import { buildIntake, type SimulatedRedFlag } from './intake';
import { BASELINE_PAIN_RANGE, nonResponseRisk, timeCourse } from './model';
import type { SimulationParameters } from './parameter-types';
import { DEFAULT_PARAMETERS } from './parameters';
import { createRandom, type Random } from './random';

/**
 * The synthetic cohort: pure and seeded. Patient i of seed s is always the same person,
 * whatever the cohort size, because each patient draws from their own stream (seed, i).
 */

export type AdherenceTrajectory = 'stable' | 'declining' | 'improving';

export interface PatientTraits {
  readonly ageYears: number;
  readonly sex: 'female' | 'male';
  /** The phenotype the intake answers aim at; assess() decides the recorded one. */
  readonly targetPhenotype: PainPhenotype;
  readonly targetRiskGroup: StartBackRiskGroup;
  /** Continuous baseline pain (the intake NRS is this, rounded). */
  readonly baselinePain: number;
  readonly phq9Total: number;
  readonly depressed: boolean;
  readonly selfHarm: boolean;
  readonly redFlag: SimulatedRedFlag | null;
  /** Whether the patient's pain responds to care (the mixture component, clinical.md §6.1, §6.3). */
  readonly responder: boolean;
  /** The patient's own fall in pain by week 52, as a fraction of baseline (negative: worse). */
  readonly fall: number;
  /** Session probability at the start of care (clinical.md §6.2). */
  readonly adherenceBase: number;
  readonly adherenceTrajectory: AdherenceTrajectory;
  /** Flares per year (Poisson rate). */
  readonly flareRate: number;
}

export interface SyntheticPatient {
  /** Stable within a seed: `<seed>-<index>`. */
  readonly key: string;
  readonly index: number;
  readonly seed: number;
  readonly startDate: IsoDate;
  readonly traits: PatientTraits;
  /** The intake the real assess() takes. */
  readonly intake: Intake;
}

export interface CohortOptions {
  readonly size: number;
  readonly seed: number;
  /** Day of the first intake; patients start on different days within `enrolmentDays`. */
  readonly startDate: IsoDate;
  /** Intakes are spread evenly over this many days (0: all on startDate). */
  readonly enrolmentDays?: number;
  readonly parameters?: SimulationParameters;
  /**
   * Adjusts a patient's traits before their intake is built (the demo clinic uses it to make sure
   * a small clinic has a self-harm answer and a red flag to triage). Must be pure.
   */
  readonly adjustTraits?: (index: number, traits: PatientTraits) => PatientTraits;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function drawRedFlag(parameters: SimulationParameters, random: Random): SimulatedRedFlag | null {
  if (!random.chance(parameters.cohort.redFlagShare.value)) return null;
  return random.weighted({ 'cauda-equina': 0.4, malignancy: 0.35, infection: 0.25 });
}

function drawTraits(parameters: SimulationParameters, random: Random): PatientTraits {
  const { cohort, response, adherence, flares } = parameters;
  const course = timeCourse(parameters.timeCourse.meanPain.value);
  const targetPhenotype = random.weighted(cohort.phenotypeShares.value);
  // Inflammatory back pain begins before 40 (ASAS), so those patients are younger.
  const ageMean = targetPhenotype === 'inflammatory' ? 34 : cohort.ageMean.value;
  const ageYears = Math.round(clamp(random.normal(ageMean, cohort.ageSd.value), 18, 85));
  const sex = random.chance(cohort.femaleShare.value) ? 'female' : 'male';
  const targetRiskGroup = random.weighted(cohort.riskShares.value);
  const baselinePain = clamp(
    random.normal(course.baselineMean, cohort.baselinePainSd.value),
    BASELINE_PAIN_RANGE.min,
    BASELINE_PAIN_RANGE.max,
  );
  const depressed = random.chance(cohort.depressedShare.value);
  const phq9Total = depressed ? random.integer(10, 20) : random.integer(0, 9);
  const selfHarm = random.chance(cohort.selfHarmShare.value);
  const risk = nonResponseRisk(parameters, { baselinePain, riskGroup: targetRiskGroup, depressed });
  const responder = !random.chance(risk);
  const fall = responder
    ? clamp(random.normal(response.responderMeanFall.value, response.responderFallSd.value), 0.2, 0.97)
    : clamp(random.normal(response.nonResponderMeanFall.value, response.nonResponderFallSd.value), -0.4, 0.5);
  const adherenceBase = clamp(random.normal(adherence.meanRate.value, adherence.sdRate.value), 0.02, 1);
  return {
    ageYears,
    sex,
    targetPhenotype,
    targetRiskGroup,
    baselinePain,
    phq9Total,
    depressed,
    selfHarm,
    redFlag: drawRedFlag(parameters, random),
    responder,
    fall,
    adherenceBase,
    adherenceTrajectory: random.weighted(adherence.trajectoryShares.value),
    flareRate: -Math.log(1 - flares.annualProbability.value),
  };
}

/** One patient of the cohort; `generateCohort` is this for every index. */
export function generatePatient(index: number, options: CohortOptions): SyntheticPatient {
  const parameters = options.parameters ?? DEFAULT_PARAMETERS;
  const random = createRandom(options.seed).fork(`patient:${index}`);
  const drawn = drawTraits(parameters, random);
  const traits = options.adjustTraits ? options.adjustTraits(index, drawn) : drawn;
  const spread = options.enrolmentDays ?? 0;
  const startDate =
    spread > 0 ? addDays(options.startDate, Math.floor((index * spread) / options.size)) : options.startDate;
  // Most patients in a chronic-pain programme have had pain for more than 12 weeks (ACP 2017 definitions).
  // Inflammatory criteria apply only after 12 weeks (ASAS), so those patients are always chronic.
  const subacute = traits.targetPhenotype !== 'inflammatory' && random.chance(0.1);
  const painDurationWeeks = subacute ? random.integer(6, 12) : random.integer(13, 260);
  const intake = buildIntake(
    {
      assessedOn: startDate,
      ageYears: traits.ageYears,
      sex: traits.sex,
      phenotype: traits.targetPhenotype,
      riskGroup: traits.targetRiskGroup,
      baselinePain: traits.baselinePain,
      phq9Total: traits.phq9Total,
      selfHarm: traits.selfHarm,
      redFlag: traits.redFlag,
      painDurationWeeks,
    },
    random,
  );
  return { key: `${options.seed}-${index}`, index, seed: options.seed, startDate, traits, intake };
}

export function generateCohort(options: CohortOptions): SyntheticPatient[] {
  if (!Number.isInteger(options.size) || options.size < 0) {
    throw new RangeError('The cohort size must be a whole number, 0 or more');
  }
  return Array.from({ length: options.size }, (_, index) => generatePatient(index, options));
}
