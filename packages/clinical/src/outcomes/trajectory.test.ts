import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { dailyMeanPain } from './rolling-mean';
import { diaryArbitrary, endDateArbitrary, oraclePainTrajectory } from './test-support/rolling-mean-oracle';
import { leastSquaresSlope, painTrajectory, painTrajectoryFromDailyMeans } from './trajectory';

describe('pain trajectory', () => {
  it('fits an exact line', () => {
    expect(
      leastSquaresSlope([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toBe(2);
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
    expect(leastSquaresSlope([{ x: 1, y: 1 }])).toBeNull();
  });

  it('recovers a steady daily fall as points per week', () => {
    // Pain falls 0.1 per day: the 7-day mean falls 0.1 per day too, i.e. 0.7 per week.
    const diary = Array.from({ length: 42 }, (_, day) => ({
      date: addDays('2026-01-01', day),
      pain: 8 - 0.1 * day,
    }));
    const trajectory = painTrajectory(diary, addDays('2026-01-01', 41));
    expect(trajectory.slopePerWeek).toBeCloseTo(-0.7, 10);
    expect(trajectory.points).toBe(28);
  });

  it('is flat for constant pain and null without enough data', () => {
    const flat = Array.from({ length: 28 }, (_, day) => ({ date: addDays('2026-01-01', day), pain: 5 }));
    expect(painTrajectory(flat, '2026-01-28').slopePerWeek).toBeCloseTo(0, 12);
    expect(painTrajectory(flat.slice(0, 5), '2026-01-28').slopePerWeek).toBeNull();
  });

  it('has the sign of any steady linear trend', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.1, max: 0.1, noNaN: true }), (perDay) => {
        const diary = Array.from({ length: 35 }, (_, day) => ({
          date: addDays('2026-01-01', day),
          pain: 5 + perDay * day,
        }));
        const slope = painTrajectory(diary, addDays('2026-01-01', 34)).slopePerWeek ?? Number.NaN;
        expect(slope).toBeCloseTo(perDay * 7, 8);
      }),
    );
  });
});

describe('pain trajectory agrees exactly with the implementation it replaced', () => {
  it('painTrajectory and painTrajectoryFromDailyMeans', () => {
    fc.assert(
      fc.property(
        diaryArbitrary,
        endDateArbitrary,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (diary, endDate, windowDays, minimum) => {
          const expected = oraclePainTrajectory(diary, endDate, windowDays, minimum);
          expect(painTrajectory(diary, endDate, windowDays, minimum)).toEqual(expected);
          expect(painTrajectoryFromDailyMeans(dailyMeanPain(diary), endDate, windowDays, minimum)).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('agrees near the edges of the calendar, where ISO dates do not read back as the same day', () => {
    const diary = (end: string) =>
      Array.from({ length: 30 }, (_, day) => ({ date: addDays(end, -day), pain: (day * 7) % 11 }));
    for (const endDate of ['0101-01-20', '0100-01-05', '9999-12-31', '1900-02-10']) {
      expect(painTrajectory(diary(endDate), endDate)).toEqual(oraclePainTrajectory(diary(endDate), endDate));
    }
    const outcome = (run: () => unknown) => {
      try {
        return run();
      } catch (error) {
        return String(error);
      }
    };
    for (const [endDate, windowDays] of [
      ['9999-12-40', 28],
      ['9999-12-31', 28],
      ['2026-13-01', 28],
      ['0000-01-01', 10_000_000],
      ['2026-01-01', Number.NaN],
    ] as const) {
      // Entries written past 31 December 9999 (Date.UTC rolls them into year 10000) and one in 2025.
      const entries = [
        ...Array.from({ length: 20 }, (_, day) => ({ date: `9999-12-${25 + day}`, pain: day % 10 })),
        { date: '2025-12-30', pain: 4 },
      ];
      expect(outcome(() => painTrajectory(entries, endDate, windowDays))).toEqual(
        outcome(() => oraclePainTrajectory(entries, endDate, windowDays)),
      );
    }
  });
});
