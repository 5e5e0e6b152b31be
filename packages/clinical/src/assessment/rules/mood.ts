import type { MoodScreening } from '../../core/assessment-contract';
import type { Gad7Band } from '../../instruments/gad';
import { PHQ9_SELF_HARM_ITEM_ID, type Phq9Band, TWO_ITEM_SCREEN_POSITIVE_AT } from '../../instruments/phq';
import { tryScoreInstrument } from '../../instruments/registry';
import type { InstrumentAnswers } from '../../instruments/types';
import type { Intake } from '../intake-schema';
import type { ScoredResults } from '../score-intake';
import { defineRule } from './rule';

export const SELF_HARM_RULE = defineRule({
  id: 'mood.phq9-item9-safety',
  description:
    'Any PHQ-9 item 9 answer above 0 sets the self-harm safety flag and starts the suicide-risk workflow, whatever the total and even when other items are unanswered.',
  evidence: 'verified',
  citations: [
    {
      source: 'KTC_QUESTIONNAIRE_STARTERS',
      section: 'generate.py: item 9 is the safety item, independent of the total',
    },
    { source: 'KROENKE_2001_PHQ9', section: 'Item 9: thoughts of death or self-harm' },
  ],
});

export const PHQ2_POSITIVE_RULE = defineRule({
  id: 'mood.phq2-positive',
  description:
    'PHQ-2 positive at 3 or more (items 1–2 of the PHQ-9 count as a PHQ-2 when no separate PHQ-2 was given).',
  evidence: 'verified',
  citations: [{ source: 'KROENKE_2003_PHQ2', section: 'Cut-off ≥3: sensitivity 83%, specificity 92%' }],
});

export const GAD2_POSITIVE_RULE = defineRule({
  id: 'mood.gad2-positive',
  description:
    'GAD-2 positive at 3 or more (items 1–2 of the GAD-7 count as a GAD-2 when no separate GAD-2 was given).',
  evidence: 'verified',
  citations: [{ source: 'KROENKE_2007_GAD2', section: 'Cut-off ≥3: sensitivity 86%, specificity 83%' }],
});

export const PHQ9_BANDS_RULE = defineRule({
  id: 'mood.phq9-severity-bands',
  description: 'PHQ-9 bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.',
  evidence: 'unverified-configurable',
  citations: [{ source: 'KROENKE_2001_PHQ9', section: 'Severity cut-points (clinical.md §3.3, tagged [K])' }],
});

export const GAD7_BANDS_RULE = defineRule({
  id: 'mood.gad7-severity-bands',
  description: 'GAD-7 bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.',
  evidence: 'verified',
  citations: [{ source: 'SPITZER_2006_GAD7', section: 'Severity cut-points 5, 10, 15' }],
});

/** The contract's mood screening plus the screen results and bands. */
export interface MoodAssessment extends MoodScreening {
  readonly phq2Positive: boolean | null;
  readonly gad2Positive: boolean | null;
  readonly phq9Band: Phq9Band | null;
  readonly gad7Band: Gad7Band | null;
}

function firstTwoItems(
  answers: InstrumentAnswers | undefined,
  ids: readonly [string, string],
): InstrumentAnswers {
  if (answers === undefined) return {};
  const [first, second] = ids;
  return Object.fromEntries(
    Object.entries(answers).filter(([itemId]) => itemId === first || itemId === second),
  );
}

/** A two-item screen from its own answers, or else from items 1–2 of the full questionnaire. */
function twoItemTotal(
  screen: 'phq-2' | 'gad-2',
  direct: { readonly total: number } | undefined,
  fullAnswers: InstrumentAnswers | undefined,
  itemIds: readonly [string, string],
): number | null {
  if (direct !== undefined) return direct.total;
  const derived = tryScoreInstrument(screen, firstTwoItems(fullAnswers, itemIds));
  return derived.ok ? derived.result.total : null;
}

function selfHarmItemAnswer(answers: InstrumentAnswers | undefined): number | null {
  const value = answers?.[PHQ9_SELF_HARM_ITEM_ID];
  return typeof value === 'number' ? value : null;
}

export function assessMood(intake: Intake, results: ScoredResults): MoodAssessment {
  const phq9Answers = intake.instruments['phq-9'];
  const gad7Answers = intake.instruments['gad-7'];
  const phq2Total = twoItemTotal('phq-2', results['phq-2'], phq9Answers, [
    'interest-or-pleasure',
    'feeling-down',
  ]);
  const gad2Total = twoItemTotal('gad-2', results['gad-2'], gad7Answers, ['nervous', 'uncontrolled-worry']);
  // Item 9 is read from the raw answers so that an incomplete PHQ-9 still raises the safety flag.
  const phq9Item9 = selfHarmItemAnswer(phq9Answers);
  const phq9 = results['phq-9'];
  const gad7 = results['gad-7'];
  return {
    phq2Total,
    phq9Total: phq9?.total ?? null,
    phq9Item9,
    gad2Total,
    gad7Total: gad7?.total ?? null,
    selfHarmSafetyFlag: phq9Item9 !== null && phq9Item9 > 0,
    phq2Positive: phq2Total === null ? null : phq2Total >= TWO_ITEM_SCREEN_POSITIVE_AT,
    gad2Positive: gad2Total === null ? null : gad2Total >= TWO_ITEM_SCREEN_POSITIVE_AT,
    phq9Band: phq9?.interpretation.band ?? null,
    gad7Band: gad7?.interpretation.band ?? null,
  };
}
