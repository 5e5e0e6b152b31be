import { describe, expect, it } from 'vitest';
import { InstrumentAnswerError } from './errors';
import { ODI, scoreOdi } from './odi';

const SECTION_IDS = ODI.items.map((item) => item.id);

/** All ten sections at the given values (in section order); `null` leaves a section unanswered. */
function sections(values: readonly (number | null)[]): Record<string, number | null> {
  return Object.fromEntries(SECTION_IDS.map((id, index) => [id, values[index] ?? null]));
}

describe('ODI v2.1a scoring (Fairbank 2000; clinical.md §3.5)', () => {
  it('with all ten sections answered the score is the sum × 2', () => {
    const result = scoreOdi(sections([2, 2, 2, 2, 2, 1, 1, 1, 1, 2]));
    expect(result.percent).toBe(32);
    expect(result.sectionsAnswered).toBe(10);
    expect(result.notes).toEqual([]);
  });

  it('scores 0% and 100% at the ends of the scale', () => {
    expect(scoreOdi(sections(Array(10).fill(0))).percent).toBe(0);
    expect(scoreOdi(sections(Array(10).fill(5))).percent).toBe(100);
  });

  it('with one section unanswered divides by 45: 16 / 45 × 100 = 35.6%', () => {
    const result = scoreOdi(sections([2, 2, 2, 2, 2, 2, 2, 2, 0, null]));
    expect(result.percent).toBe(35.6);
    expect(result.sectionsAnswered).toBe(9);
    expect(result.notes).toEqual(['1 section(s) unanswered; denominator 45 instead of 50']);
  });

  it('with two sections unanswered divides by 40', () => {
    const result = scoreOdi(sections([3, 3, 3, 3, 3, 3, 3, null, 3, null]));
    expect(result.percent).toBe(60);
    expect(result.sectionsAnswered).toBe(8);
  });

  it('refuses to score with three sections unanswered (minimum 8 of 10, a product decision)', () => {
    expect(() => scoreOdi(sections([1, 1, 1, 1, 1, 1, 1, null, null, null]))).toThrow(InstrumentAnswerError);
  });

  it('treats a missing key like an unanswered section', () => {
    const answers = sections(Array(10).fill(1));
    delete answers['sex-life'];
    expect(scoreOdi(answers).percent).toBe(20);
  });

  it('scores the higher statement when a section is answered twice, and records it', () => {
    const result = scoreOdi({ ...sections(Array(10).fill(1)), lifting: [2, 4] });
    expect(result.percent).toBe(26);
    expect(result.notes).toEqual(['lifting: 2 statements marked; the higher (4) was scored']);
  });

  it('rejects a double mark containing an impossible value, naming the section', () => {
    expect(() => scoreOdi({ ...sections(Array(10).fill(1)), walking: [2, 6] })).toThrowError(
      /odi\.walking: 6/,
    );
  });

  it.each([
    [[2, 2, 2, 2, 2, 0, 0, 0, 0, 0], 20, 'minimal'],
    [[2, 2, 2, 2, 2, 1, 0, 0, 0, 0], 22, 'moderate'],
    [[4, 4, 4, 4, 4, 0, 0, 0, 0, 0], 40, 'moderate'],
    [[4, 4, 4, 4, 4, 1, 0, 0, 0, 0], 42, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 60, 'severe'],
    [[4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 80, 'crippling'],
    [[5, 4, 4, 4, 4, 4, 4, 4, 4, 4], 82, 'bed-bound-or-exaggerating'],
  ])('band edge %j → %d%% %s', (values, percent, band) => {
    const result = scoreOdi(sections(values));
    expect(result.percent).toBe(percent);
    expect(result.interpretation.band).toBe(band);
  });

  it('ships no statement wording (licence: Mapi Research Trust)', () => {
    expect(ODI.licence.itemTextMayShip).toBe(false);
    expect(ODI.items.every((item) => item.text === undefined && item.options.every((o) => !o.label))).toBe(
      true,
    );
  });
});
