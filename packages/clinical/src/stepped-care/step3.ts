import { computeAdherence } from '../outcomes/adherence';
import { daysBetween } from '../outcomes/dates';
import { type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';
import type { TierState } from './medication-tiers';

/**
 * Step 3: interventional referral (injection, radiofrequency denervation, spinal cord
 * stimulation) as a shared decision aid, never a default. The prerequisites come from the
 * app's own data (products.md gap 7; thresholds configurable): ≥12 weeks of conservative
 * care with adequate adherence, an adequate medication trial, and a psychological screen.
 */

export interface InterventionalPrerequisite {
  readonly name: string;
  readonly met: boolean;
  readonly fact: string;
}

export function interventionalPrerequisites(
  context: EngineContext,
  tiers: readonly TierState[],
): InterventionalPrerequisite[] {
  const { state, config } = context;
  const careDays = daysBetween(state.currentStep.careStartedOn, state.today);
  const careAdherence = computeAdherence(
    state.records.adherence,
    state.currentStep.careStartedOn,
    state.today,
  );
  const trials = state.medicationTrials.filter(
    (trial) => trial.outcome === 'failed' || trial.outcome === 'not-tolerated',
  );
  const allContraindicated = tiers
    .filter((tier) => tier.tier !== 'opioid')
    .every((tier) => tier.status === 'contraindicated');
  return [
    {
      name: `≥${config.interventionalMinimumWeeks} weeks of conservative care`,
      met: careDays >= config.interventionalMinimumWeeks * 7,
      fact: `Conservative care since ${state.currentStep.careStartedOn} (${Math.floor(careDays / 7)} weeks)`,
    },
    {
      name: 'adequate adherence to the programme',
      met: careAdherence.rate !== null && careAdherence.rate >= config.adherenceThreshold,
      fact:
        careAdherence.rate === null
          ? 'No adherence records since care started'
          : `Adherence since care started ${Math.round(careAdherence.rate * 100)}%`,
    },
    {
      name: 'an adequate medication trial',
      met: trials.length > 0 || allContraindicated,
      fact:
        trials.length > 0
          ? `Medication trials: ${trials.map((trial) => `${trial.drug ?? trial.drugClass} ${trial.outcome}`).join(', ')}`
          : allContraindicated
            ? 'First- and second-line drugs all contraindicated'
            : 'No medication trial recorded as failed or not tolerated',
    },
    {
      name: 'a psychological screen',
      met: context.latestPhq9 !== null,
      fact: context.latestPhq9 === null ? 'No PHQ-9 recorded' : `PHQ-9 ${context.latestPhq9} recorded`,
    },
  ];
}

const OPTIONS_DETAIL =
  'Options to discuss, with what the guidelines say: radiofrequency denervation — NICE NG59: consider only after a positive diagnostic medial branch block; spinal injections for low back pain — NICE NG59: do not offer (epidural local anaesthetic and steroid only for acute, severe sciatica, [K]); spinal cord stimulation — specialist assessment (clinical.md holds no evidence summary, so no benefit figures are shown). The Lancet LBP series lists spinal injections among low-value care ([K]).';

export function interventionalCard(context: EngineContext, tiers: readonly TierState[]): DecisionCard | null {
  if (context.components.has('interventional-referral')) return null;
  const prerequisites = interventionalPrerequisites(context, tiers);
  const missing = prerequisites.filter((prerequisite) => !prerequisite.met);
  const reasons = prerequisites.map(
    (prerequisite) => `${prerequisite.met ? 'Met' : 'Not met'}: ${prerequisite.fact}`,
  );
  if (missing.length > 0) {
    const rule = ruleById('step3-prerequisites-not-met');
    return makeCard({
      ruleId: rule.id,
      severity: rule.severity,
      clinician: {
        summary: `Interventional referral: ${missing.length} prerequisite(s) not met`,
        detail: `Before discussing an interventional referral, complete: ${missing.map((prerequisite) => prerequisite.name).join('; ')}. NICE NG59 favours non-invasive care and restricts procedures (RFA only after a positive medial branch block).`,
      },
      patient: {
        summary: 'What comes next in your plan',
        detail:
          'Before specialist procedures are considered, a few steps of your current plan need to be completed. Your care team will explain which ones.',
      },
      reasons,
      source: rule.citations,
      suggestions: [
        { label: 'Complete the missing prerequisites', actionType: 'discuss', isRecommended: true },
      ],
    });
  }
  const rule = ruleById('step3-interventional-decision-aid');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Prerequisites met: interventional options as a shared decision aid',
      detail: `Conservative care, adherence, a medication trial and a psychological screen are documented. ${OPTIONS_DETAIL}`,
    },
    patient: {
      summary: 'Specialist options you can discuss with your care team',
      detail:
        'Some people whose back pain has not improved with exercise and other treatments choose to see a specialist about procedures such as nerve treatments or a spinal cord stimulator. Each has possible benefits and risks, and the evidence for some is limited. Many people decide to carry on with their programme instead. Your care team can help you weigh this up.',
    },
    reasons,
    source: rule.citations,
    suggestions: [
      {
        label: 'Shared decision: discuss options, benefits and risks',
        actionType: 'discuss',
        isRecommended: true,
      },
      {
        label: 'Refer to an interventional pain service if the patient chooses',
        actionType: 'refer',
        referral: 'interventional-pain-service',
        isRecommended: false,
      },
    ],
  });
}
