import type { IsoDate } from '../core/vocabulary';
import type { MedicationEntry } from '../medications/medication-list';
import type { CardSuggestion, DecisionCard, ReferralTarget } from '../stepped-care/card';
import type { CareComponent, MedicationTrial } from '../stepped-care/patient-state';
import type { SimulatedComponent, SimulatedMedication } from './history';
import type { Random } from './random';

/**
 * The simulated clinician: reads the real engine's decision cards and, with a configurable
 * chance, accepts the ones that propose an action. Accepting changes the care state the way the
 * server's card acceptance does (modules/clinician/plan-changes.ts): a step change makes a new
 * step (NSAID, duloxetine/tramadol, opioid → step 2; interventional decision aid → step 3), a
 * referral adds its component. Medicines are started at typical doses (an assumption; the engine
 * names the class, never a dose), and trial outcomes are recorded when the engine asks.
 */

export interface CareState {
  step: 1 | 2 | 3;
  stepStartedOn: IsoDate;
  components: SimulatedComponent[];
  medications: SimulatedMedication[];
  trials: MedicationTrial[];
  /** Set once a clinician simplified the programme at a "not doing it" review. */
  simplified: boolean;
  opioidSafeguardsOn: IsoDate | null;
  clearances: {
    condition: 'cauda-equina' | 'infection' | 'progressive-neurological-deficit';
    clearedOn: IsoDate;
  }[];
}

const STEP_CHANGES: Readonly<Record<string, { step: 2 | 3; component: CareComponent }>> = {
  'step2-nsaid-first': { step: 2, component: 'medication' },
  'step2-second-line-duloxetine-tramadol': { step: 2, component: 'medication' },
  'opioid-last-resort-with-safeguards': { step: 2, component: 'medication' },
  'step3-interventional-decision-aid': { step: 3, component: 'interventional-referral' },
};

const REFERRAL_COMPONENT: Readonly<Partial<Record<ReferralTarget, CareComponent>>> = {
  physiotherapy: 'physiotherapy',
  'psychologically-informed-physiotherapy': 'psychologically-informed-physiotherapy',
  'cbt-counselling': 'cbt-counselling',
  rheumatology: 'rheumatology-referral',
  'interventional-pain-service': 'interventional-referral',
};

/** Cards the clinician decides on (and the decision is recorded); others are information. */
const DECIDED_RULES = new Set([
  ...Object.keys(STEP_CHANGES),
  'step2-record-trial-outcome',
  'step1-high-risk-psychologically-informed',
  'step1-medium-risk-physiotherapy',
  'psychological-support-referral',
  'decision-not-doing-it',
  'decision-adherent-not-improving',
  'decision-worsening',
  'decision-improving',
  'urgent-red-flag-review',
  'self-harm-safety',
  'flare-over-7-days',
]);

/** Typical starting doses by tier: assumptions for the record and MME, not advice. */
const STARTING_DOSES: Readonly<Record<string, Omit<MedicationEntry, 'startDate'>>> = {
  nsaid: { drug: 'naproxen', dose: 500, unit: 'mg', frequency: 'BID', route: 'oral', asNeeded: false },
  duloxetine: {
    drug: 'duloxetine',
    dose: 60,
    unit: 'mg',
    frequency: 'daily',
    route: 'oral',
    asNeeded: false,
  },
  tramadol: { drug: 'tramadol', dose: 50, unit: 'mg', frequency: 'QID', route: 'oral', asNeeded: false },
  opioid: { drug: 'oxycodone', dose: 5, unit: 'mg', frequency: 'q6h', route: 'oral', asNeeded: false },
};

export type CareEvent =
  | { readonly kind: 'component-added'; readonly component: CareComponent }
  | { readonly kind: 'medication-started'; readonly tier: 'nsaid' | 'duloxetine' | 'tramadol' | 'opioid' }
  | { readonly kind: 'programme-simplified' }
  | { readonly kind: 'red-flag-cleared' };

export interface CardDecision {
  readonly card: DecisionCard;
  readonly accepted: boolean;
  readonly reason: string;
  readonly planChanged: boolean;
}

export interface ReviewResult {
  readonly decisions: readonly CardDecision[];
  readonly events: readonly CareEvent[];
  readonly planChanged: boolean;
}

