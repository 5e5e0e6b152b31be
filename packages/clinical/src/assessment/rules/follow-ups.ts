import type { Citation } from '../../core/sources';
import type { InstrumentId } from '../../instruments/types';
import type { AssessmentConfig } from '../config';
import type { ScoredResults } from '../score-intake';
import type { MoodAssessment } from './mood';
import { type AssessmentRule, defineRule } from './rule';

export type FollowUpId =
  | 'self-harm-safety-workflow'
  | 'phq-9-required'
  | 'gad-7-required'
  | 'depression-review'
  | 'anxiety-review'
  | 'startback-required'
  | 'depression-screen-required'
  | 'anxiety-screen-required';

/** `immediate`: act before anything else today; `soon`: at this contact or the next; `routine`: when convenient. */
export type FollowUpPriority = 'immediate' | 'soon' | 'routine';

export interface FollowUp {
  readonly id: FollowUpId;
  /** The instrument to complete, when the follow-up is one. */
  readonly instrumentId: InstrumentId | null;
  readonly priority: FollowUpPriority;
  readonly reason: string;
  readonly ruleId: string;
  readonly citations: readonly Citation[];
}

export const FOLLOW_UP_RULES = {
  'self-harm-safety-workflow': defineRule({
    id: 'follow-up.self-harm-safety-workflow',
    description: 'PHQ-9 item 9 above 0 → start the suicide-risk safety workflow now (immediate).',
    evidence: 'verified',
    citations: [
      { source: 'KTC_QUESTIONNAIRE_STARTERS', section: 'Item 9 triggers a local suicide-risk workflow' },
    ],
  }),
  'phq-9-required': defineRule({
    id: 'follow-up.phq9-after-positive-phq2',
    description: 'PHQ-2 of 3 or more without a scored PHQ-9 → the full PHQ-9 is required.',
    evidence: 'verified',
    citations: [{ source: 'KROENKE_2003_PHQ2', section: 'A positive PHQ-2 leads to the full PHQ-9' }],
  }),
  'gad-7-required': defineRule({
    id: 'follow-up.gad7-after-positive-gad2',
    description: 'GAD-2 of 3 or more without a scored GAD-7 → the full GAD-7 is required.',
    evidence: 'design-decision',
    citations: [{ source: 'KROENKE_2007_GAD2', section: 'GAD-2 = GAD-7 items 1–2, positive at ≥3' }],
  }),
  'depression-review': defineRule({
    id: 'follow-up.depression-review',
    description: 'PHQ-9 total of 10 or more → clinician review of depression.',
    evidence: 'unverified-configurable',
    citations: [
      { source: 'KROENKE_2001_PHQ9', section: 'Screening cut-off ≥10 (clinical.md §3.3, tagged [K])' },
    ],
  }),
  'anxiety-review': defineRule({
    id: 'follow-up.anxiety-review',
    description: 'GAD-7 total of 10 or more → clinician review of anxiety.',
    evidence: 'unverified-configurable',
    citations: [
      { source: 'SPITZER_2006_GAD7', section: 'Screening cut-off ≥10 (clinical.md §3.3, tagged [K])' },
    ],
  }),
  'startback-required': defineRule({
    id: 'follow-up.startback-at-first-contact',
    description: 'No scored STarT Back → complete it: risk stratification belongs at the first contact.',
    evidence: 'verified',
    citations: [
      { source: 'NICE_NG59', section: 'Risk stratification (e.g. STarT Back) at first point of contact' },
    ],
  }),
  'depression-screen-required': defineRule({
    id: 'follow-up.depression-screen',
    description:
      'Neither a PHQ-2 nor a PHQ-9 answered → screen for depression (psychiatric comorbidity predicts persistence).',
    evidence: 'design-decision',
    citations: [
      {
        source: 'CHOU_2010_PROGNOSIS',
        section: 'Psychiatric comorbidity: median LR 2.2 for persistent disabling LBP',
      },
    ],
  }),
  'anxiety-screen-required': defineRule({
    id: 'follow-up.anxiety-screen',
    description: 'Neither a GAD-2 nor a GAD-7 answered → screen for anxiety.',
    evidence: 'design-decision',
    citations: [
      {
        source: 'CHOU_2010_PROGNOSIS',
        section: 'Psychiatric comorbidity: median LR 2.2 for persistent disabling LBP',
      },
    ],
  }),
} as const satisfies Record<FollowUpId, AssessmentRule>;

function followUp(
  id: FollowUpId,
  instrumentId: InstrumentId | null,
  priority: FollowUpPriority,
  reason: string,
): FollowUp {
  const rule = FOLLOW_UP_RULES[id];
  return { id, instrumentId, priority, reason, ruleId: rule.id, citations: rule.citations };
}

/** What must happen next because of the screening results, most pressing first. */
export function followUpsFor(
  mood: MoodAssessment,
  results: ScoredResults,
  config: AssessmentConfig,
): FollowUp[] {
  const followUps: FollowUp[] = [];
  if (mood.selfHarmSafetyFlag) {
    followUps.push(
      followUp(
        'self-harm-safety-workflow',
        null,
        'immediate',
        `PHQ-9 item 9 answered ${mood.phq9Item9}: thoughts of being better off dead or of self-harm. Start the suicide-risk safety workflow now.`,
      ),
    );
  }
  if (mood.phq2Positive === true && mood.phq9Total === null) {
    followUps.push(
      followUp('phq-9-required', 'phq-9', 'soon', `PHQ-2 ${mood.phq2Total} (≥3): complete the full PHQ-9.`),
    );
  }
  if (mood.gad2Positive === true && mood.gad7Total === null) {
    followUps.push(
      followUp('gad-7-required', 'gad-7', 'soon', `GAD-2 ${mood.gad2Total} (≥3): complete the full GAD-7.`),
    );
  }
  if (mood.phq9Total !== null && mood.phq9Total >= config.phq9ReviewAt) {
    followUps.push(
      followUp(
        'depression-review',
        null,
        'soon',
        `PHQ-9 ${mood.phq9Total} (≥${config.phq9ReviewAt}): clinician review of depression.`,
      ),
    );
  }
  if (mood.gad7Total !== null && mood.gad7Total >= config.gad7ReviewAt) {
    followUps.push(
      followUp(
        'anxiety-review',
        null,
        'soon',
        `GAD-7 ${mood.gad7Total} (≥${config.gad7ReviewAt}): clinician review of anxiety.`,
      ),
    );
  }
  if (results.startback === undefined) {
    followUps.push(
      followUp(
        'startback-required',
        'startback',
        'routine',
        'No complete STarT Back: complete it to choose the starting level of care.',
      ),
    );
  }
  if (mood.phq2Total === null && mood.phq9Total === null && mood.phq9Item9 === null) {
    followUps.push(
      followUp('depression-screen-required', 'phq-2', 'routine', 'No depression screen: complete the PHQ-2.'),
    );
  }
  if (mood.gad2Total === null && mood.gad7Total === null) {
    followUps.push(
      followUp('anxiety-screen-required', 'gad-2', 'routine', 'No anxiety screen: complete the GAD-2.'),
    );
  }
  return followUps;
}
