import { GAD_2, GAD_7 } from '../../instruments/gad';
import { ODI } from '../../instruments/odi';
import { PHQ_2, PHQ_9 } from '../../instruments/phq';
import { STARTBACK } from '../../instruments/startback';
import type { InstrumentDefinition } from '../../instruments/types';
import type { Intake } from '../intake-schema';

/**
 * Test support: builds valid intakes from a quiet baseline (a 45-year-old with 20 weeks of back
 * pain, every red-flag, radicular and inflammatory question answered "no", no instruments) plus
 * the few fields a test cares about.
 */
export const NO_RED_FLAG_SYMPTOMS: Intake['redFlagSymptoms'] = {
  newDifficultyPassingUrine: false,
  newUrinaryRetention: false,
  newUrinaryIncontinence: false,
  newSaddleNumbness: false,
  newBowelIncontinenceOrLossOfRectalSensation: false,
  newSexualDysfunction: false,
  bilateralLegPain: false,
  weaknessInBothLegs: false,
  progressiveLegWeakness: false,
  footDrop: false,
  gaitDisturbance: false,
  historyOfCancer: false,
  unexplainedWeightLoss: false,
  nightPainUnrelievedByPosition: false,
  thoracicPain: false,
  feverOrChills: false,
  feelsSystemicallyUnwell: false,
  intravenousDrugUse: false,
  immunosuppression: false,
  recentBacterialInfectionOrPenetratingWound: false,
  spinalSurgeryInPastYear: false,
  majorTrauma: false,
  minorTraumaOrStrenuousLifting: false,
  knownOsteoporosis: false,
  prolongedCorticosteroidUse: false,
  atheroscleroticDisease: false,
  painAtRestOrAtNight: false,
};

export const NO_RADICULAR_SYMPTOMS: Intake['radicularSymptoms'] = {
  legPainBelowKneeWorseThanBackPain: false,
  dermatomalLegPain: false,
  legNumbnessOrPinsAndNeedles: false,
  legWeakness: false,
};

export const NO_INFLAMMATORY_FEATURES: Intake['inflammatoryFeatures'] = {
  onsetBeforeAge40: false,
  insidiousOnset: false,
  improvesWithExercise: false,
  noImprovementWithRest: false,
  nightPainImprovesOnGettingUp: false,
  uveitis: false,
  psoriasis: false,
  inflammatoryBowelDisease: false,
  familyHistoryOfSpondyloarthritis: false,
};

export type IntakeOverrides = Partial<
  Omit<Intake, 'redFlagSymptoms' | 'radicularSymptoms' | 'inflammatoryFeatures'>
> & {
  readonly redFlagSymptoms?: Partial<Intake['redFlagSymptoms']>;
  readonly radicularSymptoms?: Partial<Intake['radicularSymptoms']>;
  readonly inflammatoryFeatures?: Partial<Intake['inflammatoryFeatures']>;
};

export function buildIntake(overrides: IntakeOverrides = {}): Intake {
  const {
    redFlagSymptoms,
    radicularSymptoms,
    inflammatoryFeatures,
    painStartedOn,
    painDurationWeeks,
    ...rest
  } = overrides;
  const duration =
    painStartedOn !== undefined ? { painStartedOn } : { painDurationWeeks: painDurationWeeks ?? 20 };
  return {
    assessedOn: '2025-03-10',
    ageYears: 45,
    sex: 'female',
    instruments: {},
    ...duration,
    ...rest,
    redFlagSymptoms: { ...NO_RED_FLAG_SYMPTOMS, ...redFlagSymptoms },
    radicularSymptoms: { ...NO_RADICULAR_SYMPTOMS, ...radicularSymptoms },
    inflammatoryFeatures: { ...NO_INFLAMMATORY_FEATURES, ...inflammatoryFeatures },
  };
}

/** Answers whose values are `values`, in item order. */
export function answersInOrder(
  definition: InstrumentDefinition,
  values: readonly number[],
): Record<string, number> {
  return Object.fromEntries(definition.items.map((item, index) => [item.id, values[index] ?? 0]));
}

/** STarT Back with the listed items (1–8) agreed and item 9 at `bothersomeness` (0–4). */
export function startBack(agreedPositions: readonly number[], bothersomeness = 0): Record<string, number> {
  const agreement = [1, 2, 3, 4, 5, 6, 7, 8].map((position): number =>
    agreedPositions.includes(position) ? 1 : 0,
  );
  return answersInOrder(STARTBACK, [...agreement, bothersomeness]);
}

export const phq2 = (values: readonly number[]) => answersInOrder(PHQ_2, values);
export const phq9 = (values: readonly number[]) => answersInOrder(PHQ_9, values);
export const gad2 = (values: readonly number[]) => answersInOrder(GAD_2, values);
export const gad7 = (values: readonly number[]) => answersInOrder(GAD_7, values);
export const odi = (values: readonly number[]) => answersInOrder(ODI, values);

export function peg(pain: number, enjoyment: number, activity: number): Record<string, number> {
  return { 'pain-average': pain, 'enjoyment-interference': enjoyment, 'activity-interference': activity };
}
