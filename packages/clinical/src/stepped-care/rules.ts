import type { RuleDefinition } from './rule-definition';
import { CARE_RULES } from './rules-care';
import { TREATMENT_RULES } from './rules-treatment';

/**
 * The stepped-care rules as data (clinical.md §0, §1, §2, §3.1, §4.1, §6, §7). Each rule
 * is evaluated by a small pure function in the engine files; `recommend` emits at most
 * one card per rule. Documented in docs/clinical-rules/stepped-care.md (a test checks
 * that every id appears there).
 */
export const STEPPED_CARE_RULE_IDS = [
  'emergency-red-flag',
  'urgent-red-flag-review',
  'self-harm-safety',
  'rheumatology-referral',
  'step1-core-programme',
  'step1-high-risk-psychologically-informed',
  'step1-medium-risk-physiotherapy',
  'decision-improving',
  'decision-not-doing-it',
  'decision-adherent-not-improving',
  'decision-worsening',
  'decision-insufficient-data',
  'psychological-support-referral',
  'flare-over-7-days',
  'reassessment-due',
  'outcome-measures-overdue',
  'pt-visits-exhausted',
  'pt-visits-running-low',
  'step2-nsaid-first',
  'step2-second-line-duloxetine-tramadol',
  'step2-record-trial-outcome',
  'step2-gabapentinoid-not-for-sciatica',
  'step2-muscle-relaxant-flare',
  'opioid-last-resort-with-safeguards',
  'opioid-reassess-within-4-weeks',
  'step3-interventional-decision-aid',
  'step3-prerequisites-not-met',
] as const;
export type SteppedCareRuleId = (typeof STEPPED_CARE_RULE_IDS)[number];

export const STEPPED_CARE_RULES: readonly RuleDefinition<SteppedCareRuleId>[] = [
  ...CARE_RULES,
  ...TREATMENT_RULES,
];
