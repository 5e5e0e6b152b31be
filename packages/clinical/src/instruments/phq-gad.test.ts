import { describe, expect, it } from 'vitest';
import { GAD_2, GAD_7, scoreGad2, scoreGad7 } from './gad';
import { PHQ_2, PHQ_9, scorePhq2, scorePhq9 } from './phq';
import type { InstrumentDefinition } from './types';

/** Answers whose item scores are `values`, in form order. */
function answersOf(definition: InstrumentDefinition, values: readonly number[]): Record<string, number> {
  return Object.fromEntries(definition.items.map((item, index) => [item.id, values[index] ?? 0]));
}

/** Nine PHQ-9 answers adding up to `total` with item 9 at 0 (items 1–8 hold at most 24). */
function phq9WithTotal(total: number, selfHarmItem = 0): Record<string, number> {
  const values: number[] = [];
  let remaining = total - selfHarmItem;
  for (let index = 0; index < 8; index += 1) {
    const value = Math.min(3, remaining);
    values.push(value);
    remaining -= value;
  }
  return answersOf(PHQ_9, [...values, selfHarmItem]);
}

describe('PHQ-9 (Kroenke 2001; clinical.md §3.3)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i is %s', (total, band) => {
    const result = scorePhq9(phq9WithTotal(total));
    expect(result.total).toBe(total);
    expect(result.interpretation.band).toBe(band);
    expect(result.selfHarmSafetyFlag).toBe(false);
  });

  it('scores 27 when every item is "nearly every day"', () => {
    expect(scorePhq9(answersOf(PHQ_9, Array(9).fill(3))).interpretation.band).toBe('severe');
  });

  it('raises the safety flag for any item 9 answer above 0, whatever the total', () => {
    const lowTotal = scorePhq9(phq9WithTotal(1, 1));
    expect(lowTotal.total).toBe(1);
    expect(lowTotal.interpretation.band).toBe('minimal');
    expect(lowTotal.selfHarmSafetyFlag).toBe(true);
    expect(lowTotal.interpretation.text).toContain('safety workflow');
    expect(scorePhq9(phq9WithTotal(20, 0)).selfHarmSafetyFlag).toBe(false);
    expect(scorePhq9(phq9WithTotal(12, 3)).selfHarmItem).toBe(3);
  });

  it('does not prorate: eight answered items cannot be scored', () => {
    const answers = phq9WithTotal(8);
    delete answers.appetite;
    expect(() => scorePhq9(answers)).toThrowError(/8 of 9 items answered/);
  });

  it('carries the LOINC panel, item and total codes', () => {
    expect(PHQ_9.panelLoinc?.code).toBe('44249-1');
    expect(PHQ_9.scoreDefinitions[0]?.loinc?.code).toBe('44261-6');
    expect(PHQ_9.items.map((item) => item.loinc?.code)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ]);
  });
});

describe('PHQ-2 and GAD-2 screens (positive at ≥3)', () => {
  it.each([
    [[1, 1], 2, false],
    [[2, 1], 3, true],
    [[3, 3], 6, true],
  ])('PHQ-2 %j → %i, positive %s', (values, total, positive) => {
    const result = scorePhq2(answersOf(PHQ_2, values));
    expect([result.total, result.positive]).toEqual([total, positive]);
  });

  it.each([
    [[2, 0], 2, false],
    [[1, 2], 3, true],
  ])('GAD-2 %j → %i, positive %s', (values, total, positive) => {
    const result = scoreGad2(answersOf(GAD_2, values));
    expect([result.total, result.positive]).toEqual([total, positive]);
  });

  it('shares item ids with the full questionnaires so answers carry over', () => {
    expect(PHQ_2.items.map((item) => item.id)).toEqual(PHQ_9.items.slice(0, 2).map((item) => item.id));
    expect(GAD_2.items.map((item) => item.id)).toEqual(GAD_7.items.slice(0, 2).map((item) => item.id));
  });

  it('rejects a frequency answer of 4, naming the item', () => {
    expect(() => scorePhq2({ 'interest-or-pleasure': 4, 'feeling-down': 0 })).toThrowError(
      /phq-2\.interest-or-pleasure: 4 is outside the allowed answers 0–3/,
    );
  });

  it('rejects two marks on an instrument that allows one', () => {
    expect(() => scoreGad2({ nervous: [1, 2], 'uncontrolled-worry': 0 })).toThrowError(/give one answer/);
  });
});

describe('GAD-7 (Spitzer 2006; clinical.md §3.3)', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0], 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 'mild'],
    [[2, 2, 2, 1, 1, 1, 0], 'mild'],
    [[2, 2, 2, 2, 1, 1, 0], 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2], 'moderate'],
    [[3, 3, 3, 2, 2, 1, 1], 'severe'],
    [[3, 3, 3, 3, 3, 3, 3], 'severe'],
  ])('%j is %s', (values, band) => {
    expect(scoreGad7(answersOf(GAD_7, values)).interpretation.band).toBe(band);
  });
});
