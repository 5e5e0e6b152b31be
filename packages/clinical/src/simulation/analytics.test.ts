import { describe, expect, it } from 'vitest';
import { addDays } from '../outcomes/dates';
import {
  MINIMUM_CELL_SIZE,
  meanInterval,
  type ResponderRecord,
  responderAtWeek,
  responderTable,
  treatmentKeys,
  wilsonInterval,
} from './analytics';

describe('Wilson score interval (hand-computed)', () => {
  // p̂ = x/n, z = 1.96: centre = (p̂ + z²/2n)/(1 + z²/n), half = z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n)
  it.each([
    [5, 10, 0.2366, 0.7634],
    [8, 10, 0.4902, 0.9433],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [50, 100, 0.4038, 0.5962],
    [1, 20, 0.0089, 0.2361],
  ])('%i of %i → %f to %f', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it('is [0, 1] with no patients and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it('gives a mean with a normal interval', () => {
    // mean 2, sample SD 1 (values 1, 2, 3), n 3: half = 1.96 × 1/√3 = 1.1316
    const result = meanInterval([1, 2, 3]);
    expect(result.mean).toBe(2);
    expect(result.upper - result.mean).toBeCloseTo(1.1316, 3);
  });
});

const record = (responder: boolean, overrides: Partial<ResponderRecord> = {}): ResponderRecord => ({
  phenotype: 'mechanical',
  riskGroup: 'medium',
  treatments: treatmentKeys(1, ['home-exercise', 'physiotherapy']),
  responder,
  ...overrides,
});

describe('responder table', () => {
  it('counts each patient in every treatment they had, with Wilson intervals', () => {
    const records = [
      ...Array.from({ length: 7 }, () => record(true)),
      ...Array.from({ length: 5 }, () => record(false)),
    ];
    const table = responderTable(records);
    expect(table.map((cell) => cell.treatment)).toEqual(['all', 'home-exercise', 'physiotherapy', 'step-1']);
    for (const cell of table) {
      expect(cell).toMatchObject({
        phenotype: 'mechanical',
        riskGroup: 'medium',
        suppressed: false,
        n: 12,
        responders: 7,
      });
      expect(cell.share).toBeCloseTo(7 / 12, 10);
      // 7 of 12: centre (0.5833 + 0.1601)/1.3201 = 0.5631, half 0.2436 → 0.3195 to 0.8067
      expect(cell.interval?.lower).toBeCloseTo(0.3195, 3);
      expect(cell.interval?.upper).toBeCloseTo(0.8067, 3);
    }
  });

  it('suppresses cells with fewer than 10 patients and shows those with 10', () => {
    expect(MINIMUM_CELL_SIZE).toBe(10);
    const records = [
      ...Array.from({ length: 9 }, (_, i) => record(i < 3, { phenotype: 'radicular', treatments: ['all'] })),
      ...Array.from({ length: 10 }, (_, i) => record(i < 4, { phenotype: 'mixed', treatments: ['all'] })),
    ];
    const [mixed, radicular] = responderTable(records);
    expect(radicular).toEqual({
      phenotype: 'radicular',
      riskGroup: 'medium',
      treatment: 'all',
      suppressed: true,
      n: null,
      responders: null,
      share: null,
      interval: null,
    });
    expect(mixed).toMatchObject({ phenotype: 'mixed', suppressed: false, n: 10, responders: 4, share: 0.4 });
  });

  it('keeps patients without a risk group under "unknown"', () => {
    const table = responderTable(
      Array.from({ length: 10 }, () => record(true, { riskGroup: null, treatments: ['all'] })),
    );
    expect(table[0]?.riskGroup).toBe('unknown');
  });
});

describe('responder at week 12 from a diary', () => {
  const start = '2025-01-06';
  const diary = (pain: number, fromDay: number, toDay: number) =>
    Array.from({ length: toDay - fromDay + 1 }, (_, i) => ({ date: addDays(start, fromDay + i), pain }));

  it('judges the 7-day mean ending on day 84 against the intake score (≥2 points and ≥30%)', () => {
    expect(responderAtWeek(6, diary(4, 78, 84), start, '2025-06-01')).toBe(true);
    expect(responderAtWeek(6, diary(5, 78, 84), start, '2025-06-01')).toBe(false);
    expect(responderAtWeek(3, diary(1.5, 78, 84), start, '2025-06-01')).toBe(false);
  });

  it('uses the following week when week 12 has too few diary days, and waits for week 12', () => {
    expect(responderAtWeek(6, diary(3, 85, 91), start, '2025-06-01')).toBe(true);
    expect(responderAtWeek(6, diary(3, 50, 60), start, '2025-06-01')).toBeNull();
    expect(responderAtWeek(6, diary(3, 1, 30), start, addDays(start, 40))).toBeNull();
    expect(responderAtWeek(null, diary(3, 78, 84), start, '2025-06-01')).toBeNull();
  });
});
