import type { Citation } from '../core/sources';
import { buildScores, itemScore, resolveAnswers, sumScores } from './answers';
import { bandFor, type ScoreBand } from './bands';
import { PHQ_GAD_FREQUENCY_OPTIONS } from './options';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentItem, InstrumentScoreResult } from './types';

/** Pfizer's notice, kept wherever the PHQ is shown (clinical.md §3.3). */
const PHQ_LICENCE = {
  owner: 'Pfizer Inc. (free to use)',
  notice:
    'PHQ-9 and PHQ-2 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute them.',
  itemTextMayShip: true,
  itemTextSource: 'public',
} as const;

const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

/** The nine PHQ-9 items with their LOINC codes (clinical.md §3.0). Item ids are shared with the PHQ-2. */
const PHQ9_ITEMS: readonly InstrumentItem[] = (
  [
    ['interest-or-pleasure', 'Anhedonia', '44250-9', 'Little interest or pleasure in doing things'],
    ['feeling-down', 'Depressed mood', '44255-8', 'Feeling down, depressed, or hopeless'],
    ['sleep', 'Sleep', '44259-0', 'Trouble falling or staying asleep, or sleeping too much'],
    ['tiredness', 'Energy', '44254-1', 'Feeling tired or having little energy'],
    ['appetite', 'Appetite', '44251-7', 'Poor appetite or overeating'],
    [
      'feeling-bad-about-self',
      'Self-worth',
      '44258-2',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    ],
    [
      'concentration',
      'Concentration',
      '44252-5',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
    ],
    [
      'moving-slowly-or-restless',
      'Psychomotor change',
      '44253-3',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    ],
    [
      'self-harm-thoughts',
      'Thoughts of death or self-harm',
      '44260-8',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ],
  ] as const
).map(([id, domain, code, text], index) => ({
  id,
  position: index + 1,
  domain,
  text,
  loinc: { code, display: text },
  answerFormat: 'choice',
  options: PHQ_GAD_FREQUENCY_OPTIONS,
}));

/** PHQ-9 item 9, the safety item. */
export const PHQ9_SELF_HARM_ITEM_ID = 'self-harm-thoughts';

const PHQ9_CITATIONS: readonly Citation[] = [{ source: 'KROENKE_2001_PHQ9', section: 'Scoring 0–27' }];
const PHQ2_CITATIONS: readonly Citation[] = [
  { source: 'KROENKE_2003_PHQ2', section: 'PHQ-2 = PHQ-9 items 1–2; positive at ≥3' },
];

export const PHQ_9: InstrumentDefinition = {
  id: 'phq-9',
  version: '1999',
  title: 'Patient Health Questionnaire-9 (PHQ-9)',
  recallPeriod: 'last 2 weeks',
  instructions: PHQ_STEM,
  panelLoinc: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
  items: PHQ9_ITEMS,
  scoreDefinitions: [
    {
      id: 'phq9-total',
      label: 'PHQ-9 total (0–27)',
      min: 0,
      max: 27,
      unit: '{score}',
      loinc: {
        code: '44261-6',
        display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
      },
    },
  ],
  allowsMultipleMarksPerItem: false,
  // No prorating: a total is only reported when all nine items are answered. Item 9 is read on its own.
  minimumAnsweredItems: 9,
  licence: PHQ_LICENCE,
  citations: PHQ9_CITATIONS,
};

export const PHQ_2: InstrumentDefinition = {
  id: 'phq-2',
  version: '2003',
  title: 'Patient Health Questionnaire-2 (PHQ-2)',
  recallPeriod: 'last 2 weeks',
  instructions: PHQ_STEM,
  panelLoinc: { code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' },
  items: PHQ9_ITEMS.slice(0, 2),
  scoreDefinitions: [
    {
      id: 'phq2-total',
      label: 'PHQ-2 total (0–6)',
      min: 0,
      max: 6,
      unit: '{score}',
      loinc: {
        code: '55758-7',
        display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]',
      },
    },
  ],
  allowsMultipleMarksPerItem: false,
  minimumAnsweredItems: 2,
  licence: PHQ_LICENCE,
  citations: PHQ2_CITATIONS,
};

export type Phq9Band = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

/**
 * PHQ-9 severity bands 0–4 / 5–9 / 10–14 / 15–19 / 20–27. clinical.md §3.3 tags these [K]
 * (background knowledge, not checked against a retrieved source): treat as configurable.
 */
