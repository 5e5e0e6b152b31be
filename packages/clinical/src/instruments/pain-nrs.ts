import type { Citation } from '../core/sources';
import { buildScores, resolveAnswers, sumScores } from './answers';
import { numericRatingOptions } from './options';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentScoreResult, LoincCode } from './types';

const NRS_LOINC: LoincCode = {
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/** IMMPACT 2008 and Ostelo 2008: NRS meaning lies in change (≈2 points / 30%), not in fixed bands (clinical.md §3.1). */
const NRS_CITATIONS: readonly Citation[] = [
  { source: 'IMMPACT_2008', section: 'Recommendations on clinically important change' },
  { source: 'OSTELO_2008', section: 'Minimal important change: NRS 2 points or 30%' },
];

export const PAIN_NRS: InstrumentDefinition = {
  id: 'pain-nrs',
  version: '1.0',
  title: 'Pain intensity numeric rating scale (0–10)',
  recallPeriod: 'last 24 hours',
  items: [
    {
      id: 'pain-intensity',
      position: 1,
      domain: 'Average pain intensity',
      text: 'On a scale from 0 to 10, what was your average back pain over the last 24 hours?',
      loinc: NRS_LOINC,
      answerFormat: 'numeric-rating',
      options: numericRatingOptions('No pain', 'Worst pain imaginable'),
    },
  ],
  scoreDefinitions: [
    { id: 'pain-intensity', label: 'Pain intensity (0–10)', min: 0, max: 10, loinc: NRS_LOINC },
  ],
  allowsMultipleMarksPerItem: false,
  minimumAnsweredItems: 1,
  licence: {
    owner: 'None (generic scale)',
    notice: 'Generic 0–10 numeric rating scale; no owner. Wording by BackPlan.',
    itemTextMayShip: true,
    itemTextSource: 'public',
  },
  citations: NRS_CITATIONS,
};

/**
 * `maximal` (10/10) matters because "very high pain reports (e.g. 10/10)" are a behavioural
 * yellow flag (Kendall 1997; clinical.md §4.2). There are no sourced severity bands for the NRS.
 */
export type PainNrsBand = 'no-pain' | 'pain-reported' | 'maximal';

export interface PainNrsResult extends InstrumentScoreResult<PainNrsBand> {
  readonly painIntensity: number;
}

export function scorePainNrs(answers: InstrumentAnswers): PainNrsResult {
  const resolved = resolveAnswers(PAIN_NRS, answers);
  const painIntensity = sumScores(resolved);
  const band: PainNrsBand =
    painIntensity === 0 ? 'no-pain' : painIntensity === 10 ? 'maximal' : 'pain-reported';
  const text =
    band === 'maximal'
      ? 'Pain reported at 10/10: a very high pain report is a behavioural yellow flag. Track change over time.'
      : 'No fixed bands; track change over time (meaningful change: at least 2 points and 30%).';
  return {
    instrumentId: 'pain-nrs',
    instrumentVersion: PAIN_NRS.version,
    scores: buildScores(PAIN_NRS, { 'pain-intensity': painIntensity }),
    interpretation: {
      band,
      text,
      citations:
        band === 'maximal'
          ? [
              ...NRS_CITATIONS,
              { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'Behaviours: very high pain reports' },
            ]
          : NRS_CITATIONS,
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    painIntensity,
  };
}
