/**
 * Rounding for reported scores. Floating point cannot hold values such as 6.35 exactly
 * (it is stored as 6.34999…), so `Math.round(x * 10) / 10` rounds some halves down.
 * Scores here are ratios of integers, so we round the ratio with integer arithmetic and
 * get exact half-up rounding.
 */

/**
 * Round `numerator / denominator` to `decimals` places, halves away from zero.
 * Both arguments must be integers, the denominator positive.
 */
export function roundRatioHalfUp(numerator: number, denominator: number, decimals: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError('roundRatioHalfUp needs an integer numerator and a positive integer denominator');
  }
  const scale = 10 ** decimals;
  const sign = numerator < 0 ? -1 : 1;
  const scaledNumerator = Math.abs(numerator) * scale;
  // floor((2n + d) / 2d) is n/d rounded half up, computed exactly on integers.
  const rounded = Math.floor((2 * scaledNumerator + denominator) / (2 * denominator));
  return (sign * rounded) / scale;
}
