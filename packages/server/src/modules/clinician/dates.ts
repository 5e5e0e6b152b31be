/** Calendar arithmetic on `YYYY-MM-DD` strings as whole UTC days (no time zones, no clock). */

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Completed weeks from `from` to `to` (0 in the first week). */
export function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.floor(daysBetween(from, to) / 7));
}

export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC calendar day of an instant. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(isoDate: string): Weekday {
  return WEEKDAYS[(((dayNumber(isoDate) + 3) % 7) + 7) % 7] ?? 'mon';
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The earlier of two ISO dates (ISO dates sort as strings). */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
