import type { AnswerOption, LoincCode } from './types';

/** LOINC answer codes for the PHQ and GAD frequency scale (clinical.md §3.3; ktc generate.py). */
const FREQUENCY_ANSWERS: readonly (readonly [number, string, LoincCode['code']])[] = [
  [0, 'Not at all', 'LA6568-5'],
  [1, 'Several days', 'LA6569-3'],
  [2, 'More than half the days', 'LA6570-1'],
  [3, 'Nearly every day', 'LA6571-9'],
];

/** PHQ-9, PHQ-2, GAD-7 and GAD-2 answers: 0–3, scored as their value. */
export const PHQ_GAD_FREQUENCY_OPTIONS: readonly AnswerOption[] = FREQUENCY_ANSWERS.map(
  ([value, label, code]) => ({ value, score: value, label, loinc: { code, display: label } }),
);

/** A 0–10 numeric rating scale with the two anchors labelled. */
export function numericRatingOptions(lowAnchor: string, highAnchor: string): readonly AnswerOption[] {
  return Array.from({ length: 11 }, (_, value) => {
    const label = value === 0 ? `0 – ${lowAnchor}` : value === 10 ? `10 – ${highAnchor}` : String(value);
    return { value, score: value, label };
  });
}

/** Unlabelled ordinal options `0…max`, for instruments whose statement wording may not ship (ODI). */
export function unlabelledOrdinalOptions(max: number): readonly AnswerOption[] {
  return Array.from({ length: max + 1 }, (_, value) => ({ value, score: value }));
}

/** A tick box: 1 when the statement applies, 0 when it does not (RMDQ). */
export const TICK_BOX_OPTIONS: readonly AnswerOption[] = [
  { value: 0, score: 0, label: 'Does not apply' },
  { value: 1, score: 1, label: 'Applies' },
];
