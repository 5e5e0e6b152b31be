import type { Citation } from '../../core/sources';
import type { AssessmentConfig } from '../config';
import type { Intake } from '../intake-schema';
import type { ScoredResults } from '../score-intake';
import type { MoodAssessment } from './mood';
import { type AssessmentRule, defineRule } from './rule';

/** Yellow-flag groups of the NZ guide (attitudes and beliefs, behaviours, compensation, …), plus baseline function. */
export type YellowFlagDomain =
  | 'beliefs'
  | 'behaviours'
  | 'compensation'
  | 'diagnosis-and-treatment'
  | 'emotions'
  | 'family'
  | 'work'
  | 'function';

export type YellowFlagId =
  | 'pain-means-harm'
  | 'catastrophising'
  | 'fear-of-movement'
  | 'activity-avoidance'
  | 'very-high-pain-report'
  | 'poor-sleep'
  | 'more-alcohol-or-drugs'
  | 'low-mood'
  | 'anxiety'
  | 'social-withdrawal'
  | 'passive-treatment-expectation'
  | 'no-one-to-talk-to'
  | 'compensation'
  | 'work-factors'
  | 'high-baseline-disability';

/** A psychosocial risk factor for persistent disability (clinical.md §4.2). Yellow flags never block the programme. */
export interface YellowFlag {
  readonly id: YellowFlagId;
  readonly domain: YellowFlagDomain;
  readonly description: string;
  /** What raised it: intake fields (kebab case) or instrument items such as `startback.worrying-thoughts`. */
  readonly triggeredBy: readonly string[];
  readonly ruleId: string;
  readonly citations: readonly Citation[];
}

interface YellowFlagRule extends AssessmentRule {
  readonly flag: YellowFlagId;
  readonly domain: YellowFlagDomain;
}

const NZ_GUIDE = (section: string): Citation => ({ source: 'KENDALL_1997_YELLOW_FLAGS', section });
const DG_LIST = (section: string): Citation => ({ source: 'NHS_DG_YELLOW_FLAGS', section });

function rule(
  flag: YellowFlagId,
  domain: YellowFlagDomain,
  description: string,
  citations: Citation[],
): YellowFlagRule {
  return {
    ...defineRule({ id: `yellow-flag.${flag}`, description, evidence: 'verified', citations }),
    flag,
    domain,
  };
}

export const YELLOW_FLAG_RULES: Readonly<Record<YellowFlagId, YellowFlagRule>> = {
  'pain-means-harm': rule('pain-means-harm', 'beliefs', 'Believes that pain means harm.', [
    NZ_GUIDE('Attitudes and beliefs'),
    DG_LIST('Beliefs'),
  ]),
  catastrophising: rule(
    'catastrophising',
    'beliefs',
    'Catastrophising: the pain is terrible and will never improve (reported, or STarT Back item 7).',
    [
      NZ_GUIDE('Attitudes and beliefs: catastrophising'),
      { source: 'CHOU_2010_PROGNOSIS', section: 'Maladaptive pain coping: median LR 2.5' },
    ],
  ),
  'fear-of-movement': rule(
    'fear-of-movement',
    'emotions',
    'Fear of movement: avoids moving for fear of harm (reported, or STarT Back item 5).',
    [
      DG_LIST('Emotions: fear of movement'),
      { source: 'CHOU_2010_PROGNOSIS', section: 'Low fear-avoidance predicts recovery (LR 0.39)' },
    ],
  ),
  'activity-avoidance': rule(
    'activity-avoidance',
    'behaviours',
    'Extended rest or withdrawal from activity.',
    [NZ_GUIDE('Behaviours: extended rest, reduced activity'), DG_LIST('Behaviours')],
  ),
  'very-high-pain-report': rule(
    'very-high-pain-report',
    'behaviours',
    'Very high pain report (10/10 on the NRS or the PEG pain item).',
    [DG_LIST('Behaviours: very high pain reports, e.g. 10/10')],
  ),
  'poor-sleep': rule('poor-sleep', 'behaviours', 'Poor sleep because of pain.', [
    DG_LIST('Behaviours: poor sleep'),
  ]),
  'more-alcohol-or-drugs': rule(
    'more-alcohol-or-drugs',
    'behaviours',
    'More alcohol or other substances since the pain began.',
    [DG_LIST('Behaviours: increased alcohol or other substances')],
  ),
  'low-mood': rule(
    'low-mood',
    'emotions',
    'Low mood or loss of enjoyment (STarT Back item 8, positive PHQ-2, or PHQ-9 at the review cut-off).',
    [
      DG_LIST('Emotions: depression and loss of enjoyment'),
      { source: 'CHOU_2010_PROGNOSIS', section: 'Psychiatric comorbidity: median LR 2.2' },
    ],
  ),
  anxiety: rule(
    'anxiety',
    'emotions',
    'Anxiety or worry (STarT Back item 6, positive GAD-2, or GAD-7 at the review cut-off).',
    [DG_LIST('Emotions: anxiety, feeling stressed')],
  ),
  'social-withdrawal': rule(
    'social-withdrawal',
    'emotions',
    'Social withdrawal: seeing less of friends and family because of the pain.',
    [DG_LIST('Emotions: social withdrawal')],
  ),
  'passive-treatment-expectation': rule(
    'passive-treatment-expectation',
    'diagnosis-and-treatment',
    'Expects a quick fix or passive treatment.',
    [DG_LIST('Diagnosis and treatment: dependence on passive treatment, expecting a quick fix')],
  ),
  'no-one-to-talk-to': rule('no-one-to-talk-to', 'family', 'No one to talk to about problems.', [
    DG_LIST('Family: no one to talk to'),
  ]),
  compensation: rule(
    'compensation',
    'compensation',
    'Compensation claim, dispute or litigation linked to the back pain.',
    [NZ_GUIDE('Compensation issues'), DG_LIST('Compensation: claims, disputes, litigation')],
  ),
  'work-factors': rule(
    'work-factors',
    'work',
    'Work factors: off work because of back pain, heavy or monotonous work, low job satisfaction, or an unsupportive employer.',
    [
      NZ_GUIDE('Work'),
      DG_LIST('Work: manual or monotonous work, low job satisfaction, unsupportive employer'),
    ],
  ),
  'high-baseline-disability': {
    ...defineRule({
      id: 'yellow-flag.high-baseline-disability',
      description: 'High baseline disability: ODI above 40% (the severe band or worse).',
      evidence: 'design-decision',
      citations: [
        { source: 'CHOU_2010_PROGNOSIS', section: 'High baseline functional impairment: median LR 2.1' },
        { source: 'FAIRBANK_2000_ODI', section: 'Bands: 41–60% severe' },
      ],
    }),
    flag: 'high-baseline-disability',
    domain: 'function',
  },
};

