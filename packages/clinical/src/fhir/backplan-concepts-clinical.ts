import type { Citation } from '../core/sources';
import type { BackplanConcept } from './backplan-concepts';

export const CES_CITATIONS: readonly Citation[] = [
  { source: 'BASS_2018_CES', section: 'CES_CITATIONS definition (clinical.md §4.1)' },
];
const RED_FLAGS: readonly Citation[] = [
  { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag features and actions (clinical.md §4.1)' },
];
const CHRONICITY: readonly Citation[] = [
  { source: 'ACP_2017', section: 'Acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks' },
];
export const STARTBACK_CITATIONS: readonly Citation[] = [
  { source: 'HILL_2008_STARTBACK_TOOL', section: 'Overall 0–9, distress subscale 0–5, risk groups' },
];
const STEPPED_CARE: readonly Citation[] = [
  { source: 'ACP_2017', section: 'Rec 2–3: non-drug care first, then drugs in order' },
  { source: 'NICE_NG59', section: 'Stratified and stepped management' },
];

/** BackPlan concepts for what the assessment and stepped care conclude: risk, conditions, flags, care. */
export const CLINICAL_CONCEPTS = [
  // STarT Back risk stratification (RiskAssessment).
  {
    code: 'startback-risk-group',
    display: 'STarT Back risk group',
    definition: 'Keele STarT Back stratification into low, medium or high risk.',
    group: 'risk',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'persistent-disabling-back-pain',
    display: 'Persistent disabling back pain',
    definition: 'The outcome STarT Back predicts: back pain that persists and limits daily life.',
    group: 'risk',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'startback-risk-low',
    display: 'STarT Back low risk',
    definition: 'Overall score 0–3.',
    group: 'risk',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'startback-risk-medium',
    display: 'STarT Back medium risk',
    definition: 'Overall score 4 or more with distress subscale 3 or less.',
    group: 'risk',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'startback-risk-high',
    display: 'STarT Back high risk',
    definition: 'Distress subscale 4–5 (with overall 4 or more).',
    group: 'risk',
    citations: STARTBACK_CITATIONS,
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
      ['cauda-equina', 'Suspected cauda equina syndrome', CES_CITATIONS],
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
