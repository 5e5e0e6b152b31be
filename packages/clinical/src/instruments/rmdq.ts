import type { Citation } from '../core/sources';
import { buildScores, resolveAnswers, sumScores } from './answers';
import { TICK_BOX_OPTIONS } from './options';
import type {
  InstrumentAnswers,
  InstrumentDefinition,
  InstrumentScoreResult,
  ScoreInterpretation,
} from './types';

/**
 * Roland-Morris Disability Questionnaire, 24 items (Roland & Morris 1983; clinical.md §3.6).
 * The 24 statements are © Roland & Morris and do not ship; items are numbered only.
 * Paper practice is "tick the statements that apply", so an item without an answer counts
 * as not ticked, and an item marked not applicable counts as not ticked too.
 */

const RMDQ_ITEM_COUNT = 24;

const RMDQ_CITATIONS: readonly Citation[] = [
  { source: 'ROLAND_1983_RMDQ', section: 'Score = number of statements ticked (0–24)' },
];

export const RMDQ: InstrumentDefinition = {
  id: 'rmdq',
  version: '24-item-1983',
  title: 'Roland-Morris Disability Questionnaire (RMDQ-24)',
  recallPeriod: 'today',
  items: Array.from({ length: RMDQ_ITEM_COUNT }, (_, index) => ({
    id: `statement-${String(index + 1).padStart(2, '0')}`,
    position: index + 1,
    domain: `RMDQ statement ${index + 1}`,
    answerFormat: 'yes-no',
    options: TICK_BOX_OPTIONS,
  })),
  // clinical.md §10 item 5: no RMDQ LOINC code has been verified, so none is given.
  scoreDefinitions: [{ id: 'rmdq-total', label: 'RMDQ score (0–24)', min: 0, max: 24, unit: '{score}' }],
  allowsMultipleMarksPerItem: false,
  minimumAnsweredItems: 0,
  licence: {
    owner: 'M. Roland and R. Morris',
    notice:
      'Roland-Morris Disability Questionnaire © Martin Roland and Richard Morris. The 24 statements are not included in BackPlan; commercial and electronic terms must be confirmed before loading them.',
    itemTextMayShip: false,
    itemTextSource: 'none',
  },
  citations: RMDQ_CITATIONS,
};

/** Floor and ceiling effects below 4 and above 20 (clinical.md §3.6); the ODI suits severe disability better. */
export type RmdqBand = 'below-4-floor-effects' | 'within-4-to-20' | 'above-20-ceiling-effects';

export interface RmdqResult extends InstrumentScoreResult<RmdqBand> {
  readonly total: number;
}

/** Reading of an RMDQ total, whether scored here or entered from a licensed paper form. */
export function interpretRmdqTotal(total: number): ScoreInterpretation<RmdqBand> {
  if (!Number.isInteger(total) || total < 0 || total > RMDQ_ITEM_COUNT) {
    throw new RangeError(`RMDQ ${total} is outside 0–${RMDQ_ITEM_COUNT}`);
  }
  const band: RmdqBand =
    total < 4 ? 'below-4-floor-effects' : total > 20 ? 'above-20-ceiling-effects' : 'within-4-to-20';
  const text: Record<RmdqBand, string> = {
    'below-4-floor-effects': `RMDQ ${total}: little disability; floor effects below 4 limit sensitivity to change.`,
    'within-4-to-20': `RMDQ ${total}: within the range where the RMDQ measures change best.`,
    'above-20-ceiling-effects': `RMDQ ${total}: severe disability; ceiling effects above 20 — the ODI is preferred for severe disability.`,
  };
  return {
    band,
    text: text[band],
    citations: [
      { source: 'ROLAND_1983_RMDQ', section: 'Floor below 4, ceiling above 20 (clinical.md §3.6)' },
    ],
  };
}

export function scoreRmdq(answers: InstrumentAnswers): RmdqResult {
  const resolved = resolveAnswers(RMDQ, answers);
  const total = sumScores(resolved);
  return {
    instrumentId: 'rmdq',
    instrumentVersion: RMDQ.version,
    scores: buildScores(RMDQ, { 'rmdq-total': total }),
    interpretation: interpretRmdqTotal(total),
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    total,
  };
}
