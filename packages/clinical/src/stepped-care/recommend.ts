import { medicationSafetyAlerts } from '../medications/safety-alerts';
import type { DecisionCard } from './card';
import { STEPPED_CARE_CONFIG, type SteppedCareConfig } from './config';
import {
  classifyProgress,
  type ProgressDecision,
  progressCard,
  psychologicalReferralCard,
} from './decision-points';
import { buildEngineContext, type EngineContext } from './engine-context';
import { type TierState, tierState } from './medication-tiers';
import { longFlareCard, outcomeMeasuresOverdueCard, ptVisitsCards, reassessmentDueCard } from './monitoring';
import { opioidLastResortCard, opioidReassessmentCard } from './opioids';
import type { PatientState } from './patient-state';
import { coreProgrammeCard, highRiskCard, mediumRiskCard } from './step1';
import {
  gabapentinoidNotForSciaticaCard,
  muscleRelaxantFlareCard,
  nsaidFirstCard,
  recordTrialOutcomeCard,
  secondLineCard,
} from './step2-medication';
import { interventionalCard } from './step3';
import { emergencyCard, rheumatologyCard, selfHarmCard, urgentRedFlagCard } from './triage';

export interface RecommendOptions {
  /** Override configurable thresholds (see config.ts); the defaults follow clinical.md. */
  readonly config?: Partial<SteppedCareConfig>;
}

function present(cards: readonly (DecisionCard | null)[]): DecisionCard[] {
  return cards.filter((card): card is DecisionCard => card !== null);
}

/**
 * The next step, proposed only at the week-12 decision of a patient who is doing the
 * programme and not improving: the next medication tier (NSAID → duloxetine or tramadol
 * → opioid as a last resort), and from step 2 on the interventional decision aid.
 */
function nextStepCards(context: EngineContext, tiers: readonly TierState[]): DecisionCard[] {
  const byTier = (name: TierState['tier']) => tiers.find((tier) => tier.tier === name);
  const current = tiers.filter((tier) => tier.status === 'current');
  const nsaid = byTier('nsaid');
  let medicationCard: DecisionCard | null = null;
  if (current.length > 0) medicationCard = recordTrialOutcomeCard(context, current);
  else if (nsaid?.status === 'available') medicationCard = nsaidFirstCard(context, nsaid);
  else medicationCard = secondLineCard(tiers) ?? opioidLastResortCard(context, tiers);
  const stepThree = context.state.currentStep.step >= 2 || medicationCard === null;
  return present([
    medicationCard,
    medicationCard ? gabapentinoidNotForSciaticaCard(context) : null,
    stepThree ? interventionalCard(context, tiers) : null,
  ]);
}

/**
 * Decision cards for one patient state. Pure: the same state always gives the same
 * cards, in the same order. An active emergency red flag returns the emergency card
 * only; an urgent red flag holds every step change until a clinician clears it.
 */
export function recommend(state: PatientState, options: RecommendOptions = {}): DecisionCard[] {
  const config: SteppedCareConfig = { ...STEPPED_CARE_CONFIG, ...options.config };
  const context = buildEngineContext(state, config);
  const emergency = emergencyCard(context);
  if (emergency) return [emergency];

  const medicationCards = medicationSafetyAlerts({
    medications: state.medications,
    profile: state.profile,
    today: state.today,
    safeguards: state.opioidSafeguards,
  });
  const urgent = urgentRedFlagCard(context);
  const safety = [urgent, selfHarmCard(context)];
  const opioidReview = opioidReassessmentCard(context);
  if (urgent) return present([...safety, opioidReview, ...medicationCards]);

  const decision: ProgressDecision | null = classifyProgress(context);
  const tiers = (['nsaid', 'duloxetine', 'tramadol', 'opioid'] as const).map((tier) =>
    tierState(state, tier),
  );
  const proposeNextStep =
    decision?.classification === 'adherent-not-improving' && decision.trigger === 'week-12-decision';
  return present([
    ...safety,
    rheumatologyCard(context),
    coreProgrammeCard(context),
    highRiskCard(context),
    mediumRiskCard(context),
    decision ? progressCard(context, decision) : null,
    psychologicalReferralCard(context, decision),
    ...(proposeNextStep ? nextStepCards(context, tiers) : []),
    longFlareCard(context),
    muscleRelaxantFlareCard(context),
    reassessmentDueCard(context),
    outcomeMeasuresOverdueCard(context),
    ...ptVisitsCards(context),
    opioidReview,
    ...medicationCards,
  ]);
}
