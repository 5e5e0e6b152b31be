import type { IsoDate } from '../core/vocabulary';
import { addDays, daysBetween, type Weekday, weekdayOf } from './calendar';
import type { CarePlanSchedule } from './types';

/**
 * Occurrence arithmetic for a schedule anchored at a version's effective date: which dates
 * it falls on, the index of each occurrence, and the date of an index. Closed-form, so
 * listing a year of events never loops over occurrences one by one from the anchor.
 */

/** Day offsets (0–6) from the anchor that fall on the schedule's weekdays, ascending. */
function weekOffsets(anchor: IsoDate, days: readonly Weekday[]): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((offset) => days.includes(weekdayOf(addDays(anchor, offset))));
}

/** The occurrence index on `date`, or null when the schedule does not fall on it. */
export function occurrenceIndexOn(schedule: CarePlanSchedule, anchor: IsoDate, date: IsoDate): number | null {
  const offset = daysBetween(anchor, date);
  if (offset < 0) return null;
  switch (schedule.kind) {
    case 'daily':
      return offset;
    case 'every-n-days':
      return offset % schedule.everyDays === 0 ? offset / schedule.everyDays : null;
    case 'days-of-week': {
      const offsets = weekOffsets(anchor, schedule.days);
      const position = offsets.indexOf(offset % 7);
      return position < 0 ? null : Math.floor(offset / 7) * offsets.length + position;
    }
  }
}

/** The date of occurrence `index`, or null when the schedule never occurs. */
export function occurrenceDate(schedule: CarePlanSchedule, anchor: IsoDate, index: number): IsoDate | null {
  if (!Number.isInteger(index) || index < 0) return null;
  switch (schedule.kind) {
    case 'daily':
      return addDays(anchor, index);
    case 'every-n-days':
      return addDays(anchor, index * schedule.everyDays);
    case 'days-of-week': {
      const offsets = weekOffsets(anchor, schedule.days);
      if (offsets.length === 0) return null;
      const dayInWeek = offsets[index % offsets.length] ?? 0;
      return addDays(anchor, Math.floor(index / offsets.length) * 7 + dayInWeek);
    }
  }
}

/** Checks a schedule's own rules (positive interval, at least one weekday, HH:MM time). */
export function scheduleProblems(schedule: CarePlanSchedule): string[] {
  const problems: string[] = [];
  if (schedule.timeOfDay !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.timeOfDay)) {
    problems.push(`time of day must be HH:MM, got ${schedule.timeOfDay}`);
  }
  if (schedule.kind === 'every-n-days' && (!Number.isInteger(schedule.everyDays) || schedule.everyDays < 1)) {
    problems.push('every-n-days needs a whole number of days, 1 or more');
  }
  if (schedule.kind === 'days-of-week' && schedule.days.length === 0) {
    problems.push('days-of-week needs at least one day');
  }
  return problems;
}
