import { z } from 'zod';

/**
 * A medication list as the clinician or patient records it: one entry per product.
 * Daily amounts are derived from dose × frequency (see frequency.ts); an as-needed (PRN)
 * entry is counted at its maximum daily use, as MME calculators do (clinical.md §2.3).
 */

export const MEDICATION_FREQUENCIES = [
  'daily',
  'BID',
  'TID',
  'QID',
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'every-72h',
  'weekly',
  'as-needed',
] as const;
export type MedicationFrequency = (typeof MEDICATION_FREQUENCIES)[number];

export const MEDICATION_ROUTES = [
  'oral',
  'transdermal',
  'buccal',
  'sublingual',
  'nasal',
  'rectal',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'topical',
  'epidural',
  'inhaled',
] as const;
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];

/** Units of one dose. `mcg/h` is the delivery rate of a transdermal patch (fentanyl, buprenorphine). */
export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mcg/h'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export const medicationEntrySchema = z.object({
  /** Generic name as entered, e.g. "oxycodone" or "Oxycodone ER"; looked up in the drug-class table. */
  drug: z.string().trim().min(1),
  /** Amount per dose (per patch for transdermal products, as a delivery rate). */
  dose: z.number().positive(),
  unit: z.enum(DOSE_UNITS),
  frequency: z.enum(MEDICATION_FREQUENCIES),
  route: z.enum(MEDICATION_ROUTES),
  /** PRN: used as needed. Counted at the maximum daily use. */
  asNeeded: z.boolean().default(false),
  /** PRN maximum number of doses in 24 h. Required for `as-needed` entries without an interval. */
  prnMaximumDosesPerDay: z.number().positive().optional(),
  formulation: z.enum(['immediate-release', 'extended-release']).optional(),
  startDate: z.iso.date(),
});
export type MedicationEntry = z.output<typeof medicationEntrySchema>;

export const medicationListSchema = z.array(medicationEntrySchema);
export type MedicationList = z.output<typeof medicationListSchema>;
