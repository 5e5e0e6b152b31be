import type {
  Chronicity,
  DirectionalPreference,
  PainPhenotype,
  RedFlagAction,
  RedFlagCondition,
  StartBackRiskGroup,
} from '../../core/vocabulary';
import type { Intake } from '../intake-schema';
import type { FollowUpId } from '../rules/follow-ups';
import type { YellowFlagId } from '../rules/yellow-flags';

/**
 * A realistic patient and what the assessment must conclude. `exercises` names the rules (ids in
 * ASSESSMENT_RULES) the vignette is there to test. Optional expectations are checked only when given.
 */
export interface AssessmentVignette {
  readonly id: string;
  readonly story: string;
  readonly exercises: readonly string[];
  readonly intake: Intake;
  readonly expected: {
    readonly chronicity: Chronicity;
    readonly phenotype: PainPhenotype;
    readonly riskGroup: StartBackRiskGroup | null;
    /** Every red flag, in the order reported (most serious first). */
    readonly redFlags: readonly {
      readonly condition: RedFlagCondition;
      readonly action: RedFlagAction;
      readonly cleared?: boolean;
    }[];
    readonly eligible: boolean;
    readonly requiredAction: RedFlagAction | null;
    readonly yellowFlags?: readonly YellowFlagId[];
    readonly followUps?: readonly FollowUpId[];
    readonly directionalPreference?: DirectionalPreference | null;
    readonly selfHarmSafetyFlag?: boolean;
    readonly baseline?: Readonly<Record<string, number>>;
  };
}
