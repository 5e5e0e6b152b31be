import type { Citation } from '../core/sources';

/**
 * Every rule the programme, progression, flare and pacing code applies, with its sources.
 * `evidence` says how firm the source is: `verified` facts were checked against a source
 * (clinical.md [V]); `background` facts are recorded in clinical.md as [K] and must stay
 * configurable until verified; `design` rules are product decisions that rest on the cited
 * facts but are not stated by them. docs/programme.md explains each rule in prose.
 */
export interface ProgrammeRule {
  readonly id: ProgrammeRuleId;
  readonly description: string;
  readonly evidence: 'verified' | 'background' | 'design';
  /** True when a deployment may change the rule's numbers (see the config objects). */
  readonly configurable: boolean;
  readonly citations: readonly Citation[];
}

export const PROGRAMME_RULE_IDS = [
  'blocked-by-red-flag',
  'honour-restrictions',
  'warm-up-first',
  'directional-preference-first',
  'avoid-opposite-direction',
  'mechanical-content',
  'radicular-content',
  'sliders-before-tensioners',
  'symptoms-spread-check',
  'inflammatory-content',
  'mixed-content',
  'starting-level-from-function',
  'starting-level-from-risk',
  'session-fits-time-budget',
  'pain-monitoring-progression',
  'regress-after-two-broken-weeks',
  'progression-never-needs-zero-pain',
  'quota-weekly-increase',
  'pacing-baseline',
  'pacing-time-contingent',
  'flare-set',
  'flare-red-flag-check',
  'flare-return-after-settled-days',
  'flare-clinician-review',
  'adherence-counts-exercise-only',
] as const;
export type ProgrammeRuleId = (typeof PROGRAMME_RULE_IDS)[number];

