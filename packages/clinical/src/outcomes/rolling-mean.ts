import type { IsoDate } from '../core/vocabulary';
import { dayNumberToIsoDate, isoDateToDayNumber } from './dates';
import type { PainDiaryEntry } from './records';

/**
 * Pain is judged on a rolling 7-day mean of diary scores, not on single days,
 * because LBP fluctuates from week to week (Kongsted 2010; clinical.md §3.1).
 */
export const ROLLING_WINDOW_DAYS = 7;

/**
 * Fewest diary days in a 7-day window for the mean to count. A product heuristic
 * (configurable): with fewer than four days a single bad day dominates the mean.
 */
export const DEFAULT_MINIMUM_DIARY_DAYS = 4;

/**
 * Mean pain per calendar day, keyed by day number (days since 1970-01-01): several
 * entries on one day are averaged first so no day weighs more. Day numbers make the
 * window look-ups integer arithmetic rather than date formatting.
 */
function dailyMeans(diary: readonly PainDiaryEntry[]): Map<number, number> {
  const sums = new Map<number, { total: number; count: number }>();
  for (const entry of diary) {
    const day = isoDateToDayNumber(entry.date);
    const current = sums.get(day) ?? { total: 0, count: 0 };
    sums.set(day, { total: current.total + entry.pain, count: current.count + 1 });
  }
  const means = new Map<number, number>();
  for (const [day, { total, count }] of sums) means.set(day, total / count);
  return means;
}

/**
 * The mean diary pain over the 7 days ending on `endDate` (inclusive), or null when
 * fewer than `minimumDays` days in that window have an entry.
 */
export function rollingSevenDayMeanPain(
  diary: readonly PainDiaryEntry[],
  endDate: IsoDate,
  minimumDays: number = DEFAULT_MINIMUM_DIARY_DAYS,
): number | null {
  return windowMean(dailyMeans(diary), isoDateToDayNumber(endDate), minimumDays);
}

/** The 7-day window ending on day `endDay`, looked up day by day in the daily means (oldest first). */
function windowMean(means: ReadonlyMap<number, number>, endDay: number, minimumDays: number): number | null {
  const values: number[] = [];
  for (let back = ROLLING_WINDOW_DAYS - 1; back >= 0; back -= 1) {
    const value = means.get(endDay - back);
    if (value !== undefined) values.push(value);
  }
  if (values.length === 0 || values.length < minimumDays) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface RollingMeanPoint {
  readonly date: IsoDate;
  readonly meanPain: number;
}

/** The rolling 7-day mean for every day from `from` to `to` on which it is defined. */
export function rollingSevenDayMeanSeries(
  diary: readonly PainDiaryEntry[],
  from: IsoDate,
  to: IsoDate,
  minimumDays: number = DEFAULT_MINIMUM_DIARY_DAYS,
): RollingMeanPoint[] {
  // Daily means are computed once: the series costs days × 7 look-ups, not days × diary entries.
  const means = dailyMeans(diary);
  const points: RollingMeanPoint[] = [];
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(to);
  for (let day = first; day <= last; day += 1) {
    const meanPain = windowMean(means, day, minimumDays);
    if (meanPain !== null) points.push({ date: dayNumberToIsoDate(day), meanPain });
  }
  return points;
}
