import { daysBetween } from '../outcomes/dates';
import { type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';
import { inClassOnList } from './medication-lookup';
import { describeTier, isExhausted, type TierState } from './medication-tiers';

/** Opioids only as a last resort, always with the CDC 2022 safeguards (clinical.md §0, §2, §7.7). */

export function opioidLastResortCard(
  context: EngineContext,
  tiers: readonly TierState[],
): DecisionCard | null {
  const { state } = context;
  const nonOpioid = tiers.filter((tier) => tier.tier !== 'opioid');
  const opioid = tiers.find((tier) => tier.tier === 'opioid');
  if (opioid?.status !== 'available') return null;
  if (!nonOpioid.every(isExhausted)) return null;
  const benzodiazepines = inClassOnList(state.medications, ['benzodiazepine']);
  const rule = ruleById('opioid-last-resort-with-safeguards');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Non-opioid options exhausted: an opioid only with CDC 2022 safeguards; NICE advises against',
      detail: [
        'Guidelines disagree here, so both are shown. ACP 2017 Rec 3: opioids are an option only when NSAIDs, duloxetine and tramadol have failed, and only after discussing known risks and realistic benefits. NICE NG59: do not offer opioids for chronic LBP or chronic sciatica.',
        'If an opioid is chosen, CDC 2022 safeguards: agree pain and function goals and an exit plan, discuss risks (Rec 2); immediate-release at the lowest effective dose (Rec 3–4); check the PDMP (Rec 9); offer naloxone, and always at ≥50 MME/day (Rec 8); avoid ≥90 MME/day (CDS "high risk"); no benzodiazepines or other CNS depressants (Rec 11); reassess within 4 weeks (Rec 7).',
        benzodiazepines.length > 0 ? 'A benzodiazepine is on the list: Rec 11 applies now.' : '',
      ]
        .filter((part) => part.length > 0)
        .join(' '),
    },
    patient: {
      summary: 'Your care team will talk with you about the next options',
      detail:
        'The usual first medicines have not helped you or are not suitable for you. Your care team will go through the remaining options with you, including their risks, and your exercise programme stays at the centre of your plan.',
    },
    reasons: [
      ...tiers.map(describeTier),
      ...benzodiazepines.map((entry) => `On ${entry.drug} (benzodiazepine)`),
    ],
    source: rule.citations,
    suggestions: [
      {
        label: 'Discuss goals, risks and an exit plan before any opioid',
        actionType: 'discuss',
        isRecommended: true,
      },
      { label: 'Check the PDMP', actionType: 'safety-check', isRecommended: true },
      {
        label: 'If chosen: immediate-release opioid, lowest dose, reassess within 4 weeks',
        actionType: 'consider-medication',
        drugClass: 'opioid',
        isRecommended: false,
      },
    ],
  });
}

export function opioidReassessmentCard(context: EngineContext): DecisionCard | null {
  const { state, config } = context;
  const opioids = inClassOnList(state.medications, ['opioid', 'tramadol']);
  if (opioids.length === 0) return null;
  const newest =
    opioids
      .map((entry) => entry.startDate)
      .sort()
      .at(-1) ?? state.today;
  const lastReview = state.opioidSafeguards.lastOpioidReviewOn;
  const daysSinceStart = daysBetween(newest, state.today);
  const reviewedSinceStart = lastReview !== null && lastReview >= newest;
  const firstReviewDue = !reviewedSinceStart && daysSinceStart >= 7;
  const regularReviewDue =
    reviewedSinceStart &&
    lastReview !== null &&
    daysBetween(lastReview, state.today) > config.opioidRegularReviewDays;
  if (!firstReviewDue && !regularReviewDue) return null;
  const overdue = firstReviewDue && daysSinceStart > config.opioidFirstReviewDays;
  const rule = ruleById('opioid-reassess-within-4-weeks');
  const status = firstReviewDue
    ? `Opioid started or changed ${newest} (${daysSinceStart} days ago); no review since${overdue ? ' (overdue)' : ''}`
    : `Last opioid review ${lastReview} (more than ${config.opioidRegularReviewDays} days ago)`;
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: firstReviewDue
        ? 'Opioid started: reassess benefits and harms within 4 weeks'
        : 'Opioid therapy: regular reassessment due',
      detail: `${status}. CDC 2022 Rec 7: re-evaluate benefits and risks within 1–4 weeks of starting opioids for subacute or chronic pain or of a dose increase, and regularly afterwards; continue only if there is meaningful improvement in pain and function that outweighs the risks.`,
    },
    patient: {
      summary: 'A check-in about your pain treatment is due',
      detail:
        'Your care team will review with you how your pain and daily activities have changed, and any side effects.',
    },
    reasons: [...opioids.map((entry) => `On ${entry.drug} since ${entry.startDate}`), status],
    source: rule.citations,
    suggestions: [
      {
        label: 'Reassess the opioid (pain, function, harms)',
        actionType: 'schedule-review',
        isRecommended: true,
      },
    ],
  });
}
