import { CHRONICITY_RULE } from './chronicity';
import { BLOCKING_RULE, CLEARANCE_RULE, REFERRAL_DOES_NOT_BLOCK_RULE } from './eligibility';
import { FOLLOW_UP_RULES } from './follow-ups';
import { IBP_RULE } from './inflammatory';
import {
  GAD2_POSITIVE_RULE,
  GAD7_BANDS_RULE,
  PHQ2_POSITIVE_RULE,
  PHQ9_BANDS_RULE,
  SELF_HARM_RULE,
} from './mood';
import { MECHANICAL_RULE, MIXED_RULE, RADICULAR_RULE } from './phenotype';
import { RED_FLAG_RULES } from './red-flag-rules';
import type { AssessmentRule } from './rule';
import { DIRECTIONAL_PREFERENCE_RULE, INSTRUMENT_SCORING_RULES, RISK_GROUP_RULE } from './scoring-rules';
import { YELLOW_FLAG_RULES } from './yellow-flags';

function summary(rule: AssessmentRule): AssessmentRule {
  return { id: rule.id, description: rule.description, evidence: rule.evidence, citations: rule.citations };
}

/**
 * Every rule the assessment applies, with its sources. docs/clinical-rules/assessment.md lists
 * each id; a test keeps the two in step and checks that every citation names a registered source.
 */
export const ASSESSMENT_RULES: readonly AssessmentRule[] = [
  CHRONICITY_RULE,
  ...Object.values(RED_FLAG_RULES),
  IBP_RULE,
  RADICULAR_RULE,
  MIXED_RULE,
  MECHANICAL_RULE,
  DIRECTIONAL_PREFERENCE_RULE,
  RISK_GROUP_RULE,
  SELF_HARM_RULE,
  PHQ2_POSITIVE_RULE,
  GAD2_POSITIVE_RULE,
  PHQ9_BANDS_RULE,
  GAD7_BANDS_RULE,
  ...Object.values(FOLLOW_UP_RULES),
  ...Object.values(YELLOW_FLAG_RULES),
  BLOCKING_RULE,
  CLEARANCE_RULE,
  REFERRAL_DOES_NOT_BLOCK_RULE,
  ...INSTRUMENT_SCORING_RULES,
].map(summary);
