import type { IsoDate } from '../../core/vocabulary';
import { type ImportIssue, issue } from './issues';

/**
 * The calendar day of a FHIR dateTime as the sender wrote it (its own time zone), which is how
 * BackPlan keys answers and check-ins. A year or year-month alone is not precise enough.
 */
export function calendarDay(
  value: string | undefined,
  path: string,
  field: string,
): { readonly ok: true; readonly value: IsoDate } | { readonly ok: false; readonly issue: ImportIssue } {
  if (value === undefined)
    return { ok: false, issue: issue('required', path, `${field} is required: BackPlan records the day`) };
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return {
      ok: false,
      issue: issue('value', path, `${field} "${value}" needs at least a full date (YYYY-MM-DD)`),
    };
  }
  return { ok: true, value: day };
}

/** Decimal places of a finite number as written (0 for integers). */
export function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}