function medicationTier(suggestion: CardSuggestion): 'nsaid' | 'duloxetine' | 'tramadol' | 'opioid' | null {
  if (suggestion.drugClass === 'nsaid') return 'nsaid';
  if (suggestion.drugClass === 'snri') return 'duloxetine';
  if (suggestion.drugClass === 'tramadol') return 'tramadol';
  if (suggestion.drugClass === 'opioid') return 'opioid';
  return null;
}

function activeMedications(care: CareState): SimulatedMedication[] {
  return care.medications.filter((m) => m.stoppedOn === null);
}

function addComponent(care: CareState, kind: CareComponent, today: IsoDate, events: CareEvent[]): boolean {
  if (care.components.some((c) => c.kind === kind)) return false;
  care.components.push({ kind, startedOn: today });
  events.push({ kind: 'component-added', component: kind });
  return true;
}

/** Applies an accepted card to the care state; true when the plan (step or components) changed. */
function applyAccepted(card: DecisionCard, care: CareState, today: IsoDate, events: CareEvent[]): boolean {
  let changed = false;
  const stepChange = STEP_CHANGES[card.ruleId];
  if (stepChange) {
    changed = addComponent(care, stepChange.component, today, events) || changed;
    if (stepChange.step > care.step) {
      care.step = stepChange.step;
      care.stepStartedOn = today;
      changed = true;
    }
    const tierSuggestion = card.suggestions.find(
      (s) => s.actionType === 'consider-medication' && s.isRecommended && medicationTier(s) !== null,
    );
    const tier = tierSuggestion ? medicationTier(tierSuggestion) : null;
    const dose = tier ? STARTING_DOSES[tier] : undefined;
    if (tier && dose) {
      care.medications.push({ entry: { ...dose, startDate: today }, stoppedOn: null });
      events.push({ kind: 'medication-started', tier });
      if (tier === 'opioid') care.opioidSafeguardsOn = today;
    }
  }
  for (const suggestion of card.suggestions) {
    const component = suggestion.referral ? REFERRAL_COMPONENT[suggestion.referral] : undefined;
    if (component && suggestion.isRecommended && !stepChange) {
      changed = addComponent(care, component, today, events) || changed;
    }
  }
  if (card.ruleId === 'step2-record-trial-outcome') {
    // The engine asks only when the patient is doing the programme and not improving at a decision.
    for (const medication of activeMedications(care)) {
      const index = care.medications.indexOf(medication);
      care.medications[index] = { ...medication, stoppedOn: today };
      care.trials.push(trialFor(medication, today, 'failed'));
    }
  }
  if (card.ruleId === 'decision-not-doing-it' && !care.simplified) {
    care.simplified = true;
    events.push({ kind: 'programme-simplified' });
  }
  if (card.ruleId === 'urgent-red-flag-review') events.push({ kind: 'red-flag-cleared' });
  return changed;
}

export function trialFor(
  medication: SimulatedMedication,
  endedOn: IsoDate,
  outcome: MedicationTrial['outcome'],
): MedicationTrial {
  const drug = medication.entry.drug;
  const drugClass =
    drug === 'naproxen'
      ? 'nsaid'
      : drug === 'duloxetine'
        ? 'snri'
        : drug === 'tramadol'
          ? 'tramadol'
          : 'opioid';
  return { drugClass, drug, startedOn: medication.entry.startDate, endedOn, outcome };
}

/** The clinician reviews today's cards; each decided card is accepted with `acceptance` chance. */
export function reviewCards(
  cards: readonly DecisionCard[],
  care: CareState,
  today: IsoDate,
  options: { readonly acceptance: number; readonly random: Random },
): ReviewResult {
  const decisions: CardDecision[] = [];
  const events: CareEvent[] = [];
  let planChanged = false;
  for (const card of cards) {
    if (!DECIDED_RULES.has(card.ruleId)) continue;
    // Safety cards are always acted on; the acceptance chance applies to treatment choices.
    const safety = card.severity === 'critical' || card.ruleId === 'urgent-red-flag-review';
    const accepted = safety || options.random.chance(options.acceptance);
    const changed = accepted ? applyAccepted(card, care, today, events) : false;
    planChanged = planChanged || changed;
    decisions.push({
      card,
      accepted,
      reason: accepted
        ? 'Agreed with the patient at the review.'
        : 'Not now: discussed and the patient preferred to wait.',
      planChanged: changed,
    });
  }
  return { decisions, events, planChanged };
}
