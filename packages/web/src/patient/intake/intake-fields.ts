import type { Intake } from '@backplan/clinical/assessment/intake-schema';

/**
 * The yes/no sections of the clinical intake (packages/clinical/src/assessment/intake-sections.ts),
 * in the order the wizard asks them. Typed as records over the schema's own keys, so a field
 * added to or removed from the clinical schema breaks this file's type check, not the intake.
 */

type Section<K extends keyof Intake> = Record<keyof NonNullable<Intake[K]>, true>;

/**
 * Cauda equina features (clinical.md §4.1, BASS 2018: any one means suspect CES). Asked first;
 * a yes stops the wizard on the emergency screen at once.
 */
export const EMERGENCY_RED_FLAG_FIELDS = [
  'newDifficultyPassingUrine',
  'newUrinaryRetention',
  'newUrinaryIncontinence',
  'newSaddleNumbness',
  'newBowelIncontinenceOrLossOfRectalSensation',
  'newSexualDysfunction',
  'bilateralLegPain',
  'weaknessInBothLegs',
] as const;

const RED_FLAGS: Section<'redFlagSymptoms'> = {
  newDifficultyPassingUrine: true,
  newUrinaryRetention: true,
  newUrinaryIncontinence: true,
  newSaddleNumbness: true,
  newBowelIncontinenceOrLossOfRectalSensation: true,
  newSexualDysfunction: true,
  bilateralLegPain: true,
  weaknessInBothLegs: true,
  progressiveLegWeakness: true,
  footDrop: true,
  gaitDisturbance: true,
  historyOfCancer: true,
  unexplainedWeightLoss: true,
  nightPainUnrelievedByPosition: true,
  thoracicPain: true,
  feverOrChills: true,
  feelsSystemicallyUnwell: true,
  intravenousDrugUse: true,
  immunosuppression: true,
  recentBacterialInfectionOrPenetratingWound: true,
  spinalSurgeryInPastYear: true,
  majorTrauma: true,
  minorTraumaOrStrenuousLifting: true,
  knownOsteoporosis: true,
  prolongedCorticosteroidUse: true,
  atheroscleroticDisease: true,
  painAtRestOrAtNight: true,
};

const RADICULAR: Section<'radicularSymptoms'> = {
  legPainBelowKneeWorseThanBackPain: true,
  dermatomalLegPain: true,
  legNumbnessOrPinsAndNeedles: true,
  legWeakness: true,
};

const INFLAMMATORY: Section<'inflammatoryFeatures'> = {
  onsetBeforeAge40: true,
  insidiousOnset: true,
  improvesWithExercise: true,
  noImprovementWithRest: true,
  nightPainImprovesOnGettingUp: true,
  uveitis: true,
  psoriasis: true,
  inflammatoryBowelDisease: true,
  familyHistoryOfSpondyloarthritis: true,
};

type PsychosocialYesNo = Exclude<keyof NonNullable<Intake['psychosocial']>, 'workStatus'>;

const PSYCHOSOCIAL: Record<PsychosocialYesNo, true> = {
  fearOfMovement: true,
  believesPainMeansHarm: true,
  catastrophising: true,
  avoidingActivityOrProlongedRest: true,
  poorSleep: true,
  moreAlcoholOrDrugsSinceOnset: true,
  socialWithdrawal: true,
  expectsPassiveTreatmentOnly: true,
  noOneToTalkTo: true,
  heavyOrMonotonousWork: true,
  lowJobSatisfaction: true,
  unsupportiveEmployer: true,
  compensationClaim: true,
  disputeOrLitigation: true,
};

/** Work questions are asked only of people in or off work (the others do not apply). */
export const WORK_FIELDS: readonly PsychosocialYesNo[] = [
  'heavyOrMonotonousWork',
  'lowJobSatisfaction',
  'unsupportiveEmployer',
];

export type FlagSection = 'redFlagSymptoms' | 'radicularSymptoms' | 'inflammatoryFeatures' | 'psychosocial';

const emergency = new Set<string>(EMERGENCY_RED_FLAG_FIELDS);
export const OTHER_RED_FLAG_FIELDS = Object.keys(RED_FLAGS).filter((field) => !emergency.has(field));
export const RADICULAR_FIELDS = Object.keys(RADICULAR);
export const INFLAMMATORY_FIELDS = Object.keys(INFLAMMATORY);
export const PSYCHOSOCIAL_FIELDS = Object.keys(PSYCHOSOCIAL).filter(
  (field) => !(WORK_FIELDS as readonly string[]).includes(field),
);

export const WORK_STATUSES = [
  'working',
  'off-work-because-of-back-pain',
  'not-working-for-other-reasons',
  'retired',
  'student',
] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

/** "How long have you had this back pain?" answers, as weeks for the intake's painDurationWeeks. */
export const DURATION_WEEKS = {
  'under-6-weeks': 4,
  '6-to-12-weeks': 9,
  '3-to-6-months': 18,
  '6-to-12-months': 39,
  '1-to-2-years': 78,
  'over-2-years': 130,
} as const;
export type DurationChoice = keyof typeof DURATION_WEEKS;
