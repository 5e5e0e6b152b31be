import type { AssessmentSummary } from '../core/assessment-contract';
import type { CareStep, IsoDate } from '../core/vocabulary';
import type { ExerciseDose } from '../exercise/types';
import type { InstrumentAnswers, InstrumentId } from '../instruments/types';
import type { SmartGoal } from '../self-management/goals/smart-goal';

/**
 * One patient's record as the FHIR export reads it. Each field mirrors a table of the server's
 * record schema (packages/server/src/db/schema/records.ts and tenancy.ts), with dates as ISO
 * strings, so the server fills it straight from SQL rows. Ids are the rows' ids (UUIDs in
 * production); the export derives FHIR resource ids from them.
 */
export interface PatientRecordExport {
  readonly patient: PatientExport;
  readonly assessments: readonly AssessmentExport[];
  readonly instrumentResponses: readonly InstrumentResponseExport[];
  readonly checkIns: readonly CheckInExport[];
  readonly carePlans: readonly CarePlanExport[];
  readonly sessionLogs: readonly SessionLogExport[];
  readonly flareEpisodes: readonly FlareEpisodeExport[];
  readonly medications: readonly MedicationExport[];
  readonly goals: readonly GoalExport[];
}

/** `patients` row, plus what the patient chose to share about themselves. */
export interface PatientExport {
  /** The pseudonymous patient id: random, carries no personal data. */
  readonly id: string;
  readonly orgId: string;
  /** Name, only when the patient gave one and the export may carry it. */
  readonly displayName?: string | null;
  /** Year of birth only (never a full date), when provided. */
  readonly birthYear?: number | null;
  /** The account was deleted: its pseudonymous records must not be exported. */
  readonly accountDeleted: boolean;
}

/** `assessments` row: the computed result is an `AssessmentSummary` (or a superset of it). */
export interface AssessmentExport {
  readonly id: string;
  readonly kind: 'intake' | 'reassessment';
  readonly assessedOn: IsoDate;
  readonly result: AssessmentSummary;
  /** When a clinician cleared the red flags so the programme may start (ISO dateTime), if they did. */
  readonly clearedAt?: string | null;
}

/** `instrument_responses` row. */
export interface InstrumentResponseExport {
  readonly id: string;
  readonly instrumentId: InstrumentId;
  readonly instrumentVersion: string;
  readonly answeredOn: IsoDate;
  /** Item answers; null or empty when only the total was recorded (e.g. a licensed paper form). */
  readonly answers: InstrumentAnswers | null;
  /** Scores as stored, by score id; used when the answers cannot be re-scored. */
  readonly scores: readonly { readonly id: string; readonly value: number }[];
  readonly source: 'patient' | 'clinician' | 'import';
}

/** `check_ins` row: the daily check-in. */
export interface CheckInExport {
  readonly id: string;
  readonly day: IsoDate;
  /** Average pain over the last 24 h, 0–10 (clinical.md §3.1). */
  readonly pain: number;
  readonly sleepQuality?: number | null;
  readonly mood?: number | null;
  readonly activityMinutes?: number | null;
  readonly sideEffects?: readonly string[];
  readonly flare: boolean;
  /** Weekly yes/no recheck of new bladder, bowel or saddle symptoms (clinical.md §4.1). */
  readonly newBladderBowelSaddleSymptoms?: boolean | null;
  readonly note?: string | null;
}

/** `care_plans` row: one version of the plan. */
export interface CarePlanExport {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly step: CareStep;
  readonly stepStartedOn: IsoDate;
  /** The plan's components (stepped-care `CareComponent` kinds) and when each started. */
  readonly components: readonly { readonly kind: string; readonly startedOn: IsoDate }[];
  readonly programme: ProgrammeExport | null;
  readonly reason: string;
}

export interface ProgrammeExport {
  /** Exercise days a week, when the programme names its days. */
  readonly daysPerWeek: number | null;
  readonly exercises: readonly { readonly exerciseId: string; readonly dose: ExerciseDose }[];
}

/** `session_logs` row: one home-exercise session. */
export interface SessionLogExport {
  readonly id: string;
  readonly day: IsoDate;
  readonly carePlanVersion: number;
  readonly exercises: readonly {
    readonly exerciseId: string;
    readonly outcome: 'done' | 'easier' | 'skipped';
    readonly painDuring?: number | null;
  }[];
  readonly completed: boolean;
  readonly maxPainDuring?: number | null;
  readonly settledNextMorning?: boolean | null;
  readonly stoppedForSymptoms: boolean;
}

/** `flare_episodes` row. */
export interface FlareEpisodeExport {
  readonly id: string;
  readonly startedOn: IsoDate;
  readonly endedOn?: IsoDate | null;
}

/** `medications` row, as reported by the patient or recorded by a clinician. */
export interface MedicationExport {
  readonly id: string;
  readonly drug: string;
  readonly dose: number;
  /** mg, mcg, g, or mcg/h for patches (medications/medication-list.ts). */
  readonly unit: string;
  /** A `MedicationFrequency` (daily, BID … as-needed); unknown values are exported as text. */
  readonly frequency: string;
  readonly route: string;
  readonly prnMaxDosesPerDay?: number | null;
  readonly startedOn: IsoDate;
  readonly stoppedOn?: IsoDate | null;
  readonly recordedBy: 'patient' | 'clinician';
}

/** `goals` row: a SMART goal and its status. */
export interface GoalExport {
  readonly id: string;
  readonly goal: SmartGoal;
  readonly status: 'active' | 'achieved' | 'dropped';
}

export interface FhirExportOptions {
  /** When the export was made (ISO dateTime with zone): Bundle.timestamp and Provenance.recorded. */
  readonly generatedAt: string;
  /** Public FHIR base of the server, for `Bundle.entry.fullUrl`; defaults to `DEFAULT_FHIR_BASE_URL`. */
  readonly fhirBaseUrl?: string;
  /** Canonical base of BackPlan's Questionnaires; defaults to the instruments module's. */
  readonly questionnaireBase?: string;
  /**
   * Ship the STarT Back item wording in Questionnaires and responses. Keele allows non-commercial
   * use only (clinical.md §3.4), so a deployment opts in; by default items carry our domain labels.
   */
  readonly includeStartBackItemText?: boolean;
}
