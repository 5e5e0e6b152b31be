import type { Citation } from './sources';
import type {
  Chronicity,
  DirectionalPreference,
  IsoDate,
  PainPhenotype,
  RedFlagAction,
  RedFlagCondition,
  StartBackRiskGroup,
} from './vocabulary';

/**
 * The contract between the assessment (which produces it) and everything that
 * consumes an assessment: the stepped-care engine, the programme generator, the
 * server and the FHIR mapping. The full `Assessment` returned by `assess()` is a
 * superset of this interface and must stay assignable to it.
 */

/** One red flag that fired, with the features that triggered it (clinical.md §4.1). */
export interface RedFlagFinding {
  readonly condition: RedFlagCondition;
  readonly action: RedFlagAction;
  /** Ids of the intake features that triggered the flag, e.g. `new-urinary-retention`. */
  readonly triggeredBy: readonly string[];
  /** Plain-language "what to do now" for the clinician. */
  readonly clinicianAction: string;
  /** Plain-language "what to do now" for the patient. */
  readonly patientAction: string;
  readonly citations: readonly Citation[];
}

/** Baseline scores captured at assessment, used as the reference for meaningful change (clinical.md §3.1). */
export interface BaselineScores {
  readonly painNrs?: number;
  readonly peg?: number;
  readonly odi?: number;
  readonly rmdq?: number;
  readonly phq9?: number;
  readonly gad7?: number;
  readonly startBackTotal?: number;
  readonly startBackDistress?: number;
}

export interface MoodScreening {
  readonly phq2Total: number | null;
  readonly phq9Total: number | null;
  /** PHQ-9 item 9 (thoughts of self-harm). Any value above 0 sets `selfHarmSafetyFlag`. */
  readonly phq9Item9: number | null;
  readonly gad2Total: number | null;
  readonly gad7Total: number | null;
  /** True when PHQ-9 item 9 > 0: the safety workflow must start, whatever the total. */
  readonly selfHarmSafetyFlag: boolean;
}

export interface ProgrammeEligibility {
  /** False while any emergency or urgent red flag is present and not cleared by a clinician. */
  readonly eligible: boolean;
  /** The most serious action required before the programme may start, if any. */
  readonly requiredAction: RedFlagAction | null;
  readonly reasons: readonly string[];
}

export interface AssessmentSummary {
  readonly assessedOn: IsoDate;
  readonly chronicity: Chronicity;
  readonly phenotype: PainPhenotype;
  readonly directionalPreference: DirectionalPreference | null;
  readonly riskGroup: StartBackRiskGroup | null;
  readonly redFlags: readonly RedFlagFinding[];
  readonly mood: MoodScreening;
  readonly baseline: BaselineScores;
  readonly programmeEligibility: ProgrammeEligibility;
}
