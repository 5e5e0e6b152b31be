import type { MedicationEntry } from '../../medications/medication-list';
import type { ClinicalProfile, OpioidSafeguards } from '../../medications/profile';
import { addDays } from '../../outcomes/dates';
import type { AdherenceRecord, PainDiaryEntry } from '../../outcomes/records';
import {
  type CareComponent,
  type MedicationTrial,
  type PatientState,
  type PatientStateInput,
  patientStateSchema,
} from '../patient-state';

type AssessmentInput = PatientStateInput['assessment'];

/**
 * Builds realistic patient states for the vignettes: a daily pain diary, one exercise
 * session a day, PEG at baseline and near the decision point, all relative to a fixed
 * "today". Every state goes through `patientStateSchema`, so the fixtures are valid input.
 */

export const TODAY = '2026-06-01';

/** The ISO date `n` days before TODAY. */
export const daysAgo = (n: number) => addDays(TODAY, -n);

export const CORE: readonly CareComponent[] = ['education', 'home-exercise', 'self-management'];

/** One diary entry a day from `fromDaysAgo` to today; pain moves linearly from `start` (at the step start) to `now`. */
export function painDiary(
  fromDaysAgo: number,
  stepStartedDaysAgo: number,
  start: number,
  now: number,
): PainDiaryEntry[] {
  return Array.from({ length: fromDaysAgo + 1 }, (_, index) => {
    const ago = fromDaysAgo - index;
    const progress = ago >= stepStartedDaysAgo ? 0 : (stepStartedDaysAgo - ago) / stepStartedDaysAgo;
    return { date: daysAgo(ago), pain: Math.round((start + (now - start) * progress) * 10) / 10 };
  });
}

/** One home-exercise session a day for the last `days` days, `rate` of them completed, spread evenly. */
export function dailySessions(days: number, rate: number): AdherenceRecord[] {
  return Array.from({ length: days }, (_, index) => ({
    date: daysAgo(days - 1 - index),
    taskId: 'home-exercise',
    impactsAdherence: true,
    completed: Math.floor((index + 1) * rate) > Math.floor(index * rate),
  }));
}

export function medication(
  drug: string,
  dose: number,
  frequency: MedicationEntry['frequency'],
  overrides: Partial<MedicationEntry> = {},
): MedicationEntry {
  return {
    drug,
    dose,
    unit: 'mg',
    frequency,
    route: 'oral',
    asNeeded: false,
    startDate: daysAgo(60),
    ...overrides,
  };
}

/** Safeguards recorded recently, so opioid monitoring cards only appear when a vignette removes one. */
export const SAFEGUARDS_UP_TO_DATE: OpioidSafeguards = {
  pdmpCheckedOn: daysAgo(10),
  urineDrugTestOn: daysAgo(30),
  naloxoneOfferedOn: daysAgo(10),
  goalsAndRisksDiscussedOn: daysAgo(60),
  lastOpioidReviewOn: daysAgo(5),
};

export interface ScenarioOptions {
  readonly step?: 1 | 2 | 3;
  readonly stepStartedDaysAgo?: number;
  readonly careStartedDaysAgo?: number;
  readonly painAtStart?: number;
  readonly painNow?: number;
  /** Share of daily sessions done over the step; null for no scheduled sessions. */
  readonly adherenceRate?: number | null;
  readonly pegAtStart?: number;
  /** PEG two days ago; defaults to `pegAtStart` once a decision point is reached, else none. */
  readonly pegNow?: number | null;
  readonly withoutDiary?: boolean;
  readonly components?: readonly CareComponent[];
  readonly assessment?: Partial<AssessmentInput>;
  readonly mood?: Partial<AssessmentInput['mood']>;
  readonly profile?: Partial<ClinicalProfile>;
  readonly medications?: readonly MedicationEntry[];
  readonly medicationTrials?: readonly MedicationTrial[];
  readonly physiotherapy?: { visitsAuthorised: number; visitsUsed: number };
  readonly opioidSafeguards?: Partial<OpioidSafeguards>;
  readonly clinicianReviews?: readonly { date: string }[];
  readonly records?: Partial<NonNullable<PatientStateInput['records']>>;
  readonly redFlagClearances?: PatientStateInput['redFlagClearances'];
}

export function scenario(options: ScenarioOptions = {}): PatientState {
  const stepStartedDaysAgo = options.stepStartedDaysAgo ?? 20;
  const careStartedDaysAgo = options.careStartedDaysAgo ?? stepStartedDaysAgo;
  const painAtStart = options.painAtStart ?? 6;
  const painNow = options.painNow ?? painAtStart;
  const pegAtStart = options.pegAtStart ?? 6;
  const pegNow =
    options.pegNow === undefined ? (stepStartedDaysAgo >= 42 ? pegAtStart : null) : options.pegNow;
  const adherenceRate = options.adherenceRate === undefined ? 0.8 : options.adherenceRate;
  const assessedOn = daysAgo(careStartedDaysAgo + 1);
  const assessment: AssessmentInput = {
    assessedOn,
    chronicity: 'chronic',
    phenotype: 'mechanical',
    directionalPreference: null,
    riskGroup: 'low',
    redFlags: [],
    baseline: { painNrs: painAtStart, peg: pegAtStart, odi: 30, rmdq: 10 },
    programmeEligibility: { eligible: true, requiredAction: null, reasons: [] },
    ...options.assessment,
    mood: {
      phq2Total: 1,
      phq9Total: 4,
      phq9Item9: 0,
      gad2Total: 1,
      gad7Total: 3,
      selfHarmSafetyFlag: false,
      ...options.mood,
    },
  };
  const input: PatientStateInput = {
    today: TODAY,
    assessment,
    profile: { age: 45, ...options.profile },
    currentStep: {
      step: options.step ?? 1,
      startedOn: daysAgo(stepStartedDaysAgo),
      careStartedOn: daysAgo(careStartedDaysAgo),
      components: (options.components ?? CORE).map((kind) => ({
        kind,
        startedOn: daysAgo(stepStartedDaysAgo),
      })),
    },
    records: {
      painDiary: options.withoutDiary
        ? []
        : painDiary(stepStartedDaysAgo + 7, stepStartedDaysAgo, painAtStart, painNow),
      peg: [
        { date: assessedOn, score: pegAtStart },
        ...(pegNow === null ? [] : [{ date: daysAgo(2), score: pegNow }]),
      ],
      adherence: adherenceRate === null ? [] : dailySessions(stepStartedDaysAgo, adherenceRate),
      ...options.records,
    },
    medications: [...(options.medications ?? [])],
    medicationTrials: [...(options.medicationTrials ?? [])],
    physiotherapy: options.physiotherapy ?? { visitsAuthorised: 0, visitsUsed: 0 },
    opioidSafeguards: { ...SAFEGUARDS_UP_TO_DATE, ...options.opioidSafeguards },
    clinicianReviews: [...(options.clinicianReviews ?? [])],
    redFlagClearances: options.redFlagClearances ?? [],
  };
  return patientStateSchema.parse(input);
}