function flagIf(
  id: YellowFlagId,
  triggers: readonly (string | false | undefined | null)[],
): YellowFlag | null {
  const triggeredBy = triggers.filter((trigger): trigger is string => typeof trigger === 'string');
  if (triggeredBy.length === 0) return null;
  const { domain, description, id: ruleId, citations } = YELLOW_FLAG_RULES[id];
  return { id, domain, description, triggeredBy, ruleId, citations };
}

export function detectYellowFlags(
  intake: Intake,
  results: ScoredResults,
  mood: MoodAssessment,
  config: AssessmentConfig,
): YellowFlag[] {
  const social = intake.psychosocial ?? {};
  const startBack = intake.instruments.startback ?? {};
  const agreed = (itemId: string) => startBack[itemId] === 1 && `startback.${itemId}`;
  const odi = results.odi?.percent ?? intake.clinicianFindings?.odiPercent;
  const candidates = [
    flagIf('pain-means-harm', [social.believesPainMeansHarm && 'believes-pain-means-harm']),
    flagIf('catastrophising', [
      social.catastrophising && 'catastrophising',
      agreed('pain-terrible-never-improve'),
    ]),
    flagIf('fear-of-movement', [
      social.fearOfMovement && 'fear-of-movement',
      agreed('not-safe-to-be-active'),
    ]),
    flagIf('activity-avoidance', [
      social.avoidingActivityOrProlongedRest && 'avoiding-activity-or-prolonged-rest',
    ]),
    flagIf('very-high-pain-report', [
      intake.instruments['pain-nrs']?.['pain-intensity'] === 10 && 'pain-nrs.pain-intensity',
      intake.instruments['peg-3']?.['pain-average'] === 10 && 'peg-3.pain-average',
    ]),
    flagIf('poor-sleep', [social.poorSleep && 'poor-sleep']),
    flagIf('more-alcohol-or-drugs', [
      social.moreAlcoholOrDrugsSinceOnset && 'more-alcohol-or-drugs-since-onset',
    ]),
    flagIf('low-mood', [
      agreed('not-enjoyed-things'),
      mood.phq2Positive === true && 'phq-2-positive',
      mood.phq9Total !== null &&
        mood.phq9Total >= config.phq9ReviewAt &&
        `phq-9-at-least-${config.phq9ReviewAt}`,
    ]),
    flagIf('anxiety', [
      agreed('worrying-thoughts'),
      mood.gad2Positive === true && 'gad-2-positive',
      mood.gad7Total !== null &&
        mood.gad7Total >= config.gad7ReviewAt &&
        `gad-7-at-least-${config.gad7ReviewAt}`,
    ]),
    flagIf('social-withdrawal', [social.socialWithdrawal && 'social-withdrawal']),
    flagIf('passive-treatment-expectation', [
      social.expectsPassiveTreatmentOnly && 'expects-passive-treatment-only',
    ]),
    flagIf('no-one-to-talk-to', [social.noOneToTalkTo && 'no-one-to-talk-to']),
    flagIf('compensation', [
      social.compensationClaim && 'compensation-claim',
      social.disputeOrLitigation && 'dispute-or-litigation',
    ]),
    flagIf('work-factors', [
      social.workStatus === 'off-work-because-of-back-pain' && 'off-work-because-of-back-pain',
      social.heavyOrMonotonousWork && 'heavy-or-monotonous-work',
      social.lowJobSatisfaction && 'low-job-satisfaction',
      social.unsupportiveEmployer && 'unsupportive-employer',
    ]),
    flagIf('high-baseline-disability', [
      odi !== undefined &&
        odi > config.highBaselineDisabilityOdiAbove &&
        `odi-above-${config.highBaselineDisabilityOdiAbove}-percent`,
    ]),
  ];
  return candidates.filter((flag): flag is YellowFlag => flag !== null);
}
