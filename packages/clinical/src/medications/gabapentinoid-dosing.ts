import type { Citation } from '../core/sources';

/**
 * Maximum daily gabapentinoid dose by kidney function (clinical.md §7.3). Both drugs are
 * cleared renally almost entirely unchanged, so the ceiling falls with creatinine clearance.
 */
export interface RenalDoseBand {
  /** Inclusive lower bound of kidney function, mL/min. */
  readonly fromClearance: number;
  readonly maximumDailyMg: number;
  readonly label: string;
}

export interface RenalDosingTable {
  readonly generic: 'gabapentin' | 'pregabalin';
  /** Highest band first; the first band whose lower bound the clearance reaches applies. */
  readonly bands: readonly RenalDoseBand[];
  readonly citations: readonly Citation[];
}

export const GABAPENTINOID_RENAL_DOSING: readonly RenalDosingTable[] = [
  {
    // US label table: ≥60 → 900–3600 mg; 30–59 → 400–1400; 15–29 → 200–700; <15 → 100–300.
    generic: 'gabapentin',
    bands: [
      { fromClearance: 60, maximumDailyMg: 3600, label: 'CrCl ≥60: 900–3600 mg/day in three doses' },
      { fromClearance: 30, maximumDailyMg: 1400, label: 'CrCl 30–59: 400–1400 mg/day in two doses' },
      { fromClearance: 15, maximumDailyMg: 700, label: 'CrCl 15–29: 200–700 mg/day once daily' },
      { fromClearance: 0, maximumDailyMg: 300, label: 'CrCl <15: 100–300 mg/day once daily' },
    ],
    citations: [{ source: 'GABAPENTIN_US_LABEL', section: 'dosage by creatinine clearance' }],
  },
  {
    // Pregabalin: >60 → max 600; 30–60 → 300; 15–30 → 150; <15 → 75.
    generic: 'pregabalin',
    bands: [
      { fromClearance: 60.0001, maximumDailyMg: 600, label: 'CrCl >60: maximum 600 mg/day' },
      { fromClearance: 30, maximumDailyMg: 300, label: 'CrCl 30–60: maximum 300 mg/day' },
      { fromClearance: 15, maximumDailyMg: 150, label: 'CrCl 15–30: maximum 150 mg/day' },
      { fromClearance: 0, maximumDailyMg: 75, label: 'CrCl <15: maximum 75 mg/day' },
    ],
    citations: [{ source: 'PMC7265598_RENAL_DOSING', section: 'pregabalin by CrCl/eGFR' }],
  },
];

/** The dose band for a gabapentinoid at a kidney function, or null for another drug. */
export function renalDoseBand(generic: string, clearance: number): RenalDoseBand | null {
  const table = GABAPENTINOID_RENAL_DOSING.find((entry) => entry.generic === generic);
  return table?.bands.find((band) => clearance >= band.fromClearance) ?? null;
}

/** The ceiling with normal kidney function, to tell whether a band is a reduction. */
export function normalMaximumDailyMg(generic: string): number | null {
  return (
    GABAPENTINOID_RENAL_DOSING.find((entry) => entry.generic === generic)?.bands[0]?.maximumDailyMg ?? null
  );
}
