import type { RuleDefinition } from './rule-definition';
import type { SteppedCareRuleId } from './rules';

/** Red flags, Step 1, decision points, monitoring and insurance limits (clinical.md §1.5, §3, §4.1, §6). */
export const CARE_RULES: readonly RuleDefinition<SteppedCareRuleId>[] = [
  {
    id: 'emergency-red-flag',
    severity: 'critical',
    description:
      'An active emergency red flag (suspected cauda equina; MSCC with neurology): emergency card only, nothing else.',
    citations: [
      { source: 'BASS_2018_CES', section: 'CES definition: emergency referral' },
      { source: 'NHS_BACK_PAIN_PATHWAY', section: '"medical emergency – attend A&E"' },
    ],
  },
  {
    id: 'urgent-red-flag-review',
    severity: 'critical',
    description:
      'An active urgent red flag, from the assessment or reported since: same-day clinician review; no step changes until cleared.',
    citations: [
      { source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table' },
      { source: 'GCARE_RED_FLAGS', section: 'same-day spinal team / urgent review' },
    ],
  },
  {
    id: 'self-harm-safety',
    severity: 'critical',
    description:
      'PHQ-9 item 9 above 0 on the most recent answer (a repeat PHQ-9 supersedes the assessment): start the suicide-risk workflow, whatever the total.',
    citations: [
      { source: 'KROENKE_2001_PHQ9', section: 'item 9' },
      { source: 'KTC_QUESTIONNAIRE_STARTERS', section: 'generate.py: PHQ-9 item 9 safety item' },
    ],
  },
  {
    id: 'rheumatology-referral',
    severity: 'warning',
    description:
      'Suspected inflammatory back pain (phenotype or axSpA flag) without a rheumatology referral: refer; the programme continues.',
    citations: [
      { source: 'NHS_BACK_PAIN_PATHWAY', section: 'inflammatory disease: urgent rheumatology referral' },
      { source: 'SIEPER_2009_ASAS_IBP', section: 'ASAS IBP criteria' },
    ],
  },
  {
    id: 'step1-core-programme',
    severity: 'info',
    description:
      'Step 1 for everyone without a blocking flag: education, home exercise and self-management; any missing component is proposed.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 2: non-drug care first for chronic LBP' },
      { source: 'NICE_NG59', section: 'self-management, advice to stay active, exercise' },
      { source: 'HAYDEN_2021', section: 'exercise therapy for chronic LBP' },
    ],
  },
  {
    id: 'step1-high-risk-psychologically-informed',
    severity: 'warning',
    description:
      'STarT Back high risk: psychologically informed physiotherapy plus a CBT/counselling referral.',
    citations: [
      { source: 'HILL_2011_STARTBACK_TRIAL', section: 'matched pathway for high risk' },
      {
        source: 'NICE_NG59',
        section: 'combined physical and psychological programme for psychosocial obstacles',
      },
      { source: 'CHERKIN_2016', section: 'CBT and MBSR for chronic LBP' },
    ],
    configurable: ['matched pathways are [K] in clinical.md §1.5'],
  },
  {
    id: 'step1-medium-risk-physiotherapy',
    severity: 'info',
    description: 'STarT Back medium risk without physiotherapy: standard physiotherapy.',
    citations: [
      { source: 'HILL_2011_STARTBACK_TRIAL', section: 'matched pathway for medium risk' },
      { source: 'NICE_NG59', section: 'risk stratification at first contact' },
    ],
    configurable: ['matched pathways are [K] in clinical.md §1.5'],
  },
  {
    id: 'decision-improving',
    severity: 'info',
    description:
      'At a decision point, a meaningful improvement on pain, PEG, ODI or RMDQ: continue and progress the programme.',
    citations: [
      { source: 'IMMPACT_2008', section: 'meaningful change' },
      { source: 'OSTELO_2008', section: 'minimal important change' },
      { source: 'COSTA_2012', section: 'most change in the first 6 weeks' },
    ],
  },
  {
    id: 'decision-not-doing-it',
    severity: 'warning',
    description:
      'At a decision point, not improving and adherence below 70%: address barriers (simplify, reminders, pain during exercise, mood); do not escalate.',
    citations: [
      { source: 'JACK_2010', section: 'barriers: pain during exercise, depression, low self-efficacy' },
      { source: 'BEINART_2013', section: 'up to 70% non-adherence; supervision and motivation help' },
      { source: 'MEDINA_MIRAPEIX_2009', section: 'number of exercises predicts adherence' },
    ],
    configurable: ['adherenceThreshold (0.7)', 'adherenceWindowDays (28)'],
  },
  {
    id: 'decision-adherent-not-improving',
    severity: 'warning',
    description:
      'At a decision point, adherence ≥70% and no meaningful change: check phenotype match, psychological factors and PT visits; at week 12 propose the next step.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 3: inadequate response to non-drug care' },
      { source: 'COSTA_2012', section: 'review at 6 weeks; plateau afterwards' },
      { source: 'CHOU_2010_PROGNOSIS', section: 'psychosocial predictors of persistence' },
    ],
    configurable: ['adherenceThreshold (0.7)'],
  },
  {
    id: 'decision-worsening',
    severity: 'critical',
    description:
      'Pain or function worse than at the start of the step by at least the minimal important change: urgent clinician review.',
    citations: [
      { source: 'OSTELO_2008', section: 'minimal important change (2 points NRS; 10 ODI; 5 RMDQ)' },
      { source: 'AHCPR_1994_RED_FLAGS', section: 'failure to improve; progressive symptoms' },
    ],
  },
  {
    id: 'decision-insufficient-data',
    severity: 'info',
    description:
      'At a decision point, too little diary or adherence data to classify: ask for diary entries and outcome measures.',
    citations: [
      { source: 'KONGSTED_2010', section: 'judge on weekly means, not single days' },
      { source: 'IMMPACT_2008', section: 'use two or more methods to judge change' },
    ],
    configurable: ['minimumDiaryDays (4)'],
  },
  {
    id: 'psychological-support-referral',
    severity: 'warning',
    description:
      'Not improving (or not adhering) with PHQ-9 ≥10 and no CBT/counselling yet: refer for counselling or CBT.',
    citations: [
      { source: 'KROENKE_2001_PHQ9', section: 'cut-off ≥10' },
      { source: 'NICE_NG59', section: 'psychological therapy with a CBT approach within a package' },
      { source: 'CHERKIN_2016', section: 'CBT for chronic LBP' },
    ],
    configurable: ['phq9ReferralThreshold (10) is [K] in clinical.md §3.3'],
  },
  {
    id: 'flare-over-7-days',
    severity: 'warning',
    description:
      'A flare that has lasted more than 7 days: tell the clinician; the programme drops back a step.',
    citations: [
      { source: 'PENGEL_2003', section: 'recurrence is common' },
      { source: 'NIELSON_2013_PACING', section: 'pacing: drop back after a flare' },
    ],
    configurable: ['flareClinicianDays (7)'],
  },
  {
    id: 'reassessment-due',
    severity: 'info',
    description:
      'The week-6 check or week-12 decision of the current step has been reached and no clinician review is recorded since.',
    citations: [
      { source: 'COSTA_2012', section: 'review at 6 weeks' },
      { source: 'KONGSTED_2010', section: 'plateau after week 7; review at 12 weeks' },
    ],
  },
  {
    id: 'outcome-measures-overdue',
    severity: 'info',
    description:
      'No PEG, ODI or RMDQ in 90 days, or none since the step started when a decision point is reached.',
    citations: [
      { source: 'REED_2023_PEG_MID', section: 'PEG responsiveness' },
      { source: 'OSTELO_2008', section: 'ODI/RMDQ minimal important change' },
    ],
    configurable: ['outcomeMeasureOverdueDays (90)'],
  },
  {
    id: 'pt-visits-exhausted',
    severity: 'warning',
    description:
      'Authorised physiotherapy visits used up: switch to an intensified self-guided programme rather than stopping.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 2: exercise' },
      {
        source: 'BEINART_2013',
        section: 'adherence with a structured programme and motivational strategies',
      },
    ],
  },
  {
    id: 'pt-visits-running-low',
    severity: 'info',
    description:
      'Two or fewer authorised physiotherapy visits left: plan the hand-over to self-guided exercise.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 2: exercise' },
      {
        source: 'BEINART_2013',
        section: 'adherence falls when supervision ends (MiSpEx in clinical.md §6.2)',
      },
    ],
    configurable: ['ptVisitsRunningLow (2)'],
  },
];
