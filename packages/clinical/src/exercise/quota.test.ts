import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextQuota } from './quota';

const config = { weeklyIncrease: 0.1, floorMinutes: 5 };
const minutes = fc.integer({ min: 10, max: 1200 }).map((tenths) => tenths / 10);

describe('nextQuota', () => {
  it.each([
    [10, 'increase', 11],
    [10, 'hold', 10],
    [10, 'decrease', 9],
    [5, 'decrease', 5],
    [5.5, 'decrease', 5],
    [12.5, 'increase', 13.7],
    [3, 'increase', 3.3],
    [3, 'decrease', 3],
  ] as const)('%d minutes, %s → %d', (current, change, expected) => {
    expect(nextQuota(current, change, config)).toBe(expected);
  });

  it('never rises by more than the weekly increase', () => {
    fc.assert(
      fc.property(minutes, fc.double({ min: 0, max: 0.2, noNaN: true }), (current, increase) => {
        const next = nextQuota(current, 'increase', { weeklyIncrease: increase, floorMinutes: 1 });
        expect(next).toBeGreaterThanOrEqual(current);
        expect(next).toBeLessThanOrEqual(current * (1 + increase) + 1e-9);
      }),
    );
  });

  it('never falls below the floor, and never rises when decreasing', () => {
    fc.assert(
      fc.property(minutes, fc.integer({ min: 1, max: 30 }), (current, steps) => {
        let quota = current;
        for (let i = 0; i < steps; i += 1) {
          const next = nextQuota(quota, 'decrease', config);
          expect(next).toBeLessThanOrEqual(quota);
          expect(next).toBeGreaterThanOrEqual(Math.min(quota, config.floorMinutes));
          quota = next;
        }
      }),
    );
  });
});
