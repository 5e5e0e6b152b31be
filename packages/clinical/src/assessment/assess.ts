import type { Assessment } from './assessment-types';
import { type AssessmentConfig, DEFAULT_ASSESSMENT_CONFIG } from './config';
import type { Intake } from './intake-schema';
import { CHRONICITY_RULE, painDuration } from './rules/chronicity';
import {
  applyClearances,
  BLOCKING_RULE,
  CLEARANCE_RULE,
  decideEligibility,
  REFERRAL_DOES_NOT_BLOCK_RULE,
} from './rules/eligibility';
import { followUpsFor } from './rules/follow-ups';
import { evaluateInflammatoryBackPain } from './rules/inflammatory';
import { assessMood, GAD2_POSITIVE_RULE, PHQ2_POSITIVE_RULE, SELF_HARM_RULE } from './rules/mood';
import { decidePhenotype } from './rules/phenotype';
import { presentFeatures } from './rules/red-flag-features';
import { detectRedFlags } from './rules/red-flags';
import { DIRECTIONAL_PREFERENCE_RULE, RISK_GROUP_RULE } from './rules/scoring-rules';
import { detectYellowFlags } from './rules/yellow-flags';
import { scoreIntake } from './score-intake';

/**
 * Assesses a validated intake: chronicity, phenotype with evidence, directional preference, STarT
 * Back risk group, red flags with actions, yellow flags, mood screening and follow-ups, baseline
 * scores and programme eligibility. Pure: the same intake and config always give the same result.
 * Validate untrusted JSON with `parseIntake` first.
 */
export function assess(intake: Intake, config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG): Assessment {
  const duration = painDuration(intake);
  const scored = scoreIntake(intake);
  const ibp = evaluateInflammatoryBackPain(intake, duration.chronicity);
  const phenotype = decidePhenotype(intake, ibp, config);
  const features = presentFeatures(intake, duration.weeks, config);
  const redFlags = applyClearances(
    detectRedFlags({ features, ibp, config }),
    intake.clinicianClearance ?? [],
  );
  const programmeEligibility = decideEligibility(redFlags);
  const mood = assessMood(intake, scored.results);
  const yellowFlags = detectYellowFlags(intake, scored.results, mood, config);
  const followUps = followUpsFor(mood, scored.results, config);
  const directionalPreference = intake.clinicianFindings?.directionalPreference ?? null;
  const riskGroup = scored.results.startback?.riskGroup ?? null;

  const rulesApplied = [
    CHRONICITY_RULE.id,
    phenotype.ruleId,
    ...(directionalPreference === null ? [] : [DIRECTIONAL_PREFERENCE_RULE.id]),
    ...(riskGroup === null ? [] : [RISK_GROUP_RULE.id]),
    ...redFlags.map((flag) => flag.ruleId),
    ...(programmeEligibility.eligible ? [] : [BLOCKING_RULE.id]),
    ...(redFlags.some((flag) => flag.cleared) ? [CLEARANCE_RULE.id] : []),
    ...(redFlags.some((flag) => flag.action === 'rheumatology-referral')
      ? [REFERRAL_DOES_NOT_BLOCK_RULE.id]
      : []),
    ...(mood.selfHarmSafetyFlag ? [SELF_HARM_RULE.id] : []),
    ...(mood.phq2Positive === true ? [PHQ2_POSITIVE_RULE.id] : []),
    ...(mood.gad2Positive === true ? [GAD2_POSITIVE_RULE.id] : []),
    ...yellowFlags.map((flag) => flag.ruleId),
    ...followUps.map((followUp) => followUp.ruleId),
  ];

  return {
    assessedOn: intake.assessedOn,
    chronicity: duration.chronicity,
    painDurationWeeks: duration.weeksRounded,
    phenotype: phenotype.phenotype,
    phenotypeRuleId: phenotype.ruleId,
    phenotypeEvidence: phenotype.evidence,
    directionalPreference,
    riskGroup,
    redFlags,
    yellowFlags,
    mood,
    baseline: scored.baseline,
    scores: scored.summaries,
    unscoredInstruments: scored.unscored,
    followUps,
    programmeEligibility,
    rulesApplied: [...new Set(rulesApplied)],
  };
}
