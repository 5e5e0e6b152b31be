import type { IsoDate } from '../core/vocabulary';
import { addDays, daysBetween, isoDateToDayNumber } from '../outcomes/dates';

/**
 * Calendar helpers for schedules. Dates are whole UTC days (see outcomes/dates.ts, reused
 * here), so there is no clock and no time-zone drift. Internal to the clinical package.
 */
export { addDays, daysBetween };

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekday of an ISO date. 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(date: IsoDate): Weekday {
  const mondayBased = (((isoDateToDayNumber(date) + 3) % 7) + 7) % 7;
  return WEEKDAYS[mondayBased] ?? 'mon';
}

/** Every date from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** True for a real `YYYY-MM-DD` calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}
