import type { IsoDate } from '../core/vocabulary';

const MILLISECONDS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date, computed without reading the clock. */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
