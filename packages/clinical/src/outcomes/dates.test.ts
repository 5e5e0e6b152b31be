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

/**
 * The straightforward Date-based conversions the integer arithmetic in dates.ts
 * replaced, kept here as the oracle: the fast versions must agree with them exactly.
 */
const MS_PER_DAY = 86_400_000;
function oracleIsoDateToDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [, year, month, day] = match;
  return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY);
}
function oracleDayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}
/** What a function returns or throws, so results and errors compare alike. */
function outcome<T>(run: () => T): { value: T } | { error: string; message: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}
const dayOf = (date: string) => oracleIsoDateToDayNumber(date);
const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('integer date arithmetic agrees with the Date-based conversions', () => {
  const years1900To2200 = { min: dayOf('1900-01-01'), max: dayOf('2200-12-31') };
  /** 0000-01-01 to 9999-12-31: the years toISOString writes with four digits. */
  const fourDigitYears = { min: -719_528, max: 2_932_896 };

  it('dayNumberToIsoDate matches over 1900–2200, and around every 29 February of years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer(years1900To2200), (dayNumber) => {
        expect(dayNumberToIsoDate(dayNumber)).toBe(oracleDayNumberToIsoDate(dayNumber));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer(fourDigitYears), (dayNumber) => {
        expect(dayNumberToIsoDate(dayNumber)).toBe(oracleDayNumberToIsoDate(dayNumber));
      }),
      { numRuns: 20_000 },
    );
    for (let day = years1900To2200.min; day <= years1900To2200.max; day += 1) {
      if (dayNumberToIsoDate(day) !== oracleDayNumberToIsoDate(day)) {
        expect(dayNumberToIsoDate(day)).toBe(oracleDayNumberToIsoDate(day));
      }
    }
    for (let year = 0; year <= 9999; year += 1) {
      // The days around 1 March of every year: 28 February, 29 February in leap years, 1 and 2 March.
      const march1 = new Date(0);
      march1.setUTCFullYear(year, 2, 1);
      const day = Math.round(march1.getTime() / MS_PER_DAY);
      for (const near of [day - 2, day - 1, day, day + 1]) {
        if (dayNumberToIsoDate(near) !== oracleDayNumberToIsoDate(near)) {
          expect(dayNumberToIsoDate(near)).toBe(oracleDayNumberToIsoDate(near));
        }
      }
    }
  });

  it('dayNumberToIsoDate matches outside four-digit years and for non-integers, errors included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -100_000_001, max: 100_000_001 }),
          fc.double({ min: -1e6, max: 1e6 }),
          fc.constantFrom(-719_529, -719_528, 2_932_896, 2_932_897, -0, 0.5, -0.5, Number.NaN, Infinity),
        ),
        (dayNumber) => {
          expect(outcome(() => dayNumberToIsoDate(dayNumber))).toEqual(
            outcome(() => oracleDayNumberToIsoDate(dayNumber)),
          );
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('isoDateToDayNumber matches on every valid date over 1900–2200 and years 0000–9999', () => {
    for (let day = years1900To2200.min; day <= years1900To2200.max; day += 1) {
      const date = oracleDayNumberToIsoDate(day);
      if (isoDateToDayNumber(date) !== oracleIsoDateToDayNumber(date)) {
        expect(isoDateToDayNumber(date)).toBe(oracleIsoDateToDayNumber(date));
      }
    }
    fc.assert(
      fc.property(fc.integer(fourDigitYears), (dayNumber) => {
        const date = oracleDayNumberToIsoDate(dayNumber);
        expect(isoDateToDayNumber(date)).toBe(oracleIsoDateToDayNumber(date));
      }),
      { numRuns: 20_000 },
    );
  });

  it('isoDateToDayNumber matches on out-of-range months and days (Date.UTC rolls them over)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isoDateToDayNumber(date)).toBe(oracleIsoDateToDayNumber(date));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const date of [
      '2024-02-29',
      '2023-02-29',
      '2100-02-29',
      '2000-02-29',
      '0000-00-00',
      '0099-12-31',
      '0100-01-01',
      '9999-99-99',
      '2026-13-01',
      '2026-00-31',
    ]) {
      expect(isoDateToDayNumber(date)).toBe(oracleIsoDateToDayNumber(date));
    }
  });

  it('isoDateToDayNumber throws the same RangeError on malformed text', () => {
    const characters = fc.constantFrom(...'0123456789-/ T:+ａ٣x'.split(''), '\n', '');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(characters, { minLength: 8, maxLength: 12 }).map((parts) => parts.join('')),
          fc.string({ maxLength: 12 }),
          fc.constantFrom(
            '2026-1-05',
            '2026-01-05\n',
            ' 2026-01-05',
            '2026-01-05T00:00',
            '+02026-01-05',
            '',
            '２０２６-01-05',
          ),
        ),
        (text) => {
          expect(outcome(() => isoDateToDayNumber(text))).toEqual(
            outcome(() => oracleIsoDateToDayNumber(text)),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('addDays and daysBetween agree with the oracle composition', () => {
    fc.assert(
      fc.property(fc.integer(years1900To2200), fc.integer({ min: -2000, max: 2000 }), (start, offset) => {
        const date = oracleDayNumberToIsoDate(start);
        expect(addDays(date, offset)).toBe(oracleDayNumberToIsoDate(oracleIsoDateToDayNumber(date) + offset));
        const other = oracleDayNumberToIsoDate(start + offset);
        expect(daysBetween(date, other)).toBe(offset);
      }),
      { numRuns: 5_000 },
    );
  });
});
