import type { Citation } from '../core/sources';

/**
 * The concepts of BackPlan's own CodeSystem (`BACKPLAN_CODE_SYSTEM_URL`): what BackPlan records
 * that LOINC does not code, or codes only in ways clinical.md §3.0 could not verify. Codes are
 * stable once published; add new ones, never rename. docs/fhir.md lists them.
 */
export interface BackplanConcept {
  readonly code: string;
  readonly display: string;
  readonly definition: string;
  /** Where the concept is used; grouping for docs and tests only. */
  readonly group:
    | 'category'
    | 'check-in'
    | 'exercise'
    | 'instrument-score'
    | 'risk'
    | 'condition'
    | 'red-flag'
    | 'care';
  readonly citations?: readonly Citation[];
}

const CES: readonly Citation[] = [{ source: 'BASS_2018_CES', section: 'CES definition (clinical.md §4.1)' }];
const RED_FLAGS: readonly Citation[] = [
  { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag features and actions (clinical.md §4.1)' },
];
const CHRONICITY: readonly Citation[] = [
  { source: 'ACP_2017', section: 'Acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks' },
];
const STARTBACK: readonly Citation[] = [
  { source: 'HILL_2008_STARTBACK_TOOL', section: 'Overall 0–9, distress subscale 0–5, risk groups' },
];
const STEPPED_CARE: readonly Citation[] = [
  { source: 'ACP_2017', section: 'Rec 2–3: non-drug care first, then drugs in order' },
  { source: 'NICE_NG59', section: 'Stratified and stepped management' },
];

export const BACKPLAN_CONCEPTS = [
  // Categories that tell a diary value from a questionnaire score on the same code (72514-3).
  {
    code: 'daily-check-in',
    display: 'Daily check-in',
    definition: 'A value the patient gave in the daily check-in (one check-in per day).',
    group: 'category',
  },
  {
    code: 'instrument-score',
    display: 'Questionnaire score',
    definition: 'A score computed from a completed questionnaire (or entered as a total).',
    group: 'category',
  },
  // Daily check-in values without a verified LOINC code.
  {
    code: 'sleep-quality',
    display: 'Sleep quality, self-rated 0–10',
    definition: 'Last night’s sleep as rated on the check-in: 0 = very poor, 10 = very good.',
    group: 'check-in',
  },
  {
    code: 'mood',
    display: 'Mood, self-rated 0–10',
    definition: 'Mood today as rated on the check-in: 0 = very low, 10 = very good.',
    group: 'check-in',
  },
  {
    code: 'activity-minutes',
    display: 'Active minutes today',
    definition: 'Minutes of physical activity the patient reported for the day (walking, exercise).',
    group: 'check-in',
  },
  {
    code: 'flare',
    display: 'Flare-up today',
    definition: 'The patient reported a flare-up of back pain on the check-in (yes/no).',
    group: 'check-in',
  },
  {
    code: 'bladder-bowel-saddle-screen',
    display: 'New bladder, bowel or saddle symptoms',
    definition:
      'Weekly yes/no recheck for new bladder, bowel or saddle-area symptoms (cauda equina screen, clinical.md §4.1 product rule).',
    group: 'check-in',
    citations: CES,
  },
  {
    code: 'side-effects-reported',
    display: 'Medicine side effects reported',
    definition: 'Side effects the patient named on the check-in, in their words.',
    group: 'check-in',
  },
  {
    code: 'flare-episode',
    display: 'Flare-up episode',
    definition: 'A flare-up of back pain from its first to its last day.',
    group: 'check-in',
  },
  // Exercise sessions.
  {
    code: 'exercise-adherence',
    display: 'Exercise session adherence (%)',
    definition:
      'Share of the exercises planned for a home-exercise session that were done as planned or in an easier form.',
    group: 'exercise',
  },
  {
    code: 'exercise-pain-during',
    display: 'Highest pain during exercise, 0–10',
    definition: 'The highest pain the patient reported during the session on the 0–10 scale.',
    group: 'exercise',
  },
  {
    code: 'exercise-settled-next-morning',
    display: 'Pain settled by the next morning',
    definition: 'Whether pain had settled to its usual level by the morning after the session (yes/no).',
    group: 'exercise',
  },
  {
    code: 'exercise-stopped-for-symptoms',
    display: 'Session stopped for symptoms',
    definition: 'The patient stopped the session because of symptoms (yes/no).',
    group: 'exercise',
  },
  {
    code: 'programme-exercise',
    display: 'Home-programme exercise',
    definition: 'One exercise of the home programme, identified by its BackPlan catalogue id.',
    group: 'exercise',
  },
  // Scores that have no LOINC code verified in clinical.md §3.0 (ids match the instrument definitions).
  {
    code: 'startback-overall',
    display: 'STarT Back overall score (0–9)',
    definition: 'Sum of the nine STarT Back items.',
    group: 'instrument-score',
    citations: STARTBACK,
  },
  {
    code: 'startback-distress',
    display: 'STarT Back distress subscale (0–5)',
    definition: 'Sum of STarT Back items 5–9.',
    group: 'instrument-score',
    citations: STARTBACK,
  },
  {
    code: 'odi-percent',
    display: 'Oswestry Disability Index (%)',
    definition: 'ODI v2.1a: sum of answered sections ÷ (5 × sections answered) × 100.',
    group: 'instrument-score',
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'Scoring (clinical.md §3.5)' }],
  },
  {
    code: 'rmdq-total',
    display: 'Roland-Morris Disability Questionnaire score (0–24)',
    definition: 'RMDQ-24: number of statements ticked.',
    group: 'instrument-score',
    citations: [{ source: 'ROLAND_1983_RMDQ', section: 'Scoring (clinical.md §3.6)' }],
  },
  {
    code: 'gad2-total',
    display: 'GAD-2 total (0–6)',
    definition: 'Sum of GAD-7 items 1 and 2 (no separate GAD-2 LOINC code was found, clinical.md §3.0).',
    group: 'instrument-score',
    citations: [{ source: 'KROENKE_2007_GAD2', section: 'GAD-2 = GAD-7 items 1–2' }],
  },
  // STarT Back risk stratification (RiskAssessment).
  {
    code: 'startback-risk-group',
    display: 'STarT Back risk group',
    definition: 'Keele STarT Back stratification into low, medium or high risk.',
    group: 'risk',
    citations: STARTBACK,
  },
  {
    code: 'persistent-disabling-back-pain',
    display: 'Persistent disabling back pain',
    definition: 'The outcome STarT Back predicts: back pain that persists and limits daily life.',
    group: 'risk',
    citations: STARTBACK,
  },
  {
    code: 'startback-risk-low',
    display: 'STarT Back low risk',
    definition: 'Overall score 0–3.',
    group: 'risk',
    citations: STARTBACK,
  },
  {
    code: 'startback-risk-medium',
    display: 'STarT Back medium risk',
    definition: 'Overall score 4 or more with distress subscale 3 or less.',
    group: 'risk',
    citations: STARTBACK,
  },
  {
    code: 'startback-risk-high',
    display: 'STarT Back high risk',
    definition: 'Distress subscale 4–5 (with overall 4 or more).',
    group: 'risk',
    citations: STARTBACK,
  },
  // Conditions: low back pain by duration (text-coded; see docs/fhir.md on SNOMED CT) and phenotype.
  {
    code: 'chronic-low-back-pain',
    display: 'Chronic low back pain',
    definition: 'Low back pain for more than 12 weeks.',
    group: 'condition',
    citations: CHRONICITY,
  },
  {
    code: 'subacute-low-back-pain',
    display: 'Subacute low back pain',
    definition: 'Low back pain for 4–12 weeks.',
    group: 'condition',
    citations: CHRONICITY,
  },
  {
    code: 'acute-low-back-pain',
    display: 'Acute low back pain',
    definition: 'Low back pain for less than 4 weeks.',
    group: 'condition',
    citations: CHRONICITY,
  },
  {
    code: 'phenotype-mechanical',
    display: 'Mechanical back pain phenotype',
    definition:
      'Back pain classified as mechanical (no radicular or inflammatory features) by the assessment.',
    group: 'condition',
  },
  {
    code: 'phenotype-radicular',
    display: 'Radicular (nerve-root) pain phenotype',
    definition: 'Leg-dominant, dermatomal pain classified as radicular by the assessment.',
    group: 'condition',
  },
  {
    code: 'phenotype-inflammatory',
    display: 'Suspected inflammatory back pain',
    definition:
      'Inflammatory back pain criteria positive: a suspicion that needs rheumatology review, not a diagnosis.',
    group: 'condition',
    citations: [{ source: 'SIEPER_2009_ASAS_IBP', section: 'ASAS IBP criteria (clinical.md §3.8)' }],
  },
  {
    code: 'phenotype-mixed',
    display: 'Mixed pain phenotype',
    definition: 'More than one phenotype’s features are present.',
    group: 'condition',
  },
  // Red flags (clinical.md §4.1) and the PHQ-9 item 9 safety flag (clinical.md §3.3).
  ...(
    [
      ['cauda-equina', 'Suspected cauda equina syndrome', CES],
      ['progressive-neurological-deficit', 'Progressive or severe neurological deficit', RED_FLAGS],
      ['malignancy', 'Possible spinal malignancy', RED_FLAGS],
      ['infection', 'Possible spinal infection', RED_FLAGS],
      ['fracture', 'Possible vertebral fracture', RED_FLAGS],
      [
        'aortic-aneurysm',
        'Possible abdominal aortic aneurysm',
        [{ source: 'PHYSIO_AAA_RED_FLAGS', section: 'AAA features (clinical.md §4.1)' }],
      ],
      [
        'axial-spondyloarthritis',
        'Possible axial spondyloarthritis',
        [
          {
            source: 'SIEPER_2009_ASAS_IBP',
            section: 'IBP criteria; rheumatology referral (clinical.md §3.8)',
          },
        ],
      ],
    ] as const
  ).map(([condition, display, citations]) => ({
    code: `red-flag-${condition}` as const,
    display: `Red flag: ${display.charAt(0).toLowerCase()}${display.slice(1)}`,
    definition: `Features of ${display.toLowerCase()} were reported at assessment (clinical.md §4.1).`,
    group: 'red-flag' as const,
    citations,
  })),
  {
    code: 'red-flag-action-emergency',
    display: 'Emergency: go to the Emergency Department now',
    definition: 'The red flag needs same-day emergency care.',
    group: 'red-flag',
    citations: RED_FLAGS,
  },
  {
    code: 'red-flag-action-urgent',
    display: 'Urgent: same-day clinician review',
    definition: 'The red flag needs clinician review the same day.',
    group: 'red-flag',
    citations: RED_FLAGS,
  },
  {
    code: 'red-flag-action-rheumatology-referral',
    display: 'Refer to rheumatology',
    definition: 'Suspected axial spondyloarthritis: refer soon; the programme may continue.',
    group: 'red-flag',
    citations: RED_FLAGS,
  },
  {
    code: 'self-harm-safety-flag',
    display: 'PHQ-9 item 9 positive: safety workflow',
    definition:
      'Any answer above 0 to PHQ-9 item 9 starts the suicide-risk safety workflow, whatever the total.',
    group: 'red-flag',
    citations: [{ source: 'KROENKE_2001_PHQ9', section: 'Item 9 safety rule (clinical.md §3.3)' }],
  },
  // Stepped care (clinical.md §1) and its components.
  ...([1, 2, 3] as const).map((step) => ({
    code: `care-step-${step}` as const,
    display: `Stepped care: step ${step}`,
    definition: [
      'Step 1: education, home exercise and self-management (non-drug care first).',
      'Step 2: step 1 plus supervised or psychologically informed care and, where indicated, medication in guideline order.',
      'Step 3: interventional or specialist referral, offered as a shared decision after conservative care.',
    ][step - 1] as string,
    group: 'care' as const,
    citations: STEPPED_CARE,
  })),
  ...(
    [
      ['education', 'Pain education'],
      ['home-exercise', 'Home exercise programme'],
      ['self-management', 'Self-management support'],
      ['physiotherapy', 'Physiotherapy'],
      ['psychologically-informed-physiotherapy', 'Psychologically informed physiotherapy'],
      ['cbt-counselling', 'CBT or counselling'],
      ['rheumatology-referral', 'Rheumatology referral'],
      ['medication', 'Medication'],
      ['interventional-referral', 'Interventional or specialist referral'],
      ['intensified-self-guided-programme', 'Intensified self-guided programme'],
    ] as const
  ).map(([kind, display]) => ({
    code: `care-component-${kind}` as const,
    display,
    definition: `Care-plan component: ${display.toLowerCase()}.`,
    group: 'care' as const,
    citations: STEPPED_CARE,
  })),
] as const satisfies readonly BackplanConcept[];

export type BackplanCode = (typeof BACKPLAN_CONCEPTS)[number]['code'];
