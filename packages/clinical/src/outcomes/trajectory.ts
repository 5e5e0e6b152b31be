import type { IsoDate } from '../core/vocabulary';
import { addDays, daysBetween } from './dates';
import type { PainDiaryEntry } from './records';
import { DEFAULT_MINIMUM_DIARY_DAYS, rollingSevenDayMeanSeries } from './rolling-mean';

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
  const from = addDays(endDate, -(windowDays - 1));
  const series = rollingSevenDayMeanSeries(diary, from, endDate, minimumDiaryDays);
  const slopePerDay =
    series.length < MINIMUM_TRAJECTORY_POINTS
      ? null
      : leastSquaresSlope(series.map((point) => ({ x: daysBetween(from, point.date), y: point.meanPain })));
  return {
    from,
    to: endDate,
    slopePerWeek: slopePerDay === null ? null : slopePerDay * 7,
    points: series.length,
  };
}
