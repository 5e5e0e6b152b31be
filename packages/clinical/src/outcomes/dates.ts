import type { IsoDate } from '../core/vocabulary';

/**
 * Calendar arithmetic on ISO dates without a clock. Dates are whole UTC days, so
 * there are no time-zone or daylight-saving surprises. Internal to the clinical
 * package (not exported from the public index).
 *
 * The conversions are plain integer arithmetic (Howard Hinnant's days-from-civil and
 * civil-from-days algorithms) rather than `Date` objects and string formatting: the
 * engine converts dates on every evaluation. They give exactly what the `Date`-based
 * versions give (dates.test.ts checks them against those over years 0000–9999),
 * including `Date.UTC`'s quirks: years 0000–0099 mean 1900–1999, and an out-of-range
 * month or day rolls over into the next or previous month.
 */

const MS_PER_DAY = 86_400_000;
const CHAR_0 = 48;
const CHAR_DASH = 45;
/** Day numbers of 0000-01-01 and 9999-12-31: the years `toISOString` writes with four digits. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/**
 * Days from 1 March to the first of each month (index 1–12), in Hinnant's year that
 * starts on 1 March so that a leap day falls at its end.
 */
const DAYS_FROM_MARCH: readonly number[] = [0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275];

/** True when `code` is not an ASCII digit (`code` is a char code minus '0'). */
function notDigit(code: number): boolean {
  return code >>> 0 > 9;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. Throws on a malformed date: callers validate input first. */
export function isoDateToDayNumber(date: IsoDate): number {
  const text = typeof date === 'string' ? date : `${date}`;
  if (text.length !== 10 || text.charCodeAt(4) !== CHAR_DASH || text.charCodeAt(7) !== CHAR_DASH) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  }
  const y1 = text.charCodeAt(0) - CHAR_0;
  const y2 = text.charCodeAt(1) - CHAR_0;
  const y3 = text.charCodeAt(2) - CHAR_0;
  const y4 = text.charCodeAt(3) - CHAR_0;
  const m1 = text.charCodeAt(5) - CHAR_0;
  const m2 = text.charCodeAt(6) - CHAR_0;
  const d1 = text.charCodeAt(8) - CHAR_0;
  const d2 = text.charCodeAt(9) - CHAR_0;
  if (
    notDigit(y1) ||
    notDigit(y2) ||
    notDigit(y3) ||
    notDigit(y4) ||
    notDigit(m1) ||
    notDigit(m2) ||
    notDigit(d1) ||
    notDigit(d2)
  ) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  }
  let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year <= 99) year += 1900;
  let month = m1 * 10 + m2;
  if (month < 1 || month > 12) {
    // Date.UTC rolls months 0 and 13–99 into the neighbouring years.
    const carry = Math.floor((month - 1) / 12);
    year += carry;
    month -= carry * 12;
  }
  // days-from-civil (Hinnant). Here year >= 99, so the March-based year is positive and `| 0` is floor.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = (marchYear / 400) | 0;
  const yearOfEra = marchYear - era * 400;
  const dayOfEra =
    yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + (DAYS_FROM_MARCH[month] as number);
  return era * 146_097 + dayOfEra - 719_468 + d1 * 10 + d2 - 1;
}

/** The `Date`-based conversion, for what the integer path does not cover (non-integers, years outside 0000–9999). */
function dayNumberToIsoDateViaDate(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayNumberToIsoDate(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_FOUR_DIGIT_DAY || dayNumber > LAST_FOUR_DIGIT_DAY) {
    return dayNumberToIsoDateViaDate(dayNumber);
  }
  // civil-from-days (Hinnant): eras of 400 years (146,097 days) starting on 0000-03-01.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const century = Math.floor(year / 100);
  return `${TWO_DIGITS[century]}${TWO_DIGITS[year - century * 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
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
