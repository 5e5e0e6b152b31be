import type { IsoDate } from '../core/vocabulary';
import { isWithin } from './dates';
import type { AdherenceRecord } from './records';

export interface AdherenceSummary {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Sessions scheduled in the window whose task impacts adherence. */
  readonly prescribed: number;
  readonly completed: number;
  /** completed ÷ prescribed, or null when nothing was prescribed in the window. */
  readonly rate: number | null;
}

/**
 * Adherence = sessions done ÷ sessions prescribed over [from, to] inclusive. Only
 * records whose task impacts adherence count (CareKit `impactsAdherence`), so optional
 * tasks such as reading a lesson twice neither help nor hurt (engineering.md §2).
 */
export function computeAdherence(
  records: readonly AdherenceRecord[],
  from: IsoDate,
  to: IsoDate,
): AdherenceSummary {
  const counted = records.filter((record) => record.impactsAdherence && isWithin(record.date, from, to));
  const completed = counted.filter((record) => record.completed).length;
  return {
    from,
    to,
    prescribed: counted.length,
    completed,
    rate: counted.length === 0 ? null : completed / counted.length,
  };
}
