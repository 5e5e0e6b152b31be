import type { Assessment } from '../assessment/assessment-types';
import { listCarePlanEvents } from '../careplan/events';
import { adherenceRecordsFrom, completionOutcome } from '../careplan/outcomes';
import type { CarePlan } from '../careplan/types';
import type { IsoDate } from '../core/vocabulary';
import { addDays } from '../outcomes/dates';
import type { PainDiaryEntry } from '../outcomes/records';
import { STEPPED_CARE_CONFIG } from '../stepped-care/config';
import { type PatientState, patientStateSchema } from '../stepped-care/patient-state';
import type { CareState } from './clinician';
import type { SimulatedFlare } from './history';

/**
 * Builds the stepped-care engine's PatientState from the simulated record, exactly as a
 * clinic's record would be presented: parsed by the real `patientStateSchema`. Adherence
 * comes from the real care-plan model (events of the exercise-session task, completed by
 * outcomes on the days a session was done). Only the windows the engine reads are passed
 * (the diary around the step start and the last 28 days), which keeps large runs fast.
 */
export interface EngineStateInput {
  readonly today: IsoDate;
  readonly careStartedOn: IsoDate;
  readonly assessment: Assessment;
  readonly ageYears: number;
  readonly care: CareState;
  readonly diary: readonly PainDiaryEntry[];
  readonly carePlan: CarePlan;
  readonly doneDays: ReadonlySet<IsoDate>;
  readonly flares: readonly SimulatedFlare[];
  readonly phq9: readonly { date: IsoDate; score: number; item9: number }[];
  readonly peg: readonly { date: IsoDate; score: number }[];
  readonly redFlagReports: readonly { date: IsoDate; condition: 'infection'; action: 'urgent' }[];
}

const WINDOW_DAYS = Math.max(
  STEPPED_CARE_CONFIG.adherenceWindowDays,
  STEPPED_CARE_CONFIG.trajectoryWindowDays,
);

function diaryWindows(
  diary: readonly PainDiaryEntry[],
  stepStart: IsoDate,
  today: IsoDate,
): PainDiaryEntry[] {
  const stepFrom = addDays(stepStart, -6);
  const recentFrom = addDays(today, -(WINDOW_DAYS - 1));
  return diary.filter(
    (entry) =>
      (entry.date >= stepFrom && entry.date <= stepStart) ||
      (entry.date >= recentFrom && entry.date <= today),
  );
}

export function adherenceRecordsInWindow(plan: CarePlan, doneDays: ReadonlySet<IsoDate>, today: IsoDate) {
  const range = { from: addDays(today, -(STEPPED_CARE_CONFIG.adherenceWindowDays - 1)), to: today };
  const outcomes = listCarePlanEvents(plan, range)
    .filter((event) => event.impactsAdherence && doneDays.has(event.date))
    .map((event) => completionOutcome(event, true, event.date));
  return adherenceRecordsFrom(plan, outcomes, range).filter((record) => record.impactsAdherence);
}

export function engineState(input: EngineStateInput): PatientState {
  const { care, today } = input;
  const safeguardsOn = care.opioidSafeguardsOn;
  return patientStateSchema.parse({
    today,
    assessment: input.assessment,
    profile: { age: input.ageYears },
    currentStep: {
      step: care.step,
      startedOn: care.stepStartedOn,
      careStartedOn: input.careStartedOn,
      components: care.components.map((c) => ({ kind: c.kind, startedOn: c.startedOn })),
    },
    records: {
      painDiary: diaryWindows(input.diary, care.stepStartedOn, today),
      peg: input.peg.filter((record) => record.date <= today),
      phq9: input.phq9.filter((record) => record.date <= today),
      adherence: adherenceRecordsInWindow(input.carePlan, input.doneDays, today),
      flares: input.flares.map((flare) => ({ startedOn: flare.startedOn, endedOn: flare.endedOn })),
      redFlagReports: input.redFlagReports.filter((report) => report.date <= today),
    },
    medications: care.medications.filter((m) => m.stoppedOn === null).map((m) => m.entry),
    medicationTrials: care.trials,
    opioidSafeguards: {
      pdmpCheckedOn: safeguardsOn,
      urineDrugTestOn: safeguardsOn,
      naloxoneOfferedOn: safeguardsOn,
      goalsAndRisksDiscussedOn: safeguardsOn,
      lastOpioidReviewOn: safeguardsOn,
    },
    redFlagClearances: care.clearances,
  });
}
