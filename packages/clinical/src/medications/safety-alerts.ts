import type { z } from 'zod';
import type { IsoDate } from '../core/vocabulary';
import { type DecisionCard, decisionCardsSchema } from '../stepped-care/card';
import type { MedicationEntry } from './medication-list';
import { MEDICATION_RULES, type MedicationRuleId } from './medication-rules';
import { calculateMme, mmeCalculationSchema } from './mme';
import { type ClinicalProfile, NO_OPIOID_SAFEGUARDS_RECORDED, type OpioidSafeguards } from './profile';
import {
  MEDICATION_SAFETY_CONFIG,
  type MedicationContext,
  type MedicationRuleEvaluator,
  resolveMedications,
} from './rule-context';
import { nsaidRuleEvaluators } from './rules-nsaid';
import { opioidRuleEvaluators } from './rules-opioid';
import { otherRuleEvaluators } from './rules-other';
import { serotonergicRuleEvaluators } from './rules-serotonergic';

/** Evaluators from the rule files, keyed by rule id. A rule without one throws (and a test covers every id). */
const EVALUATORS = {
  ...opioidRuleEvaluators,
  ...serotonergicRuleEvaluators,
  ...nsaidRuleEvaluators,
  ...otherRuleEvaluators,
} as Record<MedicationRuleId, MedicationRuleEvaluator | undefined>;

function evaluate(context: MedicationContext, ruleIds: ReadonlySet<MedicationRuleId> | null): DecisionCard[] {
  // A plain loop (rule order, as before): no intermediate arrays per evaluation.
  const cards: DecisionCard[] = [];
  for (const rule of MEDICATION_RULES) {
    if (ruleIds !== null && !ruleIds.has(rule.id)) continue;
    const evaluator = EVALUATORS[rule.id];
    if (!evaluator) throw new Error(`No evaluator for medication rule ${rule.id}`);
    const card = evaluator(context, rule);
    if (card) cards.push(card);
  }
  return cards;
}

/** The medication rules that depend only on the dose arithmetic (and, if given, the profile). */
export const MME_REPORT_RULE_IDS: ReadonlySet<MedicationRuleId> = new Set<MedicationRuleId>([
  'mme-50-naloxone',
  'mme-90-high-risk',
  'opioid-naloxone-risk-factors',
  'buprenorphine-not-converted',
  'methadone-caution',
  'mme-incomplete',
]);

export const mmeReportSchema = mmeCalculationSchema.extend({ alerts: decisionCardsSchema });
export type MmeReport = z.output<typeof mmeReportSchema>;

/**
 * Per-drug and total MME/day with the dose alerts (≥50 naloxone, ≥90 high risk,
 * buprenorphine not converted, methadone caution, incomplete total). With a profile,
 * naloxone is also prompted for other overdose risk factors.
 */
export function computeMme(list: readonly MedicationEntry[], profile?: ClinicalProfile): MmeReport {
  const mme = calculateMme(list);
  const context: MedicationContext = {
    today: null,
    profile: profile ?? null,
    safeguards: NO_OPIOID_SAFEGUARDS_RECORDED,
    medications: resolveMedications(list),
    mme,
    config: MEDICATION_SAFETY_CONFIG,
  };
  return { ...mme, alerts: evaluate(context, MME_REPORT_RULE_IDS) };
}

export interface MedicationSafetyInput {
  readonly medications: readonly MedicationEntry[];
  readonly profile: ClinicalProfile;
  readonly today: IsoDate;
  /** Dates of PDMP checks, urine drug tests and naloxone offers; none recorded when absent. */
  readonly safeguards?: OpioidSafeguards;
}

/** Every medication safety alert (clinical.md §7.8) that fires for this list and patient, as cards. */
export function medicationSafetyAlerts(input: MedicationSafetyInput): DecisionCard[] {
  const context: MedicationContext = {
    today: input.today,
    profile: input.profile,
    safeguards: input.safeguards ?? NO_OPIOID_SAFEGUARDS_RECORDED,
    medications: resolveMedications(input.medications),
    mme: calculateMme(input.medications),
    config: MEDICATION_SAFETY_CONFIG,
  };
  return evaluate(context, null);
}
