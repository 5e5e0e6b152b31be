import { addDays, type Weekday, weekdayOf } from '@backplan/clinical/careplan/calendar';
import type { FlareRedFlagSymptom } from '@backplan/clinical/exercise/flare-symptoms';
import type { AdherenceRecord } from '@backplan/clinical/outcomes/index';

/**
 * Windows and the adherence records shared by the triage rollup, the patient's
 * progress and the report: planned session days from the care plan's weekdays,
 * done when a completed session was logged (clinical.md §6.2; CareKit
 * impactsAdherence, products.md §7).
 */
export const CHECK_IN_WINDOW_DAYS = 28;
export const ADHERENCE_WINDOW_DAYS = 14;
/** Reassessment and decision points: weeks 6 and 12 (clinical.md §6.1). */
export const REVIEW_WEEKS = [6, 12] as const;
/** A reassessment done up to this many days before its due date counts for it. */
export const REASSESSMENT_EARLY_DAYS = 7;

export interface StoredFlareLogEntry {
  readonly date: string;
  readonly pain: number;
  readonly settled: boolean;
  readonly redFlagSymptoms: readonly FlareRedFlagSymptom[];
}

/** The weekdays of the stored programme, or none when the plan holds no programme. */
export function sessionDaysOf(programme: unknown): readonly Weekday[] {
  if (typeof programme !== 'object' || programme === null) return [];
  const days = (programme as { sessionDays?: unknown }).sessionDays;
  return Array.isArray(days) ? (days.filter((d) => typeof d === 'string') as Weekday[]) : [];
}

/** Planned session days and whether each was done, for computeAdherence (flare days count only when done). */
export function adherenceRecords(input: {
  readonly from: string;
  readonly to: string;
  readonly sessionDays: readonly Weekday[];
  readonly doneDays: ReadonlySet<string>;
  readonly flareDays: (day: string) => boolean;
  readonly today: string;
}): AdherenceRecord[] {
  const records: AdherenceRecord[] = [];
  for (let day = input.from; day <= input.to; day = addDays(day, 1)) {
    const done = input.doneDays.has(day);
    const planned = input.sessionDays.includes(weekdayOf(day));
    // Today counts only once done; flare days are neither planned nor missed (no shaming a bad day).
    if (!done && (!planned || day === input.today || input.flareDays(day))) continue;
    records.push({ date: day, taskId: 'exercise-session', impactsAdherence: true, completed: done });
  }
  return records;
}
