// Test support: the rolling mean and trajectory as they were before the engine-throughput
// work (issue #11), kept as oracles the faster versions must agree with exactly, and
// fast-check arbitraries for pain diaries.
import fc from 'fast-check';
import { addDays, dayNumberToIsoDate, daysBetween, isoDateToDayNumber } from '../dates';
import { leastSquaresSlope } from '../trajectory';

/**
 * The implementation before the engine-throughput work (issue #11), kept as the
 * oracle: daily means as a map of { total, count }, each window's values collected
 * oldest first and summed with reduce.
 */
export function oracleDailyMeans(diary: readonly { date: string; pain: number }[]): Map<number, number> {
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
export function oracleWindowMean(means: ReadonlyMap<number, number>, endDay: number, minimumDays: number) {
  const values: number[] = [];
  for (let back = 6; back >= 0; back -= 1) {
    const value = means.get(endDay - back);
    if (value !== undefined) values.push(value);
  }
  if (values.length === 0 || values.length < minimumDays) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
export function oracleRollingSevenDayMeanPain(
  diary: readonly { date: string; pain: number }[],
  endDate: string,
  minimumDays = 4,
): number | null {
  return oracleWindowMean(oracleDailyMeans(diary), isoDateToDayNumber(endDate), minimumDays);
}
export function oracleRollingSevenDayMeanSeries(
  diary: readonly { date: string; pain: number }[],
  from: string,
  to: string,
  minimumDays = 4,
) {
  const means = oracleDailyMeans(diary);
  const points: { date: string; meanPain: number }[] = [];
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(to);
  for (let day = first; day <= last; day += 1) {
    const meanPain = oracleWindowMean(means, day, minimumDays);
    if (meanPain !== null) points.push({ date: dayNumberToIsoDate(day), meanPain });
  }
  return points;
}

/** Diaries around 2026: mostly daily entries (some days twice, some missing), now and then a sparse one spread over decades. */
const base = isoDateToDayNumber('2026-01-01');
const painScore = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));
export const diaryArbitrary = fc
  .oneof(
    fc.array(fc.record({ day: fc.integer({ min: 0, max: 90 }), pain: painScore }), { maxLength: 120 }),
    fc.array(fc.record({ day: fc.integer({ min: -20_000, max: 20_000 }), pain: painScore }), {
      maxLength: 20,
    }),
  )
  .map((entries) => entries.map(({ day, pain }) => ({ date: dayNumberToIsoDate(base + day), pain })));
export const endDateArbitrary = fc
  .integer({ min: -10, max: 100 })
  .map((day) => dayNumberToIsoDate(base + day));

export function oraclePainTrajectory(
  diary: readonly { date: string; pain: number }[],
  endDate: string,
  windowDays = 28,
  minimumDiaryDays = 4,
) {
  const from = addDays(endDate, -(windowDays - 1));
  const series = oracleRollingSevenDayMeanSeries(diary, from, endDate, minimumDiaryDays);
  const slopePerDay =
    series.length < 7
      ? null
      : leastSquaresSlope(series.map((point) => ({ x: daysBetween(from, point.date), y: point.meanPain })));
  return {
    from,
    to: endDate,
    slopePerWeek: slopePerDay === null ? null : slopePerDay * 7,
    points: series.length,
  };
}
