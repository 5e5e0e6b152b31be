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

export type MeasureAnswers = Readonly<Record<string, number | readonly number[] | null>>;

export interface MeasureResponse {
  readonly response: {
    readonly id: string;
    readonly instrumentId: string;
    readonly answeredOn: IsoDay;
    readonly primaryScore: number | null;
    readonly band: string | null;
  };
  readonly replayed: boolean;
  readonly followUp: 'phq-9' | 'gad-7' | null;
  readonly crisisResources: CrisisResources | null;
}

export type AdherenceStatus = 'planned' | 'done' | 'none';

export interface ProgressResponse {
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly painMean7d: readonly { date: IsoDay; mean: number | null }[];
  readonly peg: readonly { date: IsoDay; score: number }[];
  readonly adherenceCalendar: readonly { date: IsoDay; status: AdherenceStatus }[];
  readonly adherence14d: number | null;
  readonly goals: readonly { id: string; text: string; status: string; reviews: readonly unknown[] }[];
  readonly activityMinutes: readonly { date: IsoDay; minutes: number }[];
  readonly explanations: readonly string[];
  readonly step: { readonly step: number; readonly title: string; readonly description: string } | null;
}

export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mcg/h'] as const;
export const MEDICATION_FREQUENCIES = [
  'daily',
  'BID',
  'TID',
  'QID',
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'every-72h',
  'weekly',
  'as-needed',
] as const;
export const MEDICATION_ROUTES = [
  'oral',
  'transdermal',
  'buccal',
  'sublingual',
  'nasal',
  'rectal',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'topical',
  'epidural',
  'inhaled',
] as const;

export interface MedicationBody {
  readonly drug: string;
  readonly dose: number;
  readonly unit: (typeof DOSE_UNITS)[number];
  readonly frequency: (typeof MEDICATION_FREQUENCIES)[number];
  readonly route: (typeof MEDICATION_ROUTES)[number];
  readonly maxDosesPerDay?: number;
  readonly startedOn: IsoDay;
}

export interface MedicationView {
  readonly id: string;
  readonly drug: string;
  readonly dose: number;
  readonly unit: string;
  readonly frequency: string;
  readonly route: string;
  readonly maxDosesPerDay: number | null;
  readonly startedOn: IsoDay;
  readonly recordedBy: 'patient' | 'clinician';
}

export interface MedicationsResponse {
  readonly medications: readonly MedicationView[];
  readonly recentSideEffects: readonly { day: IsoDay; sideEffects: readonly string[] }[];
  readonly careTeamNote: string;
}

export const REMINDER_CHANNELS = ['in_app', 'email', 'web_push'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface ReminderSettingsBody {
  readonly time: string | null;
  readonly timeZone: string;
  readonly repeatAfterMinutes: number | null;
  readonly quietDays: readonly number[];
  readonly channels: readonly ReminderChannel[];
}

export interface ReminderSettingsResponse extends ReminderSettingsBody {
  readonly webPush: { readonly available: boolean; readonly publicKey: string | null };
}

export interface NotificationsResponse {
  readonly notifications: readonly { id: string; at: string; title: string; body: string }[];
}

export interface PushSubscriptionBody {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}
