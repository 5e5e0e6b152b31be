import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { leastSquaresSlope, painTrajectory } from './trajectory';

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
