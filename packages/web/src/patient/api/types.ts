/**
 * The patient API's shapes, mirrored by hand from the server contract in
 * packages/server/src/modules/patient-app/schemas.ts (zod). The web app does not import the
 * server package: that would pull zod and server code into the browser's type program. When
 * the contract gains a field, add it here; the e2e journey exercises every call for real.
 */

/** A local calendar day, YYYY-MM-DD. */
export type IsoDay = string;

export interface UrgentAction {
  readonly level: 'emergency' | 'urgent';
  readonly whatToDoNow: string;
  readonly careTeamTold: boolean;
}

export interface CrisisResources {
  readonly message: string;
  readonly resources: readonly { name: string; contact: string; description: string }[];
  readonly careTeamTold: boolean;
}

export interface CheckInBody {
  readonly day: IsoDay;
  readonly pain: number;
  readonly sleepQuality: number;
  readonly mood: number;
  readonly activityMinutes: number;
  readonly sideEffects: readonly string[];
  readonly flare: boolean;
  readonly newBladderBowelSaddleSymptoms: boolean | null;
  readonly note?: string;
  readonly idempotencyKey: string;
  readonly clientRecordedAt: string;
}

export interface CheckInView extends Omit<CheckInBody, 'note' | 'sleepQuality' | 'mood' | 'activityMinutes'> {
  readonly id: string;
  readonly sleepQuality: number | null;
  readonly mood: number | null;
  readonly activityMinutes: number | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

export interface CheckInResponse {
  readonly checkIn: CheckInView;
  readonly replayed: boolean;
  readonly superseded: boolean;
  readonly urgentAction: UrgentAction | null;
}

export interface CheckInsResponse {
  readonly checkIns: readonly CheckInView[];
}

export interface CareComponentView {
  readonly kind: string;
  readonly title: string;
  readonly description: string;
}

export interface CarePlanView {
  readonly version: number;
  readonly step: number;
  readonly stepStartedOn: IsoDay;
  readonly effectiveFrom: IsoDay;
  readonly reason: string;
  readonly components: readonly CareComponentView[];
  readonly minutesPerDay: number;
  readonly sessionDays: readonly string[];
}

export interface AssessmentView {
  readonly id: string;
  readonly kind: 'intake' | 'reassessment';
  readonly assessedOn: IsoDay;
  readonly eligible: boolean;
  readonly urgentAction: UrgentAction | null;
  readonly referrals: readonly string[];
  readonly phenotype: string;
  readonly riskGroup: 'low' | 'medium' | 'high' | null;
  readonly baseline: { readonly pain: number | null; readonly peg: number | null };
  readonly selfHarmSafetyFlag: boolean;
}

export interface IntakeResponse {
  readonly assessment: AssessmentView;
  readonly carePlan: CarePlanView | null;
  readonly crisisResources: CrisisResources | null;
}

/** The wizard's saved state: answers by question id and the screen reached. */
export interface IntakeDraft {
  readonly answers: Readonly<Record<string, unknown>>;
  readonly screen: number;
  readonly savedAt: string;
}

export interface IntakeDraftResponse {
  readonly draft: IntakeDraft | null;
  /** On save: the draft holds an emergency answer and the clinic now sees it in its panel. */
  readonly careTeamTold?: boolean;
}

export type ExerciseDose =
  | { readonly kind: 'reps'; readonly sets: number; readonly reps: number; readonly holdSeconds: number }
  | { readonly kind: 'duration'; readonly minutes: number };

export interface SessionExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly role: string;
  readonly purpose: string;
  readonly dose: ExerciseDose;
  readonly doseText: string;
  readonly eachSide: boolean;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly stopIf: readonly string[];
  readonly estimatedMinutes: number;
  readonly illustrationUrl: string;
}

export type SelfManagementKind = 'lesson' | 'relaxation' | 'goal-review';

