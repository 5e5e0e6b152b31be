import type { IsoDate } from '../core/vocabulary';

/**
 * Calendar arithmetic on ISO dates without a clock. Dates are whole UTC days, so
 * there are no time-zone or daylight-saving surprises. Internal to the clinical
 * package (not exported from the public index).
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. Throws on a malformed date: callers validate input first. */
export function isoDateToDayNumber(date: IsoDate): number {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [, year, month, day] = match;
  return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY);
}

export function dayNumberToIsoDate(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayNumberToIsoDate(isoDateToDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoDateToDayNumber(to) - isoDateToDayNumber(from);
}

/** True when `date` lies in the closed interval [from, to]. ISO dates compare correctly as strings. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}
