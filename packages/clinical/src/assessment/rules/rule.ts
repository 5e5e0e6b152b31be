import type { Citation } from '../../core/sources';

/**
 * How firm the evidence behind a rule is, following clinical.md's tags:
 * - `verified`: the fact was checked against a retrieved source ([V] or [R]).
 * - `unverified-configurable`: clinical.md tags it [K]; the threshold lives in `AssessmentConfig`.
 * - `design-decision`: the sources list the features but not how many must be present; BackPlan
 *   chose a threshold, documented in docs/clinical-rules/assessment.md and set in `AssessmentConfig`.
 */
export type RuleEvidence = 'verified' | 'unverified-configurable' | 'design-decision';

/** A rule as data: what it decides and where that comes from. Every rule has at least one citation. */
export interface AssessmentRule {
  readonly id: string;
  readonly description: string;
  readonly evidence: RuleEvidence;
  readonly citations: readonly Citation[];
}

/** Declares a rule; the literal id type lets findings and vignettes refer to rule ids safely. */
export function defineRule<Id extends string>(
  rule: AssessmentRule & { readonly id: Id },
): AssessmentRule & {
  readonly id: Id;
} {
  return rule;
}
