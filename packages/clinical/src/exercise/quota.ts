/**
 * Time quotas (walking minutes, pacing minutes) move in small steps: up by the weekly
 * increase when the rules are met, down by the same fraction after a broken fortnight or a
 * flare, never below a floor (clinical.md §5.4 [K]: increase 10–20% a week; §5.9 walking
 * +10% a week). Values are rounded to a tenth of a minute in the safe direction, so a rise
 * never exceeds the configured percentage.
 */
export interface QuotaConfig {
  /** Fractional weekly increase, e.g. 0.1 for 10%. */
  readonly weeklyIncrease: number;
  /** The quota never drops below this many minutes (unless it started lower). */
  readonly floorMinutes: number;
}

export type QuotaChange = 'increase' | 'hold' | 'decrease';

export function nextQuota(current: number, change: QuotaChange, config: QuotaConfig): number {
  if (change === 'hold') return current;
  // Work in whole tenths of a minute; round the step down so a rise never exceeds the fraction.
  const currentTenths = Math.round(current * 10);
  const stepTenths = Math.floor(currentTenths * config.weeklyIncrease + 1e-9);
  if (change === 'increase') return Math.max(current, (currentTenths + stepTenths) / 10);
  return Math.min(current, Math.max((currentTenths - stepTenths) / 10, config.floorMinutes));
}
