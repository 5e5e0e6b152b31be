/** First retry after 2 seconds, doubling each time, never more than 5 minutes apart. */
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;

/**
 * When to try again after `attempts` failed sends. The delay doubles up to the cap; `random`
 * (0–1) spreads it over its upper half so many phones coming back online at once do not all
 * retry in the same second.
 */
export function nextAttemptDelay(attempts: number, random: number = Math.random()): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 16);
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
  const jitter = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}
