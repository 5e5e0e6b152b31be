import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, WEEKDAYS, weekdayOf } from './calendar';
import { occurrenceDate, occurrenceIndexOn, scheduleProblems } from './schedule';
import type { CarePlanSchedule } from './types';

const anchor = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2024-01-01', d));
const schedule: fc.Arbitrary<CarePlanSchedule> = fc.oneof(
  fc.constant<CarePlanSchedule>({ kind: 'daily', timeOfDay: null }),
  fc
    .integer({ min: 1, max: 14 })
    .map((everyDays): CarePlanSchedule => ({ kind: 'every-n-days', everyDays, timeOfDay: '08:00' })),
  fc
    .subarray([...WEEKDAYS], { minLength: 1 })
    .map((days): CarePlanSchedule => ({ kind: 'days-of-week', days, timeOfDay: null })),
);

describe('schedule occurrences', () => {
  it('maps index → date → index and back', () => {
    fc.assert(
      fc.property(schedule, anchor, fc.integer({ min: 0, max: 500 }), (s, start, index) => {
        const date = occurrenceDate(s, start, index);
        expect(date).not.toBeNull();
        expect(occurrenceIndexOn(s, start, date ?? start)).toBe(index);
      }),
    );
  });

  it('numbers occurrences 0, 1, 2… in date order with no gaps', () => {
    fc.assert(
      fc.property(schedule, anchor, (s, start) => {
        const indices: number[] = [];
        for (let d = 0; d < 60; d += 1) {
          const index = occurrenceIndexOn(s, start, addDays(start, d));
          if (index !== null) indices.push(index);
        }
        expect(indices).toEqual(indices.map((_, i) => i));
      }),
    );
  });

  it('falls only on the chosen weekdays', () => {
    const s: CarePlanSchedule = { kind: 'days-of-week', days: ['mon', 'wed', 'fri'], timeOfDay: null };
    const dates = [0, 1, 2, 3, 4, 5].map((i) => occurrenceDate(s, '2026-11-04', i));
    expect(dates).toEqual([
      '2026-11-04',
      '2026-11-06',
      '2026-11-09',
      '2026-11-11',
      '2026-11-13',
      '2026-11-16',
    ]);
    for (const date of dates) expect(['mon', 'wed', 'fri']).toContain(weekdayOf(date ?? ''));
    expect(occurrenceIndexOn(s, '2026-11-04', '2026-11-05')).toBeNull();
    expect(occurrenceIndexOn(s, '2026-11-04', '2026-11-03')).toBeNull();
  });

  it('reports broken schedules', () => {
    expect(scheduleProblems({ kind: 'every-n-days', everyDays: 0, timeOfDay: null })).toHaveLength(1);
    expect(scheduleProblems({ kind: 'days-of-week', days: [], timeOfDay: '25:00' })).toHaveLength(2);
    expect(scheduleProblems({ kind: 'daily', timeOfDay: '07:30' })).toEqual([]);
  });
});
