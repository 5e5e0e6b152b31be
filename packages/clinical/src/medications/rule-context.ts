import type { IsoDate } from '../core/vocabulary';
import { type CardSuggestion, type DecisionCard, makeCard } from '../stepped-care/card';
import type { RuleDefinition } from '../stepped-care/rule-definition';
import { type DrugClass, type DrugInfo, lookupDrug } from './drug-classes';
import type { MedicationEntry } from './medication-list';
import type { MmeCalculation } from './mme';
import type { ClinicalProfile, OpioidSafeguards } from './profile';

/** Thresholds used by the medication rules, each labelled with its provenance. */
export const MEDICATION_SAFETY_CONFIG = {
  /** CDC CDS artefacts fire at ≥50 MME/day (clinical.md §2.2 [R]). */
  naloxoneMmeThreshold: 50,
  /** "Taper now" message at ≥90 MME/day in the CDC CDS artefacts (clinical.md §2.2 [R]). */
  highRiskMmeThreshold: 90,
  /** Configurable interval "e.g. 3 months" (clinical.md §7.8). */
  pdmpRecheckDays: 90,
  /** ≥28 days on an opioid counts as long-term (OpioidCDSRoutines.cql [R]). */
  longTermOpioidDays: 28,
  /** No urine toxicology in the past 12 months (clinical.md §2.2 [R]). */
  urineDrugTestIntervalDays: 365,
  /** "About 2 weeks or less" (clinical.md §7.4). */
  muscleRelaxantMaxDays: 14,
  /** NSAID GI caution from age 65 (clinical.md §7.1). */
  nsaidCautionAge: 65,
  /** FDA 2019 names "older age" without a number; 65 is a product choice. */
  gabapentinoidRespiratoryAge: 65,
  /** FDA 2020: avoid NSAIDs from about 20 weeks of pregnancy ([K] in clinical.md §7.1). */
  nsaidPregnancyWeeks: 20,
  /** Severe renal impairment for NSAIDs and duloxetine: <30 mL/min (clinical.md §7.1, §7.2). */
  severeRenalImpairment: 30,
} as const;
export type MedicationSafetyConfig = typeof MEDICATION_SAFETY_CONFIG;

export interface ResolvedMedication {
  readonly entry: MedicationEntry;
  readonly info: DrugInfo | null;
}

export interface MedicationContext {
  /** Null when the caller has no date (computeMme): date-based rules then stay silent. */
  readonly today: IsoDate | null;
  /** Null when the caller has no profile: profile-based rules then stay silent. */
  readonly profile: ClinicalProfile | null;
  readonly safeguards: OpioidSafeguards;
  readonly medications: readonly ResolvedMedication[];
  readonly mme: MmeCalculation;
  readonly config: MedicationSafetyConfig;
}

export type MedicationRuleEvaluator = (
  context: MedicationContext,
  rule: RuleDefinition,
) => DecisionCard | null;

export function resolveMedications(list: readonly MedicationEntry[]): ResolvedMedication[] {
  return list.map((entry) => ({ entry, info: lookupDrug(entry.drug) }));
}

export function inClass(context: MedicationContext, ...classes: DrugClass[]): ResolvedMedication[] {
  return context.medications.filter(
    (medication) => medication.info && classes.includes(medication.info.drugClass),
  );
}

export function withGeneric(context: MedicationContext, generic: string): ResolvedMedication[] {
  return context.medications.filter((medication) => medication.info?.generic === generic);
}

/** Opioids for the interaction rules: full opioids and tramadol (a μ-agonist, CDC 2022 MME table). */
export function opioids(context: MedicationContext): ResolvedMedication[] {
  return inClass(context, 'opioid', 'tramadol');
}

/** "oxycodone 10 mg q12h" — how a medication is named in card text. */
export function describeMedication({ entry }: ResolvedMedication): string {
  const schedule =
    entry.frequency === 'as-needed' ? 'as needed' : `${entry.frequency}${entry.asNeeded ? ' as needed' : ''}`;
  const maximum =
    entry.prnMaximumDosesPerDay === undefined ? '' : ` (max ${entry.prnMaximumDosesPerDay}/day)`;
  return `${entry.drug} ${entry.dose} ${entry.unit} ${schedule}${maximum}`;
}

export function listMedications(medications: readonly ResolvedMedication[]): string {
  return medications.map(describeMedication).join(', ');
}

export function medicationReasons(medications: readonly ResolvedMedication[]): string[] {
  return medications.map(
    (medication) => `On ${describeMedication(medication)} (since ${medication.entry.startDate})`,
  );
}

/** The single "talk it through" suggestion every medication card carries. */
export function reviewSuggestion(label: string): CardSuggestion {
  return { label, actionType: 'review-medication', isRecommended: true };
}

/** The patient text shared by interaction cards: it informs, it never instructs about the medicine. */
export const PATIENT_TEAM_WILL_REVIEW =
  'Your care team has been alerted and will go through this with you at your next review. If you have questions before then, contact your prescriber or pharmacist.';

export function medicationCard(
  rule: RuleDefinition,
  clinician: { summary: string; detail: string },
  patient: { summary: string; detail: string },
  reasons: readonly string[],
  suggestions: readonly CardSuggestion[],
): DecisionCard {
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician,
    patient,
    reasons,
    source: rule.citations,
    suggestions,
  });
}
