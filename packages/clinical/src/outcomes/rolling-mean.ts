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

/** Mean pain per calendar day (see `dailyMeanPain`): `get(day)` is the mean on that day number, if any entry. */
export interface DailyMeanPain {
  get(day: number): number | undefined;
}

/** Daily means in arrays indexed by day − `start`, for a diary whose days lie close together. */
class DenseDailyMeans implements DailyMeanPain {
  constructor(
    private readonly start: number,
    private readonly means: readonly number[],
    private readonly counts: readonly number[],
  ) {}

  get(day: number): number | undefined {
    const index = day - this.start;
    return index >= 0 && index < this.counts.length && this.counts[index] !== 0
      ? this.means[index]
      : undefined;
  }
}

/**
 * Mean pain per calendar day, keyed by day number (days since 1970-01-01): several
 * entries on one day are averaged first so no day weighs more. Day numbers make the
 * window look-ups integer arithmetic rather than date formatting. Internal to the
 * clinical package: compute it once per diary and pass it to the `…FromDailyMeans`
 * functions when one evaluation needs several windows of the same diary.
 *
 * Each day's total adds its entries in diary order starting from 0, then divides by
 * the count, so the means are exactly what a map of { total, count } gives. A diary
 * spread over at most a few days per entry goes into arrays; a sparse one into a map.
 */
export function dailyMeanPain(diary: readonly PainDiaryEntry[]): DailyMeanPain {
  const days: number[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of diary) {
    const day = isoDateToDayNumber(entry.date);
    days.push(day);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  // An empty diary gets empty arrays too, so the engine's look-ups see one kind of object.
  if (days.length === 0) return new DenseDailyMeans(0, [], []);
  const span = last - first + 1;
  if (span > 4 * days.length + 64) {
    const totals = new Map<number, { total: number; count: number }>();
    days.forEach((day, index) => {
      const current = totals.get(day) ?? { total: 0, count: 0 };
      totals.set(day, {
        total: current.total + (diary[index] as PainDiaryEntry).pain,
        count: current.count + 1,
      });
    });
    const means = new Map<number, number>();
    for (const [day, { total, count }] of totals) means.set(day, total / count);
    return means;
  }
  // Plain arrays: for a few dozen days they are much cheaper to allocate than typed arrays.
  const totals: number[] = [];
  const counts: number[] = [];
  for (let offset = 0; offset < span; offset += 1) {
    totals.push(0);
    counts.push(0);
  }
  days.forEach((day, index) => {
    const offset = day - first;
    totals[offset] = (totals[offset] as number) + (diary[index] as PainDiaryEntry).pain;
    counts[offset] = (counts[offset] as number) + 1;
  });
  for (let offset = 0; offset < span; offset += 1) {
    const count = counts[offset] as number;
    if (count !== 0) totals[offset] = (totals[offset] as number) / count;
  }
  return new DenseDailyMeans(first, totals, counts);
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
  return rollingMeanFromDailyMeans(dailyMeanPain(diary), isoDateToDayNumber(endDate), minimumDays);
}

/** `rollingSevenDayMeanPain` over daily means already computed by `dailyMeanPain`, for the window ending on day `endDay`. */
export function rollingMeanFromDailyMeans(
  means: DailyMeanPain,
  endDay: number,
  minimumDays: number = DEFAULT_MINIMUM_DIARY_DAYS,
): number | null {
  return windowMean(means, endDay, minimumDays);
}

/**
 * The 7-day window ending on day `endDay`, looked up day by day in the daily means.
 * The sum runs oldest day first from 0, the order the means were always added in.
 */
function windowMean(means: DailyMeanPain, endDay: number, minimumDays: number): number | null {
  let sum = 0;
  let days = 0;
  for (let back = ROLLING_WINDOW_DAYS - 1; back >= 0; back -= 1) {
    const value = means.get(endDay - back);
    if (value !== undefined) {
      sum += value;
      days += 1;
    }
  }
  if (days === 0 || days < minimumDays) return null;
  return sum / days;
}

/**
 * The rolling 7-day mean for every day from `first` to `last` (day numbers), or
 * `undefined` where it is not defined.
 */
export function rollingMeansByDay(
  means: DailyMeanPain,
  first: number,
  last: number,
  minimumDays: number,
): (number | undefined)[] {
  const result: (number | undefined)[] = [];
  for (let day = first; day <= last; day += 1) result.push(windowMean(means, day, minimumDays) ?? undefined);
  return result;
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
  const means = dailyMeanPain(diary);
  const points: RollingMeanPoint[] = [];
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(to);
  const byDay = rollingMeansByDay(means, first, last, minimumDays);
  for (let offset = 0; offset < byDay.length; offset += 1) {
    const meanPain = byDay[offset];
    if (meanPain !== undefined) points.push({ date: dayNumberToIsoDate(first + offset), meanPain });
  }
  return points;
}
