import { type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';

/** Red flags and the mood safety item: the cards that outrank everything else (clinical.md §3.3, §4.1). */

const CONDITION_NAMES = {
  'cauda-equina': 'suspected cauda equina syndrome',
  'progressive-neurological-deficit': 'progressive or severe neurological deficit',
  malignancy: 'possible spinal malignancy',
  infection: 'possible spinal infection',
  fracture: 'possible vertebral fracture',
  'aortic-aneurysm': 'possible abdominal aortic aneurysm',
  'axial-spondyloarthritis': 'suspected axial spondyloarthritis',
} as const;

function flagReasons(context: EngineContext, action: 'emergency' | 'urgent'): string[] {
  return context.activeRedFlags
    .filter((flag) => flag.action === action)
    .map((flag) => `${CONDITION_NAMES[flag.condition]} (${flag.origin}, ${flag.since})`);
}

/** Emergency red flag: the only card the engine returns (clinical.md §4.1 product rule). */
export function emergencyCard(context: EngineContext): DecisionCard | null {
  const reasons = flagReasons(context, 'emergency');
  if (reasons.length === 0) return null;
  const rule = ruleById('emergency-red-flag');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'EMERGENCY red flag: send to the Emergency Department now',
      detail: `${reasons.join('; ')}. Same-day emergency assessment with urgent MRI (suspected cauda equina: "medical emergency – attend A&E"; metastatic cord compression with neurological signs is also an emergency). The exercise programme is blocked until a clinician clears the flag. Give cauda equina safety-netting information.`,
    },
    patient: {
      summary: 'Go to the Emergency Department now',
      detail:
        'Some of the symptoms you reported can be a sign of a serious problem with the nerves in your lower back that needs same-day hospital care. Go to the nearest Emergency Department now, or call emergency services. Show them this message. Your exercise programme is paused until a clinician has checked you.',
    },
    reasons,
    source: rule.citations,
    suggestions: [
      {
        label: 'Send to the Emergency Department for urgent MRI',
        actionType: 'emergency-referral',
        referral: 'emergency-department',
        isRecommended: true,
      },
    ],
  });
}

export function urgentRedFlagCard(context: EngineContext): DecisionCard | null {
  const reasons = flagReasons(context, 'urgent');
  if (reasons.length === 0) return null;
  const rule = ruleById('urgent-red-flag-review');
  const actions = context.activeRedFlags
    .filter((flag) => flag.action === 'urgent' && flag.clinicianAction)
    .map((flag) => flag.clinicianAction);
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Urgent red flag: same-day clinician review',
      detail:
        `${reasons.join('; ')}. Review today: contact the spinal team or arrange imaging as the flag requires; ED if the team cannot be reached. ${actions.join(' ')} Step changes are held until the flag is cleared.`
          .replace(/\s+/g, ' ')
          .trim(),
    },
    patient: {
      summary: 'Your care team needs to see you today',
      detail:
        'Something you reported needs a same-day check by a clinician. Your care team has been told. If you cannot reach them today, go to an urgent care centre or Emergency Department. If you develop numbness around your bottom or genitals, or new problems controlling your bladder or bowel, go to the Emergency Department straight away.',
    },
    reasons,
    source: rule.citations,
    suggestions: [
      {
        label: 'Review today (spinal team or imaging as indicated)',
        actionType: 'urgent-review',
        referral: 'spinal-team',
        isRecommended: true,
      },
    ],
  });
}

export function selfHarmCard(context: EngineContext): DecisionCard | null {
  const { state } = context;
  // The most recent answer to item 9 decides: a later PHQ-9 answered 0 supersedes the assessment.
  const latest = [...state.records.phq9]
    .filter((record) => record.item9 !== undefined && record.date >= state.assessment.assessedOn)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  let reasons: string[] = [];
  if (latest?.item9 !== undefined) {
    if (latest.item9 > 0) reasons = [`PHQ-9 item 9 = ${latest.item9} on ${latest.date}`];
  } else if (state.assessment.mood.selfHarmSafetyFlag) {
    reasons = [
      `PHQ-9 item 9 = ${state.assessment.mood.phq9Item9 ?? 'positive'} at assessment (${state.assessment.assessedOn})`,
    ];
  }
  if (reasons.length === 0) return null;
  const rule = ruleById('self-harm-safety');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'PHQ-9 item 9 positive: start the suicide-risk workflow today',
      detail:
        'A non-zero answer to PHQ-9 item 9 (thoughts of being better off dead or of self-harm) must trigger a suicide-risk assessment whatever the total score. Contact the patient today and follow the local safety protocol.',
    },
    patient: {
      summary: 'Support is available now',
      detail:
        'You told us you have had thoughts of hurting yourself or that you would be better off dead. You do not have to deal with this alone. If you might act on these thoughts, call emergency services or a crisis line now. Your care team has been told and will contact you.',
    },
    reasons,
    source: rule.citations,
    suggestions: [
      {
        label: 'Suicide-risk assessment today',
        actionType: 'urgent-review',
        referral: 'mental-health-crisis-team',
        isRecommended: true,
      },
    ],
  });
}

export function rheumatologyCard(context: EngineContext): DecisionCard | null {
  const { state } = context;
  if (context.components.has('rheumatology-referral')) return null;
  const reasons = [
    state.assessment.phenotype === 'inflammatory'
      ? 'Phenotype: suspected inflammatory back pain (IBP criteria)'
      : null,
    ...context.activeRedFlags
      .filter((flag) => flag.action === 'rheumatology-referral')
      .map((flag) => `Red flag: ${CONDITION_NAMES[flag.condition]} (${flag.origin}, ${flag.since})`),
  ].filter((reason): reason is string => reason !== null);
  if (reasons.length === 0) return null;
  const rule = ruleById('rheumatology-referral');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Suspected inflammatory back pain: refer to rheumatology',
      detail:
        'Features of inflammatory back pain (possible axial spondyloarthritis) call for a rheumatology referral, urgently or soon (NHS pathway). This is a suspicion, not a diagnosis. The exercise programme may continue meanwhile.',
    },
    patient: {
      summary: 'A referral to a joint specialist (rheumatologist) is recommended',
      detail:
        'Some features of your back pain can come from inflammation of the spine. A rheumatologist can check for this. Your exercise programme continues in the meantime: movement helps this kind of back pain too.',
    },
    reasons,
    source: rule.citations,
    suggestions: [
      { label: 'Refer to rheumatology', actionType: 'refer', referral: 'rheumatology', isRecommended: true },
    ],
  });
}