export interface SelfManagementItem {
  readonly kind: SelfManagementKind;
  readonly itemId: string | null;
  readonly title: string;
  readonly minutes: number;
  readonly done: boolean;
}

export interface MeasureDue {
  readonly instrumentId: string;
  readonly reason: string;
  readonly dueOn: IsoDay;
}

export interface PatientCard {
  readonly ruleId: string;
  readonly severity: 'info' | 'warning' | 'critical';
  readonly summary: string;
  readonly detail: string;
}

export interface FlareView {
  readonly id: string;
  readonly startedOn: IsoDay;
  readonly endedOn: IsoDay | null;
  readonly status: 'active' | 'resolved' | 'urgent';
  readonly days: number;
  readonly log: readonly {
    date: IsoDay;
    pain: number;
    settled: boolean;
    redFlagSymptoms: readonly string[];
  }[];
}

export interface TodaySession {
  readonly isSessionDay: boolean;
  readonly flareSet: boolean;
  readonly estimatedMinutes: number;
  readonly exercises: readonly SessionExercise[];
  readonly safetyChecks: readonly { id: string; question: string; ifYes: string }[];
  readonly loggedSessionId: string | null;
}

export interface TodayResponse {
  readonly date: IsoDay;
  readonly hasPlan: boolean;
  readonly urgentAction: UrgentAction | null;
  readonly carePlanVersion: number | null;
  readonly session: TodaySession | null;
  readonly selfManagement: readonly SelfManagementItem[];
  readonly checkInDone: boolean;
  readonly weeklySafetyQuestionDue: boolean;
  readonly measuresDue: readonly MeasureDue[];
  readonly flare: FlareView | null;
  readonly step: {
    readonly step: number;
    readonly title: string;
    readonly description: string;
    readonly cards: readonly PatientCard[];
  } | null;
  readonly nextMorningQuestion: { readonly sessionId: string; readonly day: IsoDay } | null;
}

export type ExerciseOutcome = 'done' | 'easier' | 'skipped';

export interface SessionExerciseLog {
  readonly exerciseId: string;
  readonly outcome: ExerciseOutcome;
  readonly reason?: string;
  readonly painDuring: number | null;
}

export interface SessionLogBody {
  readonly day: IsoDay;
  readonly carePlanVersion: number;
  readonly exercises: readonly SessionExerciseLog[];
  readonly stoppedForSymptoms: boolean;
  readonly idempotencyKey: string;
  readonly clientRecordedAt: string;
}

export interface PlanChange {
  readonly version: number;
  readonly decision: 'progress' | 'regress';
  readonly reason: string;
}

export interface SessionLogResponse {
  readonly session: { readonly id: string; readonly day: IsoDay; readonly completed: boolean };
  readonly replayed: boolean;
  readonly stopAdvice: string | null;
  readonly planChange: PlanChange | null;
}

export interface SelfManagementDoneBody {
  readonly day: IsoDay;
  readonly kind: SelfManagementKind;
  readonly itemId: string | null;
  readonly idempotencyKey: string;
}

export const FLARE_RED_FLAG_SYMPTOMS = [
  'new-bladder-problem',
  'new-bowel-problem',
  'saddle-numbness',
  'pain-in-both-legs',
  'new-sexual-problem',
  'new-leg-weakness',
  'fever-or-feeling-unwell',
] as const;
export type FlareRedFlagSymptom = (typeof FLARE_RED_FLAG_SYMPTOMS)[number];

export interface FlareLogBody {
  readonly day: IsoDay;
  readonly pain: number;
  readonly settled: boolean;
  readonly redFlagSymptoms: readonly FlareRedFlagSymptom[];
}

export interface FlareLogResponse {
  readonly flare: FlareView;
  readonly outcome: 'continues' | 'resolved' | 'urgent';
  readonly urgentAction: UrgentAction | null;
}

// Questionnaires, progress, medicines and reminders: the rest of the contract.
export * from './types-more';
