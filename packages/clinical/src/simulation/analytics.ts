import type { IsoDate, PainPhenotype, StartBackRiskGroup } from '../core/vocabulary';
import { addDays } from '../outcomes/dates';
import { classifyMeaningfulChange, isMeaningfulImprovement } from '../outcomes/meaningful-change';
import type { PainDiaryEntry } from '../outcomes/records';
import { rollingSevenDayMeanPain } from '../outcomes/rolling-mean';

/**
 * Responder analytics: for each phenotype × STarT Back group × treatment (step or component),
 * how many patients reached a meaningful improvement in pain by week 12 (clinical.md §3.1: at
 * least 2 points and 30% on a 7-day mean), with a 95% Wilson score interval. Cells with fewer
 * than 10 patients are suppressed, for privacy and because such small shares are unstable.
 */

export const MINIMUM_CELL_SIZE = 10;
export const RESPONDER_WEEK = 12;
const Z_95 = 1.959963984540054;

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927): better than the normal
 * approximation for small n and shares near 0 or 1, and never outside [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || n < 0 || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval needs whole numbers with 0 ≤ successes ≤ n, got ${successes}/${n}`);
  }
  if (n === 0) return { lower: 0, upper: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Mean with a normal-approximation 95% interval (for averages such as adherence or MME-days).
 * The interval is kept within [minimum, maximum] when the measure cannot leave them (a count of
 * MME-days cannot be negative, however skewed).
 */
export function meanInterval(
  values: readonly number[],
  bounds: { readonly minimum?: number; readonly maximum?: number } = {},
): { mean: number } & Interval {
  if (values.length === 0) return { mean: 0, lower: 0, upper: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length === 1) return { mean, lower: mean, upper: mean };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  const half = Z_95 * Math.sqrt(variance / values.length);
  return {
    mean,
    lower: Math.max(bounds.minimum ?? Number.NEGATIVE_INFINITY, mean - half),
    upper: Math.min(bounds.maximum ?? Number.POSITIVE_INFINITY, mean + half),
  };
}

/**
 * Whether a patient reached meaningful improvement at the week-12 review: the 7-day diary mean
 * ending on day 84 of care against the intake pain score, on the real classifyMeaningfulChange.
 * When that week has too few diary days, the next week's mean is used (a review a few days
 * late); null when neither can be judged or when week 12 has not come yet.
 */
export function responderAtWeek(
  baselinePain: number | null,
  diary: readonly PainDiaryEntry[],
  careStartedOn: IsoDate,
  today: IsoDate,
  week: number = RESPONDER_WEEK,
): boolean | null {
  if (baselinePain === null) return null;
  const onTime = addDays(careStartedOn, week * 7);
  for (const end of [onTime, addDays(onTime, 7)]) {
    if (end > today) return null;
    const mean = rollingSevenDayMeanPain(diary, end);
    if (mean !== null)
      return isMeaningfulImprovement(classifyMeaningfulChange('pain', baselinePain, mean).category);
  }
  return null;
}

/** One evaluable patient: their profile, what they were receiving at week 12, and the result. */
export interface ResponderRecord {
  readonly phenotype: PainPhenotype;
  readonly riskGroup: StartBackRiskGroup | null;
  /** Treatment keys: `all`, `step-1` … `step-3`, and each care component in the plan. */
  readonly treatments: readonly string[];
  readonly responder: boolean;
}

export interface ResponderCell {
  readonly phenotype: PainPhenotype;
  readonly riskGroup: StartBackRiskGroup | 'unknown';
  readonly treatment: string;
  /** True when fewer than MINIMUM_CELL_SIZE patients: n, count, share and interval are withheld. */
  readonly suppressed: boolean;
  readonly n: number | null;
  readonly responders: number | null;
  readonly share: number | null;
  readonly interval: Interval | null;
}

/** The treatment keys for a patient at step `step` with `components` in the plan. */
export function treatmentKeys(step: number | null, components: readonly string[]): string[] {
  return ['all', ...(step === null ? [] : [`step-${step}`]), ...[...new Set(components)].sort()];
}

/** Groups records into cells and suppresses those under the minimum size. Sorted for stable output. */
export function responderTable(
  records: readonly ResponderRecord[],
  minimumCellSize: number = MINIMUM_CELL_SIZE,
): ResponderCell[] {
  const cells = new Map<
    string,
    {
      phenotype: PainPhenotype;
      riskGroup: StartBackRiskGroup | 'unknown';
      treatment: string;
      n: number;
      yes: number;
    }
  >();
  for (const record of records) {
    const riskGroup = record.riskGroup ?? 'unknown';
    for (const treatment of new Set(record.treatments)) {
      const key = `${record.phenotype}|${riskGroup}|${treatment}`;
      const cell = cells.get(key) ?? { phenotype: record.phenotype, riskGroup, treatment, n: 0, yes: 0 };
      cell.n += 1;
      if (record.responder) cell.yes += 1;
      cells.set(key, cell);
    }
  }
  return [...cells.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, cell]) => {
      const suppressed = cell.n < minimumCellSize;
      return {
        phenotype: cell.phenotype,
        riskGroup: cell.riskGroup,
        treatment: cell.treatment,
        suppressed,
        n: suppressed ? null : cell.n,
        responders: suppressed ? null : cell.yes,
        share: suppressed ? null : cell.yes / cell.n,
        interval: suppressed ? null : wilsonInterval(cell.yes, cell.n),
      };
    });
}
