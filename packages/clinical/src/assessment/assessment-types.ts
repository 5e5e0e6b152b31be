import type { AssessmentSummary } from '../core/assessment-contract';
import type { AssessmentRedFlag } from './rules/eligibility';
import type { FollowUp } from './rules/follow-ups';
import type { MoodAssessment } from './rules/mood';
import type { PhenotypeEvidence } from './rules/phenotype';
import type { YellowFlag } from './rules/yellow-flags';
import type { InstrumentScoreSummary, UnscoredInstrument } from './score-intake';

/**
 * The full result of `assess`: the shared `AssessmentSummary` contract plus the evidence behind
 * each decision, yellow flags, follow-ups and scores with interpretations.
 */
export interface Assessment extends AssessmentSummary {
  /** Episode duration in weeks, rounded half up to one decimal. */
  readonly painDurationWeeks: number;
  /** The rule that decided the phenotype. */
  readonly phenotypeRuleId: string;
  /** Each component considered (radicular, inflammatory and, when chosen, mechanical). */
  readonly phenotypeEvidence: readonly PhenotypeEvidence[];
  /** Most serious first; cleared flags stay listed with their clearance. */
  readonly redFlags: readonly AssessmentRedFlag[];
  readonly yellowFlags: readonly YellowFlag[];
  readonly mood: MoodAssessment;
  readonly scores: readonly InstrumentScoreSummary[];
  /** Instruments present in the intake that could not be scored, with the reasons. */
  readonly unscoredInstruments: readonly UnscoredInstrument[];
  /** What must happen next, most pressing first. */
  readonly followUps: readonly FollowUp[];
  /** Ids of every rule that decided something in this assessment, for audit. */
  readonly rulesApplied: readonly string[];
}

// Compile-time guarantee that consumers of the contract can take an Assessment.
const contractCheck: AssessmentSummary = {} as Assessment;
void contractCheck;
