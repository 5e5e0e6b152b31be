// Test support: mme.ts as it was before the engine-throughput work (issue #11), kept as
// the oracle the faster calculateMme must agree with exactly (lines spread from a base).
import { z } from 'zod';
import { sourceCitationSchema } from '../../stepped-care/card';
import { lookupDrug } from '../drug-classes';
import { doseInMilligrams, dosesPerDay } from '../frequency';
import type { MedicationEntry } from '../medication-list';
import { MEDICATION_ROUTES } from '../medication-list';
import { MME_EXCLUDED_OPIOIDS, MME_FACTOR_CITATIONS, MME_FACTOR_SET_ID, mmeFactorFor } from '../mme-factors';

/**
 * MME/day = daily dose of each opioid × its CDC 2022 factor, summed (clinical.md §2.3).
 * This file does the arithmetic only; alerts on the result live in the rules.
 */

export const mmeLineSchema = z.object({
  /** The name as entered. */
  drug: z.string(),
  generic: z.string(),
  route: z.enum(MEDICATION_ROUTES),
  /** Daily amount in `dailyUnit`; for a patch, its delivery rate. Null when it cannot be worked out. */
  dailyAmount: z.number().nullable(),
  dailyUnit: z.enum(['mg', 'mcg/h']),
  dosesPerDay: z.number().nullable(),
  conversionFactor: z.number().nullable(),
  mmePerDay: z.number().nullable(),
  status: z.enum(['converted', 'excluded', 'not-converted']),
  explanation: z.string(),
});
export type MmeLine = z.output<typeof mmeLineSchema>;

export const mmeCalculationSchema = z.object({
  factorSet: z.literal(MME_FACTOR_SET_ID),
  /** Sum over converted lines, rounded to 2 decimals. A lower bound when `complete` is false. */
  totalMmePerDay: z.number().min(0),
  /** False when an opioid could not be converted (unknown factor, as-needed without a maximum, wrong unit). */
  complete: z.boolean(),
  lines: z.array(mmeLineSchema),
  citations: z.array(sourceCitationSchema),
});
export type MmeCalculation = z.output<typeof mmeCalculationSchema>;

/** Round for display; factors such as 2.4 and 4.7 are inexact in binary floating point. */
export function roundMme(value: number): number {
  return Math.round(value * 100) / 100;
}

function formatNumber(value: number): string {
  return String(roundMme(value));
}

function convertLine(entry: MedicationEntry, generic: string): MmeLine & { exact: number | null } {
  const doses = dosesPerDay(entry);
  const base = { drug: entry.drug, generic, route: entry.route, dosesPerDay: doses.value };
  const excluded = MME_EXCLUDED_OPIOIDS[generic];
  const factor = mmeFactorFor(generic);
  const notConverted = (dailyUnit: 'mg' | 'mcg/h', dailyAmount: number | null, explanation: string) => ({
    ...base,
    dailyAmount: dailyAmount === null ? null : roundMme(dailyAmount),
    dailyUnit,
    conversionFactor: null,
    mmePerDay: null,
    status: excluded ? ('excluded' as const) : ('not-converted' as const),
    explanation,
    exact: null,
  });
  const perDose = doseInMilligrams(entry);
  const dailyMg = perDose === null || doses.value === null ? null : perDose * doses.value;
  if (excluded) {
    return entry.unit === 'mcg/h'
      ? notConverted('mcg/h', entry.dose, excluded)
      : notConverted('mg', dailyMg, excluded);
  }
  if (!factor) {
    return notConverted(
      'mg',
      dailyMg,
      `The CDC 2022 clinical table has no conversion factor for ${generic}; this line is not in the total, so the total is a lower bound.`,
    );
  }
  if (factor.routes && !factor.routes.includes(entry.route)) {
    return notConverted(
      entry.unit === 'mcg/h' ? 'mcg/h' : 'mg',
      entry.unit === 'mcg/h' ? entry.dose : dailyMg,
      `The CDC 2022 clinical factor for ${generic} applies to the ${factor.routes.join('/')} route only; ${entry.route} ${generic} is not converted.`,
    );
  }
  if (factor.doseBasis === 'mcg/h') {
    if (entry.unit !== 'mcg/h') {
      return notConverted('mg', dailyMg, `Record the ${generic} patch strength in mcg/h to convert it.`);
    }
    // A patch delivers its rate continuously: MME/day = mcg/h × factor, whatever the change interval.
    const exact = entry.dose * factor.factor;
    return {
      ...base,
      dailyAmount: entry.dose,
      dailyUnit: 'mcg/h',
      conversionFactor: factor.factor,
      mmePerDay: roundMme(exact),
      status: 'converted',
      explanation: `${formatNumber(entry.dose)} mcg/h × ${factor.factor} = ${formatNumber(exact)} MME/day.`,
      exact,
    };
  }
  if (dailyMg === null) {
    const reason =
      entry.unit === 'mcg/h'
        ? `A rate in mcg/h does not apply to ${generic}; record the dose in mg.`
        : 'An as-needed entry needs a maximum number of doses per day (or an interval) to be counted.';
    return notConverted('mg', null, reason);
  }
  const exact = dailyMg * factor.factor;
  const prnNote = doses.basis === 'schedule' ? '' : ' (as needed, counted at the maximum daily use)';
  return {
    ...base,
    dailyAmount: roundMme(dailyMg),
    dailyUnit: 'mg',
    conversionFactor: factor.factor,
    mmePerDay: roundMme(exact),
    status: 'converted',
    explanation: `${formatNumber(dailyMg)} mg/day${prnNote} × ${factor.factor} = ${formatNumber(exact)} MME/day.`,
    exact,
  };
}

/** Per-line and total MME/day for every opioid (including tramadol) on the list. Non-opioids are ignored. */
export function oracleCalculateMme(list: readonly MedicationEntry[]): MmeCalculation {
  const converted = list.flatMap((entry) => {
    const info = lookupDrug(entry.drug);
    if (!info || (info.drugClass !== 'opioid' && info.drugClass !== 'tramadol')) return [];
    return [convertLine(entry, info.generic)];
  });
  const total = converted.reduce((sum, line) => sum + (line.exact ?? 0), 0);
  return {
    factorSet: MME_FACTOR_SET_ID,
    totalMmePerDay: roundMme(total),
    complete: converted.every((line) => line.status !== 'not-converted'),
    lines: converted.map(({ exact: _exact, ...line }) => line),
    citations: MME_FACTOR_CITATIONS.map((citation) => ({ ...citation })),
  };
}
