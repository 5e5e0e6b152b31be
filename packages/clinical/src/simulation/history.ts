import type { Assessment } from '../assessment/assessment-types';
import type { Intake } from '../assessment/intake-schema';
import type { IsoDate } from '../core/vocabulary';
import type { FlareLogEntry } from '../exercise/flare';
import type { Programme } from '../exercise/programme-types';
import type { MedicationEntry } from '../medications/medication-list';
import type { DecisionCard } from '../stepped-care/card';
import type { CareComponent, MedicationTrial } from '../stepped-care/patient-state';
import type { SyntheticPatient } from './cohort';

/**
 * What one simulated patient leaves behind: the same kinds of record the server stores
 * (check-ins, session logs, care-plan versions, flares, medications, decisions, questionnaires,
 * reassessments), plus an outcome summary for the policy comparison and analytics.
 */

export interface SimulatedCheckIn {
  readonly day: IsoDate;
  readonly pain: number;
  readonly sleepQuality: number;
  readonly mood: number;
  readonly activityMinutes: number;
  readonly flare: boolean;
  /** Asked once a week (clinical.md §4.1 product rule); null on other days. */
  readonly newBladderBowelSaddleSymptoms: boolean | null;
}

export interface SimulatedExerciseOutcome {
  readonly exerciseId: string;
  readonly outcome: 'done' | 'easier' | 'skipped';
  readonly painDuring: number | null;
}

export interface SimulatedSession {
  readonly day: IsoDate;
  readonly carePlanVersion: number;
  readonly completed: boolean;
  readonly maxPainDuring: number | null;
  readonly settledNextMorning: boolean | null;
  readonly exercises: readonly SimulatedExerciseOutcome[];
}

export interface SimulatedComponent {
  readonly kind: CareComponent;
  readonly startedOn: IsoDate;
}

export interface SimulatedCarePlanVersion {
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly step: 1 | 2 | 3;
  readonly stepStartedOn: IsoDate;
  readonly components: readonly SimulatedComponent[];
  /** The programme with the session in force from `effectiveFrom`. */
  readonly programme: Programme & {
    readonly progression: { brokenWeeksInARow: number; lastWeekEvaluated: IsoDate | null };
  };
  readonly reason: string;
}

export interface SimulatedFlare {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  readonly log: readonly FlareLogEntry[];
}

export interface SimulatedMedication {
  readonly entry: MedicationEntry;
  readonly stoppedOn: IsoDate | null;
}

export interface SimulatedDecision {
  readonly day: IsoDate;
  readonly ruleId: string;
  readonly card: DecisionCard;
  readonly decision: 'accepted' | 'declined';
  readonly reason: string;
  readonly resultingCarePlanVersion: number | null;
}

export interface SimulatedInstrumentResponse {
  readonly instrumentId: 'peg-3' | 'phq-9';
  readonly answeredOn: IsoDate;
  readonly answers: Readonly<Record<string, number>>;
}

export interface PatientOutcome {
  /** False when a red flag blocked the programme: the patient was referred, not simulated. */
  readonly started: boolean;
  readonly baselinePain: number;
  /** 7-day mean of daily pain ending on day 7k, for each week k (index 0 = baseline). */
  readonly weeklyMeanPain: readonly (number | null)[];
  readonly responderAt: Readonly<Record<6 | 12 | 26 | 52, boolean | null>>;
  readonly stepAt: Readonly<Record<6 | 12 | 26 | 52, number | null>>;
  readonly maxStep: number;
  readonly componentsEver: readonly CareComponent[];
  /** The components in the plan at week 12: what the patient was receiving when judged. */
  readonly componentsAtWeek12: readonly CareComponent[];
  readonly medicationClassesEver: readonly string[];
  readonly opioidDays: number;
  /** Sum of MME/day over the simulated days. */
  readonly mmeDays: number;
  readonly sessionsPlanned: number;
  readonly sessionsDone: number;
  /** Sessions planned and done in the first 12 weeks (the programme's usual length). */
  readonly sessionsPlannedBy12: number;
  readonly sessionsDoneBy12: number;
  readonly flares: number;
}

export interface PatientHistory {
  readonly patient: SyntheticPatient;
  readonly intake: Intake;
  readonly assessment: Assessment;
  readonly checkIns: readonly SimulatedCheckIn[];
  readonly sessions: readonly SimulatedSession[];
  readonly carePlans: readonly SimulatedCarePlanVersion[];
  readonly flares: readonly SimulatedFlare[];
  readonly medications: readonly SimulatedMedication[];
  readonly medicationTrials: readonly MedicationTrial[];
  readonly decisions: readonly SimulatedDecision[];
  readonly instruments: readonly SimulatedInstrumentResponse[];
  readonly reassessments: readonly { readonly intake: Intake; readonly assessment: Assessment }[];
  readonly outcome: PatientOutcome;
}
