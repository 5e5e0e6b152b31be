import type { MedicationEntry, MedicationFrequency } from './medication-list';

/**
 * Doses per day for each schedule (clinical.md §2.3; cqframework/opioid-mme-r4 `ToDaily`).
 * Interval schedules give 24 h ÷ interval; a 72-hour patch is one third of a patch a day.
 */
export const DOSES_PER_DAY: Readonly<Record<MedicationFrequency, number | null>> = {
  daily: 1,
  BID: 2,
  TID: 3,
  QID: 4,
  q4h: 6,
  q6h: 4,
  q8h: 3,
  q12h: 2,
  'every-72h': 1 / 3,
  weekly: 1 / 7,
  'as-needed': null,
};

export type DosesPerDayBasis = 'schedule' | 'prn-maximum' | 'prn-schedule-maximum' | 'unknown';

export interface DosesPerDay {
  readonly value: number | null;
  readonly basis: DosesPerDayBasis;
}

/**
 * How many doses a day count toward the daily amount. An as-needed entry counts at its
 * maximum: the stated PRN maximum, else the most its interval allows (q4h PRN → 6).
 * An as-needed entry with neither cannot be counted and returns null.
 */
export function dosesPerDay(
  entry: Pick<MedicationEntry, 'frequency' | 'asNeeded' | 'prnMaximumDosesPerDay'>,
): DosesPerDay {
  const scheduled = DOSES_PER_DAY[entry.frequency];
  const asNeeded = entry.asNeeded || entry.frequency === 'as-needed';
  if (!asNeeded) return { value: scheduled, basis: 'schedule' };
  if (entry.prnMaximumDosesPerDay !== undefined)
    return { value: entry.prnMaximumDosesPerDay, basis: 'prn-maximum' };
  if (scheduled !== null) return { value: scheduled, basis: 'prn-schedule-maximum' };
  return { value: null, basis: 'unknown' };
}

/** Convert one dose to milligrams; null for a patch delivery rate, which is not a mass. */
export function doseInMilligrams(entry: Pick<MedicationEntry, 'dose' | 'unit'>): number | null {
  switch (entry.unit) {
    case 'mg':
      return entry.dose;
    case 'g':
      return entry.dose * 1000;
    case 'mcg':
      return entry.dose / 1000;
    case 'mcg/h':
      return null;
  }
}

/** Total milligrams per day, or null when the schedule or unit does not allow it. */
export function dailyMilligrams(entry: MedicationEntry): number | null {
  const perDose = doseInMilligrams(entry);
  const { value } = dosesPerDay(entry);
  return perDose === null || value === null ? null : perDose * value;
}
