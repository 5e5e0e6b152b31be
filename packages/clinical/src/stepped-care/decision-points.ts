import { type CardSuggestion, type DecisionCard, makeCard } from './card';
import { describeAdherence, describeChange, type EngineContext, ruleById } from './engine-context';

/**
 * Decision points: week 6 (check) and week 12 (decide) of each step, and whenever a
 * trigger fires (worsening, a flare longer than 7 days). clinical.md §6.1 (timing),
 * §6.2 (adherence and its barriers), §3.1 (meaningful change).
 */

export type ProgressClassification =
  | 'worsening'
  | 'improving'
  | 'not-doing-it'
  | 'adherent-not-improving'
  | 'insufficient-data';

export interface ProgressDecision {
  readonly classification: ProgressClassification;
  readonly trigger: 'week-6-check' | 'week-12-decision' | 'worsening' | 'long-flare';
}

export function classifyProgress(context: EngineContext): ProgressDecision | null {
  if (context.outcomes.worsening.length > 0) return { classification: 'worsening', trigger: 'worsening' };
  const trigger = context.decisionPoint ?? (context.longFlares.length > 0 ? 'long-flare' : null);
  if (trigger === null) return null;
  const { outcomes, adherence, config } = context;
  if (outcomes.changes.length === 0) return { classification: 'insufficient-data', trigger };
  if (outcomes.improving) return { classification: 'improving', trigger };
  if (adherence.rate === null) return { classification: 'insufficient-data', trigger };
  if (adherence.rate < config.adherenceThreshold) return { classification: 'not-doing-it', trigger };
  return { classification: 'adherent-not-improving', trigger };
}

const TRIGGER_NAMES = {
  'week-6-check': 'Week-6 check',
  'week-12-decision': 'Week-12 decision',
  worsening: 'Triggered review (worsening)',
  'long-flare': 'Triggered review (flare over 7 days)',
} as const;

function progressReasons(context: EngineContext, decision: ProgressDecision): string[] {
  const { outcomes, state } = context;
  const slope = outcomes.trajectory.slopePerWeek;
  return [
    `${TRIGGER_NAMES[decision.trigger]}: step ${state.currentStep.step}, day ${context.daysInStep} (started ${state.currentStep.startedOn})`,
    ...outcomes.changes.map(describeChange),
    ...(slope === null
      ? []
      : [`Pain trend ${slope > 0 ? '+' : ''}${Math.round(slope * 100) / 100} points/week (7-day mean)`]),
    describeAdherence(context.adherence),
  ];
}

function worseningCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  const rule = ruleById('decision-worsening');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Worsening since the start of this step: urgent clinician review',
      detail:
        'Pain or function is worse than at the start of the step by at least the minimal important change. Review urgently: re-screen red flags (progressive neurology, malignancy, infection), check for a flare or new injury, and review the programme load. Do not step up care before this review.',
    },
    patient: {
      summary: 'Your scores show your back pain has got worse',
      detail:
        'Your care team has been told and will contact you soon to review. If you develop new numbness, weakness in your legs, or problems controlling your bladder or bowel, go to the Emergency Department straight away.',
    },
    reasons: progressReasons(context, decision),
    source: rule.citations,
    suggestions: [
      { label: 'Urgent review of the worsening', actionType: 'urgent-review', isRecommended: true },
    ],
  });
}

function improvingCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  const rule = ruleById('decision-improving');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `${TRIGGER_NAMES[decision.trigger]}: meaningful improvement; continue and progress`,
      detail:
        'At least one outcome has improved by the minimal important change (pain ≥2 points and ≥30%; PEG ≥30% and ≥1; ODI ≥10; RMDQ ≥5). Continue the current step and progress the exercise programme; no escalation.',
    },
    patient: {
      summary: 'You are making real progress: keep going',
      detail:
        'Your scores have improved by an amount that matters in daily life. Your exercise programme will now step up a little to keep you moving forward.',
    },
    reasons: progressReasons(context, decision),
    source: rule.citations,
    suggestions: [
      { label: 'Continue the current step', actionType: 'continue-programme', isRecommended: true },
      { label: 'Progress the exercise programme', actionType: 'adjust-programme', isRecommended: true },
    ],
  });
}

function notDoingItCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  const rule = ruleById('decision-not-doing-it');
  const phq9 = context.latestPhq9;
  const suggestions: CardSuggestion[] = [
    {
      label: 'Simplify: fewer exercises, shorter sessions',
      actionType: 'adjust-programme',
      isRecommended: true,
    },
    { label: 'Change reminder time or channel', actionType: 'adjust-programme', isRecommended: true },
    {
      label: 'Ask about pain during exercise and adjust the load',
      actionType: 'discuss',
      isRecommended: true,
    },
    { label: 'Consider low mood as a barrier (PHQ-9)', actionType: 'record-measure', isRecommended: true },
  ];
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `${TRIGGER_NAMES[decision.trigger]}: not improving, adherence below ${Math.round(context.config.adherenceThreshold * 100)}%: address barriers, do not escalate`,
      detail:
        'The programme has not been done often enough to judge it, so do not step up care. Address the barriers that predict poor adherence (Jack 2010): simplify the programme (fewer exercises predict better adherence, Medina-Mirapeix 2009), change reminders, ask about pain during exercise, consider depression, anxiety or low self-efficacy. Re-check in 4–6 weeks.',
    },
    patient: {
      summary: 'Let’s make the exercises easier to fit into your day',
      detail:
        'Many people find it hard to keep up home exercises. Your programme can be made shorter and simpler, and reminders can come at a better time. If exercises hurt, or if you have been feeling low, tell your care team: both can be helped.',
    },
    reasons: [
      ...progressReasons(context, decision),
      ...(phq9 === null ? ['No PHQ-9 recorded'] : [`Latest PHQ-9 ${phq9}`]),
    ],
    source: rule.citations,
    suggestions,
  });
}

function adherentNotImprovingCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  const rule = ruleById('decision-adherent-not-improving');
  const { state } = context;
  const remaining = state.physiotherapy.visitsAuthorised - state.physiotherapy.visitsUsed;
  const isDecide = decision.trigger === 'week-12-decision';
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `${TRIGGER_NAMES[decision.trigger]}: doing the programme, not improving${isDecide ? ': consider the next step' : ''}`,
      detail: `Adherence is adequate but no outcome has changed meaningfully. Check (1) the programme matches the phenotype (${state.assessment.phenotype}${state.assessment.directionalPreference ? `, directional preference ${state.assessment.directionalPreference}` : ''}); (2) psychological factors (PHQ-9, STarT Back distress, fear of movement); (3) whether supervised physiotherapy ran out. ${isDecide ? 'At the week-12 decision, the next-step options are shown on separate cards.' : 'At week 6 this is a check: continue and decide at week 12.'}`,
    },
    patient: {
      summary: 'You have kept up your programme: time to review the plan together',
      detail:
        'You have been doing your exercises regularly, which is the hardest part. Your scores have not changed much yet, so your care team will review the plan with you and look at what else could help.',
    },
    reasons: [
      ...progressReasons(context, decision),
      `Phenotype ${state.assessment.phenotype}; directional preference ${state.assessment.directionalPreference ?? 'not recorded'}`,
      context.latestPhq9 === null ? 'No PHQ-9 recorded' : `Latest PHQ-9 ${context.latestPhq9}`,
      `Physiotherapy visits: ${state.physiotherapy.visitsUsed} of ${state.physiotherapy.visitsAuthorised} used (${Math.max(remaining, 0)} left)`,
    ],
    source: rule.citations,
    suggestions: [
      {
        label: 'Check the programme matches the phenotype',
        actionType: 'adjust-programme',
        isRecommended: true,
      },
      {
        label: isDecide ? 'Review the next-step options' : 'Continue and decide at week 12',
        actionType: isDecide ? 'discuss' : 'continue-programme',
        isRecommended: true,
      },
    ],
  });
}

function insufficientDataCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  const rule = ruleById('decision-insufficient-data');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `${TRIGGER_NAMES[decision.trigger]}: not enough data to judge progress`,
      detail: `Progress cannot be classified: a 7-day pain mean needs at least ${context.config.minimumDiaryDays} diary days in the last week, or a PEG/ODI/RMDQ since the step began; adherence needs scheduled sessions. Ask for diary entries and an outcome measure before deciding.`,
    },
    patient: {
      summary: 'A few quick check-ins will help your care team',
      detail:
        'Please fill in your pain diary on most days this week and complete the short questionnaire in the app. This lets your care team see how you are really doing.',
    },
    reasons: progressReasons(context, decision),
    source: rule.citations,
    suggestions: [
      { label: 'Ask for diary entries and a PEG', actionType: 'record-measure', isRecommended: true },
    ],
  });
}

export function psychologicalReferralCard(
  context: EngineContext,
  decision: ProgressDecision | null,
): DecisionCard | null {
  if (!decision || !['adherent-not-improving', 'not-doing-it'].includes(decision.classification)) return null;
  const phq9 = context.latestPhq9;
  if (
    phq9 === null ||
    phq9 < context.config.phq9ReferralThreshold ||
    context.components.has('cbt-counselling')
  ) {
    return null;
  }
  const rule = ruleById('psychological-support-referral');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `PHQ-9 ${phq9} (≥${context.config.phq9ReferralThreshold}) and not improving: refer for counselling or CBT`,
      detail:
        'Depression predicts poor adherence and persistence of back pain (Jack 2010; Chou 2010). NICE NG59: psychological therapy with a CBT approach as part of a treatment package. CBT and MBSR improved function in chronic LBP (Cherkin 2016). Assess mood and offer a referral.',
    },
    patient: {
      summary: 'Talking therapy can help with pain and mood',
      detail:
        'Long-lasting pain and low mood often feed each other. Talking therapy such as CBT or counselling helps many people with back pain feel and function better. Your care team will talk with you about it.',
    },
    reasons: [
      `Latest PHQ-9 ${phq9}`,
      'No CBT or counselling in the plan',
      `Progress: ${decision.classification}`,
    ],
    source: rule.citations,
    suggestions: [
      {
        label: 'Refer for counselling or CBT',
        actionType: 'refer',
        referral: 'cbt-counselling',
        isRecommended: true,
      },
    ],
  });
}

export function progressCard(context: EngineContext, decision: ProgressDecision): DecisionCard {
  switch (decision.classification) {
    case 'worsening':
      return worseningCard(context, decision);
    case 'improving':
      return improvingCard(context, decision);
    case 'not-doing-it':
      return notDoingItCard(context, decision);
    case 'adherent-not-improving':
      return adherentNotImprovingCard(context, decision);
    case 'insufficient-data':
      return insufficientDataCard(context, decision);
  }
}