export const PHQ9_SEVERITY_BANDS: readonly ScoreBand<Phq9Band>[] = [
  { band: 'minimal', min: 0, max: 4, text: 'Minimal depressive symptoms' },
  { band: 'mild', min: 5, max: 9, text: 'Mild depressive symptoms' },
  { band: 'moderate', min: 10, max: 14, text: 'Moderate depressive symptoms' },
  { band: 'moderately-severe', min: 15, max: 19, text: 'Moderately severe depressive symptoms' },
  { band: 'severe', min: 20, max: 27, text: 'Severe depressive symptoms' },
];

export interface Phq9Result extends InstrumentScoreResult<Phq9Band> {
  readonly total: number;
  readonly selfHarmItem: number;
  /** Any answer above 0 on item 9 starts the safety workflow, whatever the total (clinical.md §3.3). */
  readonly selfHarmSafetyFlag: boolean;
}

export function scorePhq9(answers: InstrumentAnswers): Phq9Result {
  const resolved = resolveAnswers(PHQ_9, answers);
  const total = sumScores(resolved);
  const selfHarmItem = itemScore(resolved, PHQ9_SELF_HARM_ITEM_ID) ?? 0;
  const band = bandFor(PHQ9_SEVERITY_BANDS, total);
  const safetyText =
    selfHarmItem > 0 ? ' Item 9 is above 0: start the suicide-risk safety workflow now.' : '';
  return {
    instrumentId: 'phq-9',
    instrumentVersion: PHQ_9.version,
    scores: buildScores(PHQ_9, { 'phq9-total': total }),
    interpretation: {
      band: band.band,
      text: `${band.text} (PHQ-9 ${total}).${safetyText}`,
      citations: [
        {
          source: 'KROENKE_2001_PHQ9',
          section: 'Severity cut-points 5, 10, 15, 20 (clinical.md §3.3, tagged [K])',
        },
        ...(selfHarmItem > 0
          ? [
              {
                source: 'KTC_QUESTIONNAIRE_STARTERS',
                section: 'generate.py: item 9 is the safety item',
              } as const,
            ]
          : []),
      ],
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    total,
    selfHarmItem,
    selfHarmSafetyFlag: selfHarmItem > 0,
  };
}

/** PHQ-2 and GAD-2 screening result: positive at 3 or more. */
export type TwoItemScreenBand = 'negative' | 'positive';

/** Positive PHQ-2 or GAD-2 cut-off (Kroenke 2003; Kroenke 2007; clinical.md §3.3). */
export const TWO_ITEM_SCREEN_POSITIVE_AT = 3;

export interface Phq2Result extends InstrumentScoreResult<TwoItemScreenBand> {
  readonly total: number;
  readonly positive: boolean;
}

export function scorePhq2(answers: InstrumentAnswers): Phq2Result {
  return scoreTwoItemScreen(PHQ_2, answers, {
    totalScoreId: 'phq2-total',
    fullForm: 'PHQ-9',
    citations: PHQ2_CITATIONS,
  });
}

/**
 * PHQ-2 and GAD-2 score the same way: the sum of two 0–3 items, positive at 3 or
 * more, when the full form follows (Kroenke 2003; Kroenke 2007; clinical.md §3.3).
 */
export function scoreTwoItemScreen(
  definition: InstrumentDefinition,
  answers: InstrumentAnswers,
  options: {
    readonly totalScoreId: string;
    readonly fullForm: string;
    readonly citations: readonly Citation[];
  },
): InstrumentScoreResult<TwoItemScreenBand> & { readonly total: number; readonly positive: boolean } {
  const resolved = resolveAnswers(definition, answers);
  const total = sumScores(resolved);
  const positive = total >= TWO_ITEM_SCREEN_POSITIVE_AT;
  const name = definition.id.toUpperCase();
  return {
    instrumentId: definition.id,
    instrumentVersion: definition.version,
    scores: buildScores(definition, { [options.totalScoreId]: total }),
    interpretation: {
      band: positive ? 'positive' : 'negative',
      text: positive
        ? `${name} positive (${total} ≥ 3): complete the full ${options.fullForm}.`
        : `${name} negative (${total} < 3).`,
      citations: options.citations,
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    total,
    positive,
  };
}
