import type { Citation } from '../core/sources';
import type { MedicationRoute } from './medication-list';

/**
 * Morphine milligram equivalent (MME) conversion factors, stored as versioned data so
 * every report says which table produced it (clinical.md §2.3 design rule). Only the
 * CDC 2022 clinical table is used: the 2016 table (hydromorphone 4, methadone dose bands)
 * and the 2018 analytic NDC factors (tramadol 0.1, fentanyl patch 7.2) are deliberately
 * absent because they give different numbers and are not for clinical display.
 */
export const MME_FACTOR_SET_ID = 'CDC-2022-clinical';

export interface MmeConversionFactor {
  readonly generic: string;
  readonly factor: number;
  /** What the factor multiplies: a daily dose in mg, or a patch delivery rate in mcg/h. */
  readonly doseBasis: 'mg/day' | 'mcg/h';
  /** Routes the factor applies to; absent means any systemic route. */
  readonly routes?: readonly MedicationRoute[];
}

export const MME_FACTOR_CITATIONS: readonly Citation[] = [
  { source: 'CDC_2022', section: 'Table: MME conversion factors' },
  { source: 'CQF_OPIOID_MME_R4', section: 'input/pagecontent/conversion-factors.md (2022 table)' },
];

/** CDC 2022 clinical table (clinical.md §2.3), verified against the guideline table and the IG page. */
export const CDC_2022_MME_FACTORS: readonly MmeConversionFactor[] = [
  { generic: 'codeine', factor: 0.15, doseBasis: 'mg/day' },
  // Fentanyl transdermal: factor per mcg/h of patch strength, whatever the change interval.
  { generic: 'fentanyl', factor: 2.4, doseBasis: 'mcg/h', routes: ['transdermal'] },
  { generic: 'hydrocodone', factor: 1, doseBasis: 'mg/day' },
  { generic: 'hydromorphone', factor: 5, doseBasis: 'mg/day' },
  // Methadone: one factor at every dose in 2022 (the 2016 dose bands are not used).
  { generic: 'methadone', factor: 4.7, doseBasis: 'mg/day' },
  { generic: 'morphine', factor: 1, doseBasis: 'mg/day' },
  { generic: 'oxycodone', factor: 1.5, doseBasis: 'mg/day' },
  { generic: 'oxymorphone', factor: 3, doseBasis: 'mg/day' },
  // Tapentadol and tramadol: MME reflects μ-agonist activity only (CDC 2022 table note).
  { generic: 'tapentadol', factor: 0.4, doseBasis: 'mg/day' },
  { generic: 'tramadol', factor: 0.2, doseBasis: 'mg/day' },
];

/** Opioids that are explained rather than converted, with the reason shown to the clinician. */
export const MME_EXCLUDED_OPIOIDS: Readonly<Record<string, string>> = {
  buprenorphine:
    'Buprenorphine is not converted to MME: it is a partial agonist with a ceiling effect on respiratory depression, and CDC 2022 excludes it from the MME table. Its dose is shown as prescribed and does not count toward the total.',
};

export function mmeFactorFor(generic: string): MmeConversionFactor | null {
  return CDC_2022_MME_FACTORS.find((entry) => entry.generic === generic) ?? null;
}
