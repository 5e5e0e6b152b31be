import type { IsoDate } from '../core/vocabulary';
import { nextQuota, type QuotaChange } from './quota';

/**
 * Activity pacing (clinical.md §5.4). Baseline = mean tolerated time over the last 3 days,
 * minus 20%, so quotas sit below tolerance (Nielson 2013 [V concept]; the numbers are [K],
 * configurable). The plan is time-contingent: do the quota, then stop or change position,
 * even on a good day — the day's pain does not change it (graded activity, Fordyce [V]).
 * Each week: quota met on enough days (and the pain-monitoring rules not broken) → +10%;
 * a flare → one step back; otherwise hold. Never below a floor.
 */
export const PACING_ACTIVITIES = ['walking', 'sitting', 'standing', 'chores'] as const;
export type PacingActivity = (typeof PACING_ACTIVITIES)[number];

export interface PacingConfig {
  /** Days of tolerated time used for the baseline (the most recent ones). */
  readonly baselineDays: number;
  /** Fraction taken off the mean tolerated time. */
  readonly belowToleranceFraction: number;
  readonly weeklyIncrease: number;
  readonly floorMinutes: number;
  /** Days in the week the quota must be met before it rises. */
  readonly daysMetToIncrease: number;
}

export const DEFAULT_PACING_CONFIG: PacingConfig = {
  baselineDays: 3,
  belowToleranceFraction: 0.2,
  weeklyIncrease: 0.1,
  floorMinutes: 1,
  daysMetToIncrease: 5,
};

export interface ActivityBaselineInput {
  readonly activity: PacingActivity;
  /** Minutes the patient could do before pain made them stop, one value per day, oldest first. */
  readonly toleratedMinutes: readonly number[];
}

export interface PacingQuota {
  readonly activity: PacingActivity;
  readonly baselineMinutes: number;
  /** Current quota: do this much, then stop or change position. */
  readonly quotaMinutes: number;
}

export interface PacingPlan {
  readonly startDate: IsoDate;
  /** Weeks completed since the start. */
  readonly week: number;
  readonly quotas: readonly PacingQuota[];
}

/** Mean of the last `baselineDays` days, minus 20%, rounded down to a tenth of a minute. */
export function pacingBaseline(
  toleratedMinutes: readonly number[],
  config: PacingConfig = DEFAULT_PACING_CONFIG,
): number {
  if (toleratedMinutes.length < config.baselineDays) {
    throw new RangeError(`A pacing baseline needs ${config.baselineDays} days of tolerated time`);
  }
  if (toleratedMinutes.some((m) => !Number.isFinite(m) || m < 0)) {
    throw new RangeError('Tolerated minutes must be zero or more');
  }
  const recent = toleratedMinutes.slice(-config.baselineDays);
  const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
  const below = Math.floor(mean * (1 - config.belowToleranceFraction) * 10 + 1e-9) / 10;
  return Math.max(config.floorMinutes, below);
}

export function createPacingPlan(
  inputs: readonly ActivityBaselineInput[],
  options: { readonly startDate: IsoDate },
  config: PacingConfig = DEFAULT_PACING_CONFIG,
): PacingPlan {
  const activities = new Set(inputs.map((i) => i.activity));
  if (activities.size !== inputs.length)
    throw new RangeError('Each activity may appear once in a pacing plan');
  return {
    startDate: options.startDate,
    week: 0,
    quotas: inputs.map((input) => {
      const baseline = pacingBaseline(input.toleratedMinutes, config);
      return { activity: input.activity, baselineMinutes: baseline, quotaMinutes: baseline };
    }),
  };
}

export interface PacingWeekReview {
  readonly activity: PacingActivity;
  /** Days this week the patient did the quota (and stopped at it). */
  readonly daysQuotaMet: number;
  /** A flare-up happened this week. */
  readonly flare: boolean;
  /**
   * The pain-monitoring verdict for the week (clinical.md §5.4: increase "if the
   * pain-monitoring rules are met"); omit when not tracked. A false holds the quota.
   */
  readonly painMonitoringMet?: boolean;
}

export function pacingQuotaChange(
  review: PacingWeekReview,
  config: PacingConfig = DEFAULT_PACING_CONFIG,
): QuotaChange {
  if (review.flare) return 'decrease';
  if (review.painMonitoringMet === false) return 'hold';
  return review.daysQuotaMet >= config.daysMetToIncrease ? 'increase' : 'hold';
}

/** Moves the plan on one week. Activities without a review hold their quota. */
export function reviewPacingWeek(
  plan: PacingPlan,
  reviews: readonly PacingWeekReview[],
  config: PacingConfig = DEFAULT_PACING_CONFIG,
): PacingPlan {
  const quotaConfig = { weeklyIncrease: config.weeklyIncrease, floorMinutes: config.floorMinutes };
  return {
    ...plan,
    week: plan.week + 1,
    quotas: plan.quotas.map((quota) => {
      const review = reviews.find((r) => r.activity === quota.activity);
      const change = review === undefined ? 'hold' : pacingQuotaChange(review, config);
      return { ...quota, quotaMinutes: nextQuota(quota.quotaMinutes, change, quotaConfig) };
    }),
  };
}

/** The plain-language instruction for one activity's quota (time-contingent, not pain-contingent). */
export function pacingInstruction(quota: PacingQuota): string {
  const minutes = Number.isInteger(quota.quotaMinutes)
    ? quota.quotaMinutes.toString()
    : quota.quotaMinutes.toFixed(1);
  const what: Record<PacingActivity, string> = {
    walking: 'Walk',
    sitting: 'Sit',
    standing: 'Stand',
    chores: 'Do chores',
  };
  return `${what[quota.activity]} for ${minutes} minutes, then stop or change position, even if you feel you could do more.`;
}
