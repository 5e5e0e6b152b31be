import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, isIsoDate, WEEKDAYS, weekdayOf } from './calendar';

describe('calendar', () => {
  it.each([
    ['1970-01-01', 'thu'],
    ['2024-02-29', 'thu'],
    ['2026-11-30', 'mon'],
    ['2026-12-06', 'sun'],
    ['1969-12-29', 'mon'],
  ] as const)('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('walks through the week one day at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), (offset) => {
        const date = addDays('2000-01-03', offset);
        const next = addDays(date, 1);
        const index = WEEKDAYS.indexOf(weekdayOf(date));
        expect(weekdayOf(next)).toBe(WEEKDAYS[(index + 1) % 7]);
      }),
    );
  });

  it('lists dates inclusively', () => {
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('recognises real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-28')).toBe(false);
  });
});