const NG59_CARE: Citation = { source: 'NICE_NG59', section: 'care model: exercise, self-management' };
const LONG: Citation = {
  source: 'LONG_2004_DIRECTIONAL_PREFERENCE',
  section: 'matched vs opposite exercise',
};
const SILBERNAGEL: Citation = {
  source: 'SILBERNAGEL_2007_PAIN_MONITORING',
  section: 'pain-monitoring rules',
};
const PACING: Citation = { source: 'NIELSON_2013_PACING', section: 'quotas below tolerance' };
const GRADED: Citation = { source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'time-contingent quotas' };
const LEVELS: Citation = {
  source: 'NICE_CG88_EXERCISE',
  section: 'exercise content and levels (clinical.md §5.9)',
};
const HANDOUTS: Citation = { source: 'LBP_EXERCISE_HANDOUTS', section: 'safety copy' };
const CES: Citation = { source: 'BASS_2018_CES', section: 'CES features' };
const RED_FLAGS: Citation = { source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table' };

export const PROGRAMME_RULES: readonly ProgrammeRule[] = [
  {
    id: 'blocked-by-red-flag',
    description:
      'An emergency or urgent red flag that a clinician has not cleared blocks the programme: the generator returns a blocked result with the required action, never a programme.',
    evidence: 'verified',
    configurable: false,
    citations: [CES, RED_FLAGS],
  },
  {
    id: 'honour-restrictions',
    description:
      'No exercise is chosen whose position the patient cannot take, whose equipment they lack, or whose avoid-conditions they have (including a cleared fracture flag).',
    evidence: 'design',
    configurable: false,
    citations: [HANDOUTS, { source: 'DOWNIE_2013_RED_FLAGS', section: 'fracture red flags' }],
  },
  {
    id: 'warm-up-first',
    description: 'Every session starts with a gentle warm-up item.',
    evidence: 'design',
    configurable: false,
    citations: [{ source: 'NICE_CG88_EXERCISE', section: 'movement instruction' }],
  },
  {
    id: 'directional-preference-first',
    description:
      'When a clinician records an extension or flexion preference, the matching repeated movement comes first after the warm-up.',
    evidence: 'verified',
    configurable: false,
    citations: [LONG],
  },
  {
    id: 'avoid-opposite-direction',
    description:
      'With a recorded directional preference, exercises that load the opposite direction are left out (opposite-direction exercise did worse in Long 2004).',
    evidence: 'verified',
    configurable: false,
    citations: [LONG],
  },
  {
    id: 'mechanical-content',
    description: 'Mechanical pain: motor control, strengthening and walking form the core of the session.',
    evidence: 'verified',
    configurable: false,
    citations: [
      { source: 'OWEN_2020', section: 'motor control and resistance training best for function' },
      { source: 'HAYDEN_2021', section: 'exercise vs no treatment' },
      { source: 'SARAGIOTTO_2016', section: 'motor control exercise' },
    ],
  },
  {
    id: 'radicular-content',
    description:
      'Radicular pain: a nerve slider, gentle motor control and walking, plus a "stop if symptoms spread" check.',
    evidence: 'design',
    configurable: false,
    citations: [NG59_CARE, LONG],
  },
  {
    id: 'sliders-before-tensioners',
    description:
      'Nerve mobilisation starts with sliders; tensioners are reached only by progression and never while leg symptoms are irritable. Background knowledge, not recorded in clinical.md: verify before release.',
    evidence: 'background',
    configurable: true,
    citations: [LONG, LEVELS],
  },
  {
    id: 'symptoms-spread-check',
    description:
      'Radicular, mixed and directional-preference programmes ask after each session whether symptoms spread further down the leg; a yes stops those exercises and asks for clinician review. A standard MDT safety principle recorded as background knowledge: verify the source before release; it is kept on because it only makes the programme more cautious.',
    evidence: 'background',
    configurable: false,
    citations: [LONG, HANDOUTS],
  },
  {
    id: 'inflammatory-content',
    description:
      'Suspected inflammatory back pain (IBP criteria positive): mobility and aerobic work lead the session, because IBP typically improves with exercise, not rest.',
    evidence: 'verified',
    configurable: false,
    citations: [{ source: 'SIEPER_2009_ASAS_IBP', section: 'improves with exercise, not with rest' }],
  },
  {
    id: 'mixed-content',
    description:
      'Mixed pain: mobility, motor control, strengthening and walking, with the leg-symptom check.',
    evidence: 'design',
    configurable: false,
    citations: [{ source: 'OWEN_2020', section: 'exercise modes' }, HANDOUTS],
  },
  {
    id: 'starting-level-from-function',
    description:
      'Starting level from function: ODI 0–20 → level 3, 21–40 → level 2, over 40 → level 1 (ODI bands); RMDQ and PEG are mapped to the same proportions; no score → level 1.',
    evidence: 'design',
    configurable: true,
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'ODI bands' }, LEVELS],
  },
  {
    id: 'starting-level-from-risk',
    description:
      'STarT Back high risk starts one level gentler, to build confidence (matched, stratified care).',
    evidence: 'design',
    configurable: true,
    citations: [{ source: 'HILL_2011_STARTBACK_TRIAL', section: 'matched care by risk group' }],
  },
  {
    id: 'session-fits-time-budget',
    description:
      'A session never takes longer than the patient’s daily minutes (default 25); short programmes with few exercises are easier to keep up.',
    evidence: 'verified',
    configurable: true,
    citations: [
      { source: 'MEDINA_MIRAPEIX_2009', section: 'number of exercises predicted frequency adherence' },
      { source: 'BEINART_2013', section: 'home-exercise non-adherence up to 70%' },
    ],
  },
  {
    id: 'pain-monitoring-progression',
    description:
      'Weekly: pain during exercise at most 5/10, settled by next morning, and not rising week to week → progress one step; otherwise hold.',
    evidence: 'background',
    configurable: true,
    citations: [SILBERNAGEL, PACING],
  },
  {
    id: 'regress-after-two-broken-weeks',
    description: 'If the pain-monitoring rules are broken two weeks in a row, regress one step.',
    evidence: 'design',
    configurable: true,
    citations: [SILBERNAGEL, PACING],
  },
  {
    id: 'progression-never-needs-zero-pain',
    description:
      'Progression never depends on a pain score of 0: some pain during exercise is allowed. Recorded as a software heuristic (background knowledge): verify before release.',
    evidence: 'background',
    configurable: false,
    citations: [PACING, SILBERNAGEL],
  },
  {
    id: 'quota-weekly-increase',
    description:
      'Walking and pacing quotas rise by 10% a week when the rules are met (clinical.md allows 10–20%; 10% is the default), hold otherwise, and never fall below a floor.',
    evidence: 'background',
    configurable: true,
    citations: [PACING, GRADED, LEVELS],
  },
  {
    id: 'pacing-baseline',
    description: 'Pacing baseline for an activity = mean tolerated time over 3 days, minus 20%.',
    evidence: 'background',
    configurable: true,
    citations: [PACING],
  },
  {
    id: 'pacing-time-contingent',
    description:
      'Pacing quotas are time-contingent, not pain-contingent: stop when the quota is reached even on a good day; the pain score of the day does not change the quota.',
    evidence: 'verified',
    configurable: false,
    citations: [GRADED, PACING],
  },
  {
    id: 'flare-set',
    description:
      'A flare switches the session to a gentle set (level 1 mobility, short walks, relaxation) at half the volume.',
    evidence: 'background',
    configurable: true,
    citations: [PACING, HANDOUTS],
  },
  {
    id: 'flare-red-flag-check',
    description:
      'The flare log asks about bladder, bowel, saddle numbness, new leg weakness, fever and other red-flag symptoms; any yes returns an urgent-path result instead of flare advice.',
    evidence: 'verified',
    configurable: false,
    citations: [CES, RED_FLAGS],
  },
  {
    id: 'flare-return-after-settled-days',
    description: 'After 2 settled days in a row the programme returns to its pre-flare level.',
    evidence: 'design',
    configurable: true,
    citations: [PACING],
  },
  {
    id: 'flare-clinician-review',
    description:
      'A flare lasting more than 7 days needs clinician review (the stepped-care engine raises the card).',
    evidence: 'design',
    configurable: true,
    citations: [HANDOUTS, PACING],
  },
  {
    id: 'adherence-counts-exercise-only',
    description:
      'Only exercise-session tasks count toward adherence (CareKit impactsAdherence); check-ins and lessons do not.',
    evidence: 'verified',
    configurable: false,
    citations: [
      { source: 'BEINART_2013', section: 'home-exercise adherence' },
      { source: 'MEDINA_MIRAPEIX_2009', section: 'adherence to frequency and duration' },
    ],
  },
];

/** The rule with this id (every id in PROGRAMME_RULE_IDS has exactly one rule). */
export function programmeRule(id: ProgrammeRuleId): ProgrammeRule {
  const rule = PROGRAMME_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new RangeError(`No programme rule ${id}`);
  return rule;
}
