import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDateToDayNumber } from './dates';
import {
  dailyMeanPain,
  rollingMeanFromDailyMeans,
  rollingSevenDayMeanPain,
  rollingSevenDayMeanSeries,
} from './rolling-mean';
import {
  diaryArbitrary,
  endDateArbitrary,
  oracleRollingSevenDayMeanPain,
  oracleRollingSevenDayMeanSeries,
} from './test-support/rolling-mean-oracle';

const week = (start: string, scores: number[]) =>
  scores.map((pain, offset) => ({ date: addDays(start, offset), pain }));

describe('rolling 7-day mean of diary pain', () => {
  it('averages the 7 days ending on the given date, inclusive', () => {
    const diary = week('2026-01-01', [9, 6, 6, 6, 6, 6, 6, 6]);
    // 2026-01-02 .. 2026-01-08: seven sixes; the 9 on 2026-01-01 is outside the window.
    expect(rollingSevenDayMeanPain(diary, '2026-01-08')).toBe(6);
    expect(rollingSevenDayMeanPain(diary, '2026-01-07')).toBeCloseTo((9 + 6 * 6) / 7, 10);
  });

  it('averages several entries on one day before averaging days', () => {
    const diary = [
      { date: '2026-01-01', pain: 2 },
      { date: '2026-01-01', pain: 4 },
      ...week('2026-01-02', [6, 6, 6]),
    ];
    expect(rollingSevenDayMeanPain(diary, '2026-01-04')).toBe((3 + 6 + 6 + 6) / 4);
  });

  it('returns null when too few days in the window have an entry', () => {
    const diary = week('2026-01-01', [5, 5, 5]);
    expect(rollingSevenDayMeanPain(diary, '2026-01-07')).toBeNull();
    expect(rollingSevenDayMeanPain(diary, '2026-01-07', 3)).toBe(5);
    expect(rollingSevenDayMeanPain([], '2026-01-07', 0)).toBeNull();
  });

  it('ignores entries after the end date', () => {
    const diary = week('2026-01-01', [4, 4, 4, 4, 10, 10, 10]);
    expect(rollingSevenDayMeanPain(diary, '2026-01-04')).toBe(4);
  });

  it('stays between the smallest and largest score in the window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }), (scores) => {
        const mean = rollingSevenDayMeanPain(week('2026-03-01', scores), '2026-03-07');
        expect(mean).not.toBeNull();
        expect(mean ?? -1).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(mean ?? 11).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it('builds a daily series only where the mean is defined', () => {
    const diary = week('2026-01-01', [5, 5, 5, 5, 5, 5, 5]);
    const series = rollingSevenDayMeanSeries(diary, '2026-01-01', '2026-01-10');
    expect(series.map((point) => point.date)).toEqual([
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
    ]);
  });
});

describe('rolling mean agrees exactly with the implementation it replaced', () => {
  it('rollingSevenDayMeanPain and rollingMeanFromDailyMeans', () => {
    fc.assert(
      fc.property(
        diaryArbitrary,
        endDateArbitrary,
        fc.integer({ min: 0, max: 8 }),
        (diary, endDate, minimum) => {
          const expected = oracleRollingSevenDayMeanPain(diary, endDate, minimum);
          expect(rollingSevenDayMeanPain(diary, endDate, minimum)).toBe(expected);
          expect(rollingMeanFromDailyMeans(dailyMeanPain(diary), isoDateToDayNumber(endDate), minimum)).toBe(
            expected,
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('rollingSevenDayMeanSeries', () => {
    fc.assert(
      fc.property(
        diaryArbitrary,
        endDateArbitrary,
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (diary, to, days, minimum) => {
          const from = addDays(to, -days);
          expect(rollingSevenDayMeanSeries(diary, from, to, minimum)).toEqual(
            oracleRollingSevenDayMeanSeries(diary, from, to, minimum),
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('throws the same error on the first malformed date', () => {
    const diary = [
      { date: '2026-01-01', pain: 3 },
      { date: '2026-1-02', pain: 4 },
    ];
    expect(() => rollingSevenDayMeanPain(diary, '2026-01-07')).toThrow(
      'Not an ISO date (YYYY-MM-DD): 2026-1-02',
    );
    expect(() => oracleRollingSevenDayMeanPain(diary, '2026-01-07')).toThrow(
      'Not an ISO date (YYYY-MM-DD): 2026-1-02',
    );
  });
});
