import type { CareComponent, DecisionCard, ReferralTarget } from '@backplan/clinical/stepped-care/index';
import type { PlanComponent } from './care-plan-shape';

/**
 * What accepting a decision card changes in the care plan. A step change
 * (clinical.md §1.1 ACP Rec 3, §1.2 NICE NG59: non-drug care, then medication,
 * then interventional referral) makes a new care-plan version at the new step;
 * a referral adds its component to the plan. Other cards change nothing: they
 * ask the clinician to review, record or discuss.
 */

const STEP_CHANGES: Readonly<Record<string, { step: 2 | 3; component: CareComponent }>> = {
  'step2-nsaid-first': { step: 2, component: 'medication' },
  'step2-second-line-duloxetine-tramadol': { step: 2, component: 'medication' },
  'opioid-last-resort-with-safeguards': { step: 2, component: 'medication' },
  'step3-interventional-decision-aid': { step: 3, component: 'interventional-referral' },
};

const REFERRAL_COMPONENT: Readonly<Record<ReferralTarget, CareComponent | null>> = {
  'emergency-department': null,
  'spinal-team': null,
  'mental-health-crisis-team': null,
  physiotherapy: 'physiotherapy',
  'psychologically-informed-physiotherapy': 'psychologically-informed-physiotherapy',
  'cbt-counselling': 'cbt-counselling',
  rheumatology: 'rheumatology-referral',
  'interventional-pain-service': 'interventional-referral',
};

export interface PlanChange {
  /** The step after the change (never lower than the current one). */
  readonly step: number;
  readonly stepChanged: boolean;
  readonly components: PlanComponent[];
}

/** The plan after accepting `card`, or null when accepting it changes nothing in the plan. */
export function planChangeForCard(
  card: Pick<DecisionCard, 'ruleId' | 'suggestions'>,
  current: { step: number; components: readonly PlanComponent[] },
  today: string,
): PlanChange | null {
  const stepChange = STEP_CHANGES[card.ruleId];
  const added = new Set<CareComponent>();
  if (stepChange) added.add(stepChange.component);
  for (const suggestion of card.suggestions) {
    const component = suggestion.referral ? REFERRAL_COMPONENT[suggestion.referral] : null;
    if (component && suggestion.isRecommended) added.add(component);
  }
  const have = new Set(current.components.map((c) => c.kind));
  const newComponents = [...added].filter((kind) => !have.has(kind));
  const step = Math.max(current.step, stepChange?.step ?? current.step);
  if (newComponents.length === 0 && step === current.step) return null;
  return {
    step,
    stepChanged: step !== current.step,
    components: [...current.components, ...newComponents.map((kind) => ({ kind, startedOn: today }))],
  };
}

export function isStepChangeRule(ruleId: string): boolean {
  return ruleId in STEP_CHANGES;
}
