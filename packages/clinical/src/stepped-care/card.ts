import { z } from 'zod';
import { SOURCES, type SourceKey } from '../core/sources';
import { DRUG_CLASSES } from '../medications/drug-classes';

/**
 * Decision cards in the CDS Hooks card shape (summary ≤140 characters, detail,
 * indicator-like severity, source, suggestions), extended with the rule that produced
 * the card, the facts it used, and two audiences: the clinician text is also exposed
 * as the top-level summary/detail, the patient text is plain language and never tells
 * anyone to start, stop or change a drug.
 */

const sourceKeys = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];

export const sourceCitationSchema = z.object({
  source: z.enum(sourceKeys),
  section: z.string().min(1),
});

export const SUGGESTION_ACTION_TYPES = [
  'emergency-referral',
  'urgent-review',
  'refer',
  'consider-medication',
  'review-medication',
  'continue-programme',
  'adjust-programme',
  'record-measure',
  'schedule-review',
  'safety-check',
  'discuss',
] as const;
export type SuggestionActionType = (typeof SUGGESTION_ACTION_TYPES)[number];

export const REFERRAL_TARGETS = [
  'emergency-department',
  'spinal-team',
  'mental-health-crisis-team',
  'physiotherapy',
  'psychologically-informed-physiotherapy',
  'cbt-counselling',
  'rheumatology',
  'interventional-pain-service',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export const cardSuggestionSchema = z.object({
  label: z.string().min(1),
  actionType: z.enum(SUGGESTION_ACTION_TYPES),
  /** Set when the suggestion is to consider a medication of this class. */
  drugClass: z.enum(DRUG_CLASSES).optional(),
  /** A specific drug within the class, when the guideline names one (e.g. duloxetine). */
  drug: z.string().min(1).optional(),
  referral: z.enum(REFERRAL_TARGETS).optional(),
  isRecommended: z.boolean(),
});
export type CardSuggestion = z.output<typeof cardSuggestionSchema>;

/** CDS Hooks: the summary should be under 140 characters. */
export const CARD_SUMMARY_MAX_LENGTH = 140;

export const cardTextSchema = z.object({
  summary: z.string().min(1).max(CARD_SUMMARY_MAX_LENGTH),
  detail: z.string().min(1),
});
export type CardText = z.output<typeof cardTextSchema>;

export const decisionCardSchema = z.object({
  ruleId: z.string().min(1),
  severity: z.enum(['info', 'warning', 'critical']),
  /** Clinician summary, repeated at the top level as CDS Hooks expects. */
  summary: z.string().min(1).max(CARD_SUMMARY_MAX_LENGTH),
  detail: z.string().min(1),
  clinician: cardTextSchema,
  patient: cardTextSchema,
  /** The facts from the patient's record that the rule used. */
  reasons: z.array(z.string().min(1)),
  source: z.array(sourceCitationSchema).min(1),
  suggestions: z.array(cardSuggestionSchema),
});
export type DecisionCard = z.output<typeof decisionCardSchema>;

export const decisionCardsSchema = z.array(decisionCardSchema);

export interface CardInput {
  readonly ruleId: string;
  readonly severity: DecisionCard['severity'];
  readonly clinician: CardText;
  readonly patient: CardText;
  readonly reasons: readonly string[];
  readonly source: readonly DecisionCard['source'][number][];
  readonly suggestions?: readonly CardSuggestion[];
}

/** Build a card, copying the clinician text to the CDS Hooks top-level fields. */
export function makeCard(input: CardInput): DecisionCard {
  return {
    ruleId: input.ruleId,
    severity: input.severity,
    summary: input.clinician.summary,
    detail: input.clinician.detail,
    clinician: { ...input.clinician },
    patient: { ...input.patient },
    reasons: [...input.reasons],
    source: input.source.map((citation) => ({ ...citation })),
    suggestions: (input.suggestions ?? []).map((suggestion) => ({ ...suggestion })),
  };
}
