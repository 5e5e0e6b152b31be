import type { Citation } from '../core/sources';
import { buildScores, resolveAnswers, sumScores } from './answers';
import { unlabelledOrdinalOptions } from './options';
import { roundRatioHalfUp } from './rounding';
import type {
  InstrumentAnswers,
  InstrumentDefinition,
  InstrumentScoreResult,
  ScoreInterpretation,
} from './types';

/**
 * Oswestry Disability Index v2.1a (Fairbank & Pynsent 2000; clinical.md §3.5).
 * The statement wording is © J. Fairbank, distributed by Mapi Research Trust, and does not ship:
 * items carry only our section labels and the values 0–5. A licensed deployment can load the
 * wording with `mergeLicensedItemText`.
 */

const ODI_SECTIONS = [
  ['pain-intensity', 'Pain intensity'],
  ['personal-care', 'Personal care'],
  ['lifting', 'Lifting'],
  ['walking', 'Walking'],
  ['sitting', 'Sitting'],
  ['standing', 'Standing'],
  ['sleeping', 'Sleeping'],
  ['sex-life', 'Sex life (if applicable)'],
  ['social-life', 'Social life'],
  ['travelling', 'Travelling'],
] as const;

const ODI_CITATIONS: readonly Citation[] = [
  {
    source: 'FAIRBANK_2000_ODI',
    section: 'Scoring: sum ÷ (5 × sections answered) × 100; two marks → the higher',
  },
];

/**
 * Fewest sections that still give a score. clinical.md §3.5 calls a minimum-completion rule a
 * product decision ([K/design]; e.g. 8 of 10): configurable, not a published cut-off.
 */
export const ODI_MINIMUM_SECTIONS_ANSWERED = 8;

export const ODI: InstrumentDefinition = {
  id: 'odi',
  version: '2.1a',
  title: 'Oswestry Disability Index (ODI) v2.1a',
  recallPeriod: 'today',
  items: ODI_SECTIONS.map(([id, domain], index) => ({
    id,
    position: index + 1,
    domain,
    answerFormat: 'choice',
    options: unlabelledOrdinalOptions(5),
  })),
  // clinical.md §10 item 5: no ODI LOINC code has been verified, so none is given.
  scoreDefinitions: [{ id: 'odi-percent', label: 'ODI disability (%)', min: 0, max: 100, unit: '%' }],
  allowsMultipleMarksPerItem: true,
  minimumAnsweredItems: ODI_MINIMUM_SECTIONS_ANSWERED,
  licence: {
    owner: 'J. Fairbank; distributed by Mapi Research Trust (ePROVIDE)',
    notice:
      'Oswestry Disability Index v2.1a © Jeremy Fairbank. The questionnaire text is distributed by Mapi Research Trust and is not included in BackPlan; obtain permission before loading it.',
    itemTextMayShip: false,
    itemTextSource: 'none',
  },
  citations: ODI_CITATIONS,
};

export type OdiBand = 'minimal' | 'moderate' | 'severe' | 'crippling' | 'bed-bound-or-exaggerating';

/** Fairbank's bands by upper bound in % (clinical.md §3.5): 0–20, 21–40, 41–60, 61–80, 81–100. */
export const ODI_BANDS: readonly {
  readonly band: OdiBand;
  readonly maxPercent: number;
  readonly text: string;
}[] = [
  { band: 'minimal', maxPercent: 20, text: 'Minimal disability' },
  { band: 'moderate', maxPercent: 40, text: 'Moderate disability' },
  { band: 'severe', maxPercent: 60, text: 'Severe disability' },
  { band: 'crippling', maxPercent: 80, text: 'Crippling back pain (Fairbank’s wording)' },
  {
    band: 'bed-bound-or-exaggerating',
    maxPercent: 100,
    text: 'Bed-bound, or symptoms exaggerated (Fairbank’s wording)',
  },
];

type OdiBandEntry = (typeof ODI_BANDS)[number];

function odiInterpretation(entry: OdiBandEntry, percent: number): ScoreInterpretation<OdiBand> {
  return {
    band: entry.band,
    text: `${entry.text} (ODI ${percent}%).`,
    citations: [
      { source: 'FAIRBANK_2000_ODI', section: 'Interpretation bands 0–20/21–40/41–60/61–80/81–100%' },
    ],
  };
}

/** Band for an ODI percentage entered as a total (e.g. scored by a clinician on a licensed paper form). */
export function interpretOdiPercent(percent: number): ScoreInterpretation<OdiBand> {
  const entry = ODI_BANDS.find((candidate) => percent <= candidate.maxPercent);
  if (entry === undefined || percent < 0) throw new RangeError(`ODI ${percent}% is outside 0–100`);
  return odiInterpretation(entry, percent);
}

export interface OdiResult extends InstrumentScoreResult<OdiBand> {
  /** Percentage rounded half up to one decimal. */
  readonly percent: number;
  readonly sectionsAnswered: number;
}

export function scoreOdi(answers: InstrumentAnswers): OdiResult {
  const resolved = resolveAnswers(ODI, answers);
  const sum = sumScores(resolved);
  const sectionsAnswered = resolved.answered.size;
  // Each unanswered section removes 5 from the denominator, e.g. 16 / 45 × 100 with one missing.
  const maximum = 5 * sectionsAnswered;
  const percent = roundRatioHalfUp(sum * 100, maximum, 1);
  // Band on the exact fraction (sum × 100 ≤ bound × maximum) so rounding never moves a band edge.
  const band = ODI_BANDS.find((entry) => sum * 100 <= entry.maxPercent * maximum);
  if (band === undefined) throw new RangeError(`ODI ${percent}% is outside every band`);
  const missingNote =
    sectionsAnswered < ODI_SECTIONS.length
      ? [
          `${ODI_SECTIONS.length - sectionsAnswered} section(s) unanswered; denominator ${maximum} instead of 50`,
        ]
      : [];
  return {
    instrumentId: 'odi',
    instrumentVersion: ODI.version,
    scores: buildScores(ODI, { 'odi-percent': percent }),
    interpretation: {
      band: band.band,
      text: `${band.text} (ODI ${percent}%).`,
      citations: [
        { source: 'FAIRBANK_2000_ODI', section: 'Interpretation bands 0–20/21–40/41–60/61–80/81–100%' },
      ],
    },
    answeredItemCount: sectionsAnswered,
    notes: [...resolved.notes, ...missingNote],
    percent,
    sectionsAnswered,
  };
}
