import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, nextAttemptDelay } from '../packages/web/src/pwa/backoff';

/** The outbox retry schedule (docs/offline.md): doubling from 2 s, capped at 5 minutes, jittered in the upper half. */
describe('outbox backoff', () => {
  it('doubles from 2 seconds and never waits more than 5 minutes', () => {
    const ceilings = [1, 2, 3, 4, 5, 10, 50].map((attempts) => nextAttemptDelay(attempts, 1));
    expect(ceilings.slice(0, 5)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(ceilings.slice(5)).toEqual([MAX_RETRY_MS, MAX_RETRY_MS]);
    expect(nextAttemptDelay(0, 1)).toBe(FIRST_RETRY_MS);
  });

  it('spreads each delay over the upper half of its ceiling', () => {
    for (const attempts of [1, 3, 8, 20]) {
      const ceiling = nextAttemptDelay(attempts, 1);
      expect(nextAttemptDelay(attempts, 0)).toBe(ceiling / 2);
      const middle = nextAttemptDelay(attempts, 0.5);
      expect(middle).toBeGreaterThan(ceiling / 2);
      expect(middle).toBeLessThan(ceiling);
    }
    // Out-of-range randomness is clamped rather than producing negative or huge waits.
    expect(nextAttemptDelay(2, -5)).toBe(2_000);
    expect(nextAttemptDelay(2, 9)).toBe(4_000);
  });
});
