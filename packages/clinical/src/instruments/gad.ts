import type { Citation } from '../core/sources';
import { buildScores, resolveAnswers, sumScores } from './answers';
import { bandFor, type ScoreBand } from './bands';
import { PHQ_GAD_FREQUENCY_OPTIONS } from './options';
import { scoreTwoItemScreen, type TwoItemScreenBand } from './phq';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentItem, InstrumentScoreResult } from './types';

const GAD_LICENCE = {
  owner: 'Pfizer Inc. (free to use)',
  notice:
    'GAD-7 and GAD-2 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute them.',
  itemTextMayShip: true,
  itemTextSource: 'public',
} as const;

const GAD_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

/** GAD-7 items with LOINC codes (clinical.md §3.0). The GAD-2 reuses items 1 and 2. */
const GAD7_ITEMS: readonly InstrumentItem[] = (
  [
    ['nervous', 'Nervousness', '69725-0', 'Feeling nervous, anxious, or on edge'],
    ['uncontrolled-worry', 'Uncontrollable worry', '68509-9', 'Not being able to stop or control worrying'],
    ['excessive-worry', 'Excessive worry', '69733-4', 'Worrying too much about different things'],
    ['trouble-relaxing', 'Trouble relaxing', '69734-2', 'Trouble relaxing'],
    ['restless', 'Restlessness', '69735-9', 'Being so restless that it is hard to sit still'],
    ['irritable', 'Irritability', '69689-8', 'Becoming easily annoyed or irritable'],
    ['afraid', 'Fear', '69736-7', 'Feeling afraid, as if something awful might happen'],
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

const GAD7_CITATIONS: readonly Citation[] = [{ source: 'SPITZER_2006_GAD7', section: 'Scoring 0–21' }];
const GAD2_CITATIONS: readonly Citation[] = [
  { source: 'KROENKE_2007_GAD2', section: 'GAD-2 = GAD-7 items 1–2; positive at ≥3' },
];

export const GAD_7: InstrumentDefinition = {
  id: 'gad-7',
  version: '2006',
  title: 'Generalized Anxiety Disorder-7 (GAD-7)',
  recallPeriod: 'last 2 weeks',
  instructions: GAD_STEM,
  panelLoinc: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
  items: GAD7_ITEMS,
  scoreDefinitions: [
    {
      id: 'gad7-total',
      label: 'GAD-7 total (0–21)',
      min: 0,
      max: 21,
      unit: '{score}',
      loinc: {
        code: '70274-6',
        display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
      },
    },
  ],
  allowsMultipleMarksPerItem: false,
  minimumAnsweredItems: 7,
  licence: GAD_LICENCE,
  citations: GAD7_CITATIONS,
};

/** No separate GAD-2 panel or total code was found (clinical.md §3.0); the items keep their GAD-7 codes. */
export const GAD_2: InstrumentDefinition = {
  id: 'gad-2',
  version: '2007',
  title: 'Generalized Anxiety Disorder-2 (GAD-2)',
  recallPeriod: 'last 2 weeks',
  instructions: GAD_STEM,
  items: GAD7_ITEMS.slice(0, 2),
  scoreDefinitions: [{ id: 'gad2-total', label: 'GAD-2 total (0–6)', min: 0, max: 6, unit: '{score}' }],
  allowsMultipleMarksPerItem: false,
  minimumAnsweredItems: 2,
  licence: GAD_LICENCE,
  citations: GAD2_CITATIONS,
};

export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

/** GAD-7 bands 0–4 / 5–9 / 10–14 / 15–21 (clinical.md §3.3, verified). */
export const GAD7_SEVERITY_BANDS: readonly ScoreBand<Gad7Band>[] = [
  { band: 'minimal', min: 0, max: 4, text: 'Minimal anxiety symptoms' },
  { band: 'mild', min: 5, max: 9, text: 'Mild anxiety symptoms' },
  { band: 'moderate', min: 10, max: 14, text: 'Moderate anxiety symptoms' },
  { band: 'severe', min: 15, max: 21, text: 'Severe anxiety symptoms' },
];

export interface Gad7Result extends InstrumentScoreResult<Gad7Band> {
  readonly total: number;
}

export function scoreGad7(answers: InstrumentAnswers): Gad7Result {
  const resolved = resolveAnswers(GAD_7, answers);
  const total = sumScores(resolved);
  const band = bandFor(GAD7_SEVERITY_BANDS, total);
  return {
    instrumentId: 'gad-7',
    instrumentVersion: GAD_7.version,
    scores: buildScores(GAD_7, { 'gad7-total': total }),
    interpretation: {
      band: band.band,
      text: `${band.text} (GAD-7 ${total}).`,
      citations: [{ source: 'SPITZER_2006_GAD7', section: 'Severity cut-points 5, 10, 15' }],
    },
    answeredItemCount: resolved.answered.size,
    notes: resolved.notes,
    total,
  };
}

export interface Gad2Result extends InstrumentScoreResult<TwoItemScreenBand> {
  readonly total: number;
  readonly positive: boolean;
}

export function scoreGad2(answers: InstrumentAnswers): Gad2Result {
  return scoreTwoItemScreen(GAD_2, answers, {
    totalScoreId: 'gad2-total',
    fullForm: 'GAD-7',
    citations: GAD2_CITATIONS,
  });
}
