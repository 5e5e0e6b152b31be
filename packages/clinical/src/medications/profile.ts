import { z } from 'zod';

/**
 * The facts about a patient that medication safety rules need (clinical.md §7.1–§7.8).
 * Every condition defaults to "absent" so a minimal profile is just an age; an absent
 * fact is never read as a contraindication.
 */
export const clinicalProfileSchema = z.object({
  age: z.number().int().min(16).max(120),
  /** Recorded CKD diagnosis; CKD is also inferred from eGFR or creatinine clearance below 60. */
  chronicKidneyDisease: z.boolean().default(false),
  /** mL/min/1.73 m². */
  egfr: z.number().min(0).max(200).nullable().default(null),
  /** Creatinine clearance, mL/min (Cockcroft–Gault); gabapentinoid doses are set by it (clinical.md §7.3). */
  creatinineClearance: z.number().min(0).max(250).nullable().default(null),
  heartFailure: z.enum(['none', 'compensated', 'severe']).default('none'),
  /** Established cardiovascular disease: previous MI, stroke, angina, peripheral arterial disease. */
  cardiovascularDisease: z.boolean().default(false),
  /** Coronary artery bypass surgery in the perioperative period (NSAID boxed warning). */
  recentCabg: z.boolean().default(false),
  giBleedHistory: z.enum(['none', 'past', 'active']).default('none'),
  /** Epilepsy or a history of seizures. */
  seizureRisk: z.boolean().default(false),
  /** Completed weeks of pregnancy, or null when not pregnant. */
  pregnancyWeeks: z.number().int().min(0).max(45).nullable().default(null),
  chronicLiverDisease: z.boolean().default(false),
  heavyAlcoholUse: z.boolean().default(false),
  copd: z.boolean().default(false),
  sleepApnoea: z.boolean().default(false),
  substanceUseDisorderHistory: z.boolean().default(false),
  opioidOverdoseHistory: z.boolean().default(false),
  /** Asthma, urticaria or allergic reaction after aspirin or another NSAID. */
  nsaidHypersensitivity: z.boolean().default(false),
  uncontrolledHypertension: z.boolean().default(false),
});
export type ClinicalProfile = z.output<typeof clinicalProfileSchema>;

/** Dates of the CDC 2022 opioid safeguards, recorded by the clinician (Recs 2, 7, 8, 9, 10). */
export const opioidSafeguardsSchema = z.object({
  pdmpCheckedOn: z.iso.date().nullable().default(null),
  urineDrugTestOn: z.iso.date().nullable().default(null),
  naloxoneOfferedOn: z.iso.date().nullable().default(null),
  goalsAndRisksDiscussedOn: z.iso.date().nullable().default(null),
  lastOpioidReviewOn: z.iso.date().nullable().default(null),
});
export type OpioidSafeguards = z.output<typeof opioidSafeguardsSchema>;

export const NO_OPIOID_SAFEGUARDS_RECORDED: OpioidSafeguards = opioidSafeguardsSchema.parse({});

/** Best available kidney function in mL/min: creatinine clearance first, else eGFR (clinical.md §7.3 tables). */
export function kidneyFunction(profile: ClinicalProfile): number | null {
  return profile.creatinineClearance ?? profile.egfr;
}

export function hasChronicKidneyDisease(profile: ClinicalProfile): boolean {
  const function_ = kidneyFunction(profile);
  return profile.chronicKidneyDisease || (function_ !== null && function_ < 60);
}
