import { type CardSuggestion, type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';
import type { CareComponent } from './patient-state';

/** Step 1: non-drug care for everyone, matched to STarT Back risk (clinical.md §1.1, §1.2, §1.5). */

const CORE_COMPONENTS: readonly { kind: CareComponent; label: string }[] = [
  { kind: 'education', label: 'Add education (how back pain works, staying active)' },
  { kind: 'home-exercise', label: 'Add a short home exercise programme' },
  { kind: 'self-management', label: 'Add self-management (pacing, flare plan, sleep, stress)' },
];

export function coreProgrammeCard(context: EngineContext): DecisionCard | null {
  const missing = CORE_COMPONENTS.filter((component) => !context.components.has(component.kind));
  if (missing.length === 0) return null;
  const rule = ruleById('step1-core-programme');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `Step 1 core programme incomplete: add ${missing.map((component) => component.kind).join(', ')}`,
      detail:
        'Everyone without a blocking red flag starts with, and keeps, non-drug care: education, home exercise and self-management (ACP 2017 Rec 2; NICE NG59). These stay in place at every later step.',
    },
    patient: {
      summary: 'Your plan is built on three things you can do at home',
      detail:
        'Learning how back pain works, a short daily exercise programme, and ways to manage pain day to day (pacing, sleep, coping with flare-ups). These have the best evidence for long-lasting back pain.',
    },
    reasons: missing.map((component) => `Not yet in the plan: ${component.kind}`),
    source: rule.citations,
    suggestions: missing.map(
      (component): CardSuggestion => ({
        label: component.label,
        actionType: 'adjust-programme',
        isRecommended: true,
      }),
    ),
  });
}

export function highRiskCard(context: EngineContext): DecisionCard | null {
  if (context.state.assessment.riskGroup !== 'high') return null;
  const needsPhysio = !context.components.has('psychologically-informed-physiotherapy');
  const needsCbt = !context.components.has('cbt-counselling');
  if (!needsPhysio && !needsCbt) return null;
  const rule = ruleById('step1-high-risk-psychologically-informed');
  const suggestions: CardSuggestion[] = [
    ...(needsPhysio
      ? [
          {
            label: 'Refer for psychologically informed physiotherapy',
            actionType: 'refer' as const,
            referral: 'psychologically-informed-physiotherapy' as const,
            isRecommended: true,
          },
        ]
      : []),
    ...(needsCbt
      ? [
          {
            label: 'Refer for CBT or counselling',
            actionType: 'refer' as const,
            referral: 'cbt-counselling' as const,
            isRecommended: true,
          },
        ]
      : []),
  ];
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'STarT Back high risk: psychologically informed physiotherapy and CBT/counselling',
      detail:
        'High-risk patients have the worst prognosis without matched care (Hill 2011). Matched pathway: psychologically informed physiotherapy (configurable; [K] in clinical.md §1.5). NICE NG59: a combined physical and psychological programme with a CBT approach for significant psychosocial obstacles. CBT and MBSR improved function and pain in chronic LBP (Cherkin 2016).',
    },
    patient: {
      summary: 'Extra support for the worry and stress that often come with back pain',
      detail:
        'Your answers suggest that back pain is weighing on your mood and daily life. People in this situation do better with a physiotherapist trained in this approach and with talking therapy (CBT or counselling) alongside exercise.',
    },
    reasons: [
      `STarT Back risk group: high${context.state.assessment.baseline.startBackDistress !== undefined ? ` (distress subscale ${context.state.assessment.baseline.startBackDistress})` : ''}`,
      ...(needsPhysio ? ['No psychologically informed physiotherapy in the plan'] : []),
      ...(needsCbt ? ['No CBT or counselling in the plan'] : []),
    ],
    source: rule.citations,
    suggestions,
  });
}

export function mediumRiskCard(context: EngineContext): DecisionCard | null {
  if (context.state.assessment.riskGroup !== 'medium') return null;
  if (
    context.components.has('physiotherapy') ||
    context.components.has('psychologically-informed-physiotherapy')
  ) {
    return null;
  }
  const rule = ruleById('step1-medium-risk-physiotherapy');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'STarT Back medium risk: consider standard physiotherapy',
      detail:
        'Matched pathway for medium risk: standard physiotherapy alongside the home programme (Hill 2011; configurable, [K] in clinical.md §1.5). NICE NG59 endorses risk stratification at first contact.',
    },
    patient: {
      summary: 'A physiotherapist can guide your exercise programme',
      detail:
        'Your answers suggest a few sessions with a physiotherapist would help you get the most from your exercises.',
    },
    reasons: ['STarT Back risk group: medium', 'No physiotherapy in the plan'],
    source: rule.citations,
    suggestions: [
      {
        label: 'Refer to physiotherapy',
        actionType: 'refer',
        referral: 'physiotherapy',
        isRecommended: true,
      },
    ],
  });
}
