import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumberToIsoDate, daysBetween, isoDateToDayNumber, isWithin } from './dates';

describe('ISO date arithmetic', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(isoDateToDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2026-01-01', '2026-03-26')).toBe(84);
    expect(daysBetween('2026-03-26', '2026-01-01')).toBe(-84);
  });

  it('rejects malformed dates', () => {
    expect(() => isoDateToDayNumber('2026-1-5')).toThrow(RangeError);
  });

  it('round-trips any day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (dayNumber) => {
        expect(isoDateToDayNumber(dayNumberToIsoDate(dayNumber))).toBe(dayNumber);
      }),
    );
  });

  it('treats windows as closed intervals', () => {
    expect(isWithin('2026-01-01', '2026-01-01', '2026-01-07')).toBe(true);
    expect(isWithin('2026-01-07', '2026-01-01', '2026-01-07')).toBe(true);
    expect(isWithin('2026-01-08', '2026-01-01', '2026-01-07')).toBe(false);
  });
});
