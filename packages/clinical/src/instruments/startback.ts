import keeleText from '../../third-party/startback/startback-item-text.json';
import type { Citation } from '../core/sources';
import type { StartBackRiskGroup } from '../core/vocabulary';
import { buildScores, resolveAnswers, sumScores } from './answers';
import type { AnswerOption, InstrumentAnswers, InstrumentDefinition, InstrumentScoreResult } from './types';

/**
 * Keele STarT Back Screening Tool, 9-item version (Hill 2008; clinical.md §3.4).
 * The scoring below is ours; the item wording comes from `third-party/startback`, which is
 * under Keele's notice (non-commercial use; commercial users contact Keele), not the project licence.
 */

type StartBackItemId = keyof typeof keeleText.items;

/** Items 1–8: disagree 0, agree 1. */
const AGREEMENT_OPTIONS: readonly AnswerOption[] = keeleText.agreementOptions.map((label, value) => ({
  value,
  score: value,
  label,
}));

/** Item 9: five-point bothersomeness; only "very much" (3) and "extremely" (4) score 1 (Keele scoring guide). */
const BOTHERSOMENESS_OPTIONS: readonly AnswerOption[] = keeleText.bothersomenessOptions.map(
  (label, value) => ({
    value,
    score: value >= 3 ? 1 : 0,
    label,
  }),
);

/** Our own domain labels (Keele's content domains, clinical.md §3.4), in form order. */
const STARTBACK_DOMAINS: readonly (readonly [StartBackItemId, string])[] = [
  ['leg-pain', 'Referred leg pain'],
  ['shoulder-or-neck-pain', 'Comorbid pain (shoulder or neck)'],
  ['walked-short-distances', 'Disability: walking'],
  ['dressed-more-slowly', 'Disability: dressing'],
  ['not-safe-to-be-active', 'Fear of activity'],
  ['worrying-thoughts', 'Anxiety'],
  ['pain-terrible-never-improve', 'Catastrophising'],
  ['not-enjoyed-things', 'Low mood'],
  ['bothersomeness', 'Bothersomeness'],
];

/** Items 5–9 form the distress (psychosocial) subscale. */
export const STARTBACK_DISTRESS_ITEM_IDS: readonly StartBackItemId[] = [
  'not-safe-to-be-active',
  'worrying-thoughts',
  'pain-terrible-never-improve',
  'not-enjoyed-things',
  'bothersomeness',
];

const STARTBACK_CITATIONS: readonly Citation[] = [
  {
    source: 'HILL_2008_STARTBACK_TOOL',
    section: 'Keele scoring guide: overall 0–9, distress subscale items 5–9',
  },
];

export const STARTBACK: InstrumentDefinition = {
  id: 'startback',
  version: '9-item-2007',
  title: 'Keele STarT Back Screening Tool',
  recallPeriod: 'last 2 weeks',
  instructions: keeleText.instructions,
  items: STARTBACK_DOMAINS.map(([id, domain], index) => ({
    id,
    position: index + 1,
    domain,
    text: keeleText.items[id],
    answerFormat: 'choice',
    options: id === 'bothersomeness' ? BOTHERSOMENESS_OPTIONS : AGREEMENT_OPTIONS,
  })),
  scoreDefinitions: [
    {
      id: 'startback-overall',
      label: 'STarT Back overall score (0–9)',
      min: 0,
      max: 9,
      unit: '{score}',
      // Not listed in clinical.md §3.0 ("no code verified"); seen in the AHRQ CDS Connect Pain
      // Management Summary value sets (products.md [AH2]). Confirm on loinc.org before relying on it.
      loinc: { code: '91351-7', display: 'Total score [STarT Back]' },
    },
    {
      id: 'startback-distress',
      label: 'STarT Back distress subscale (0–5)',
      min: 0,
      max: 5,
      unit: '{score}',
    },
  ],
  allowsMultipleMarksPerItem: false,
  // Keele publishes no missing-item rule; the risk group needs every item.
  minimumAnsweredItems: 9,
  licence: {
    owner: 'Keele University',
    notice: `${keeleText.copyright} ${keeleText.licence}`,
    itemTextMayShip: true,
    itemTextSource: 'third-party-notice',
  },
  citations: STARTBACK_CITATIONS,
};

/** Overall 0–3 low; overall ≥4 with distress ≤3 medium; distress 4–5 high (Keele; clinical.md §3.4). */
export const STARTBACK_CUT_OFFS = {
  /** Overall score at or below which risk is low. */
  lowRiskMaxOverall: 3,
  /** Distress subscale at or below which a non-low overall score is medium risk. */
  mediumRiskMaxDistress: 3,
} as const;

export function startBackRiskGroup(overall: number, distress: number): StartBackRiskGroup {
  if (overall <= STARTBACK_CUT_OFFS.lowRiskMaxOverall) return 'low';
  return distress <= STARTBACK_CUT_OFFS.mediumRiskMaxDistress ? 'medium' : 'high';
}

const RISK_GROUP_TEXT: Readonly<Record<StartBackRiskGroup, string>> = {
  low: 'Low risk of persistent disabling pain: advice, reassurance and self-management.',
  medium: 'Medium risk: physiotherapy-led care.',
  high: 'High risk: psychologically informed physiotherapy.',
};

export interface StartBackResult extends InstrumentScoreResult<StartBackRiskGroup> {
  readonly overall: number;
  readonly distress: number;
  readonly riskGroup: StartBackRiskGroup;
}

export function scoreStartBack(answers: InstrumentAnswers): StartBackResult {
  const resolved = resolveAnswers(STARTBACK, answers);
  const overall = sumScores(resolved);
  const distress = sumScores(resolved, STARTBACK_DISTRESS_ITEM_IDS);
  const riskGroup = startBackRiskGroup(overall, distress);
  return {
    instrumentId: 'startback',
    instrumentVersion: STARTBACK.version,
    scores: buildScores(STARTBACK, { 'startback-overall': overall, 'startback-distress': distress }),
    interpretation: {
      band: riskGroup,
      text: `${RISK_GROUP_TEXT[riskGroup]} (overall ${overall}, distress ${distress})`,
      citations: [
        {
          source: 'HILL_2008_STARTBACK_TOOL',
          section: 'Risk groups: overall ≤3 low; distress ≤3 medium; 4–5 high',
        },
        {
          source: 'HILL_2011_STARTBACK_TRIAL',
          section: 'Matched treatment pathways (clinical.md §1.5, tagged [K])',
        },
      ],
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    overall,
    distress,
    riskGroup,
  };
}
