import type { IsoDate } from '../core/vocabulary';
import { addDays, dayNumberToIsoDate, daysBetween, isoDateToDayNumber } from './dates';
import type { PainDiaryEntry } from './records';
import {
  type DailyMeanPain,
  DEFAULT_MINIMUM_DIARY_DAYS,
  dailyMeanPain,
  rollingMeansByDay,
} from './rolling-mean';

export interface PainTrajectory {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Least-squares slope of the rolling 7-day mean, in points per week; negative is improving. */
  readonly slopePerWeek: number | null;
  /** How many daily 7-day means the line was fitted to. */
  readonly points: number;
}

/** Fewest daily means needed for a slope: with fewer the line says more about noise than trend. */
export const MINIMUM_TRAJECTORY_POINTS = 7;

/** Ordinary least-squares slope of y on x; null when x has no spread. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    varianceX += (point.x - meanX) ** 2;
  }
  return varianceX === 0 ? null : covariance / varianceX;
}

/**
 * The trend of pain over the `windowDays` ending on `endDate`: the slope of the daily
 * rolling 7-day mean (clinical.md §3.1 says judge pain on the 7-day mean, not single days).
 */
export function painTrajectory(
  diary: readonly PainDiaryEntry[],
  endDate: IsoDate,
  windowDays = 28,
  minimumDiaryDays: number = DEFAULT_MINIMUM_DIARY_DAYS,
): PainTrajectory {
  // The window's dates are checked before the diary's, as they always were.
  addDays(endDate, -(windowDays - 1));
  return painTrajectoryFromDailyMeans(dailyMeanPain(diary), endDate, windowDays, minimumDiaryDays);
}

/**
 * 0100-01-01 and 9999-12-31: between them a day's ISO date reads back as the same day
 * number (Date.UTC reads years 0000–0099 as 1900–1999), so x is plain subtraction.
 */
const FIRST_ROUND_TRIP_DAY = -683_003;
const LAST_ROUND_TRIP_DAY = 2_932_896;

/**
 * `painTrajectory` over daily means already computed by `dailyMeanPain` (internal:
 * the engine computes the means once per evaluation for all its pain windows).
 */
export function painTrajectoryFromDailyMeans(
  means: DailyMeanPain,
  endDate: IsoDate,
  windowDays = 28,
  minimumDiaryDays: number = DEFAULT_MINIMUM_DIARY_DAYS,
): PainTrajectory {
  const from = addDays(endDate, -(windowDays - 1));
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(endDate);
  const byDay = rollingMeansByDay(means, first, last, minimumDiaryDays);
  // x is the day's distance from `from`, as daysBetween(from, date) on the formatted date.
  const roundTrips = first >= FIRST_ROUND_TRIP_DAY && last <= LAST_ROUND_TRIP_DAY;
  const series: { x: number; y: number }[] = [];
  for (let offset = 0; offset < byDay.length; offset += 1) {
    const meanPain = byDay[offset];
    if (meanPain === undefined) continue;
    const x = roundTrips ? offset : daysBetween(from, dayNumberToIsoDate(first + offset));
    series.push({ x, y: meanPain });
  }
  const slopePerDay = series.length < MINIMUM_TRAJECTORY_POINTS ? null : leastSquaresSlope(series);
  return {
    from,
    to: endDate,
    slopePerWeek: slopePerDay === null ? null : slopePerDay * 7,
    points: series.length,
  };
}
