import { describe, expect, it } from 'vitest';
import { roundRatioHalfUp } from './rounding';

describe('roundRatioHalfUp', () => {
  it.each([
    [19, 3, 6.3], // PEG (7+6+6)/3 = 6.333…
    [20, 3, 6.7], // PEG (7+7+6)/3 = 6.666…
    [17, 3, 5.7], // ktc-questionnaire-starters sample (6, 7, 4) → 5.7 (clinical.md §9.4)
    [30, 3, 10],
    [0, 3, 0],
    [635, 100, 6.4], // 6.35 is stored as 6.3499… in binary; Math.round(6.35 * 10) / 10 gives 6.3
    [625, 100, 6.3],
    [105, 100, 1.1],
    [1, 20, 0.1], // 0.05 → 0.1
    [-635, 100, -6.4],
  ])('%i / %i → %d', (numerator, denominator, expected) => {
    expect(roundRatioHalfUp(numerator, denominator, 1)).toBe(expected);
  });

  it('rounds to whole numbers and to two places', () => {
    expect(roundRatioHalfUp(5, 2, 0)).toBe(3);
    expect(roundRatioHalfUp(1005, 1000, 2)).toBe(1.01);
  });

  it('rejects non-integer input', () => {
    expect(() => roundRatioHalfUp(1.5, 3, 1)).toThrow(RangeError);
    expect(() => roundRatioHalfUp(1, 0, 1)).toThrow(RangeError);
  });
});
