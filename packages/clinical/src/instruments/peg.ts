import type { Citation } from '../core/sources';
import { buildScores, resolveAnswers, sumScores } from './answers';
import { numericRatingOptions } from './options';
import { roundRatioHalfUp } from './rounding';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentScoreResult } from './types';

const PEG_CITATIONS: readonly Citation[] = [
  { source: 'KREBS_2009_PEG', section: 'Items, 0–10 anchors and mean score' },
  {
    source: 'KTC_QUESTIONNAIRE_STARTERS',
    section: 'generate.py: PEG LOINC codes; mean rounded to 1 decimal',
  },
];

const INTERFERENCE_ANCHORS = ['Does not interfere', 'Completely interferes'] as const;

/**
 * PEG-3 (Krebs 2009; clinical.md §3.2). Item wording is the published open-access text
 * (recorded in clinical.md as [K]; identical to the LOINC-coded starter Questionnaire).
 */
export const PEG_3: InstrumentDefinition = {
  id: 'peg-3',
  version: '2009',
  title: 'PEG: Pain, Enjoyment of life and General activity',
  recallPeriod: 'past week',
  panelLoinc: { code: '91148-7', display: 'Pain intensity, Enjoyment of life, General activity scale [PEG]' },
  items: [
    {
      id: 'pain-average',
      position: 1,
      domain: 'Average pain intensity',
      text: 'What number best describes your pain on average in the past week?',
      loinc: {
        code: '75893-8',
        display: 'What number best describes your pain on average in the past week?',
      },
      answerFormat: 'numeric-rating',
      options: numericRatingOptions('No pain', 'Pain as bad as you can imagine'),
    },
    {
      id: 'enjoyment-interference',
      position: 2,
      domain: 'Interference with enjoyment of life',
      text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      loinc: {
        code: '91145-3',
        display:
          'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      },
      answerFormat: 'numeric-rating',
      options: numericRatingOptions(...INTERFERENCE_ANCHORS),
    },
    {
      id: 'activity-interference',
      position: 3,
      domain: 'Interference with general activity',
      text: 'What number best describes how, during the past week, pain has interfered with your general activity?',
      loinc: {
        code: '91146-1',
        display:
          'What number best describes how, during the past week, pain has interfered with your general activity?',
      },
      answerFormat: 'numeric-rating',
      options: numericRatingOptions(...INTERFERENCE_ANCHORS),
    },
  ],
  scoreDefinitions: [
    {
      id: 'peg-mean',
      label: 'PEG mean score (0–10)',
      min: 0,
      max: 10,
      unit: '{score}',
      loinc: { code: '91147-9', display: 'Mean score [PEG]' },
    },
  ],
  allowsMultipleMarksPerItem: false,
  // The PEG is the mean of all three items; no missing-item rule is published, so all three are required.
  minimumAnsweredItems: 3,
  licence: {
    owner: 'Krebs EE et al. (published open access)',
    notice:
      'PEG: Krebs EE, Lorenz KA, Bair MJ, et al. J Gen Intern Med 2009;24(6):733–738. Derived from the Brief Pain Inventory; published open access and widely treated as public domain.',
    itemTextMayShip: true,
    itemTextSource: 'public',
  },
  citations: PEG_CITATIONS,
};

/** No cut-offs are established for the PEG; it is read as a trend (clinical.md §3.2). */
export type PegBand = 'trend-only';

export interface PegResult extends InstrumentScoreResult<PegBand> {
  /** Mean of the three items rounded half up to one decimal, e.g. (7 + 6 + 6) / 3 → 6.3. */
  readonly mean: number;
}

export function scorePeg(answers: InstrumentAnswers): PegResult {
  const resolved = resolveAnswers(PEG_3, answers);
  // Integer arithmetic on the ratio avoids binary rounding errors (see rounding.ts).
  const mean = roundRatioHalfUp(sumScores(resolved), resolved.answered.size, 1);
  return {
    instrumentId: 'peg-3',
    instrumentVersion: PEG_3.version,
    scores: buildScores(PEG_3, { 'peg-mean': mean }),
    interpretation: {
      band: 'trend-only',
      text: 'No established cut-offs: read the PEG as a trend. A change of about 1 point is the minimal important difference.',
      citations: [...PEG_CITATIONS, { source: 'REED_2023_PEG_MID', section: 'MID estimates 0.6–1.75' }],
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    mean,
  };
}
