import {
  type ClinicalProfile,
  clinicalProfileSchema,
  type OpioidSafeguards,
  opioidSafeguardsSchema,
} from '@backplan/clinical/medications/index';
import { z } from 'zod';
import { daysBetween } from './dates';
import type { careSettingsOf } from './record-repository';

/**
 * The facts the medication safety rules need (clinical.md §7.1–§7.8) and the
 * dates of the CDC 2022 opioid safeguards (§2.2: PDMP, urine test, naloxone,
 * goals and risks, review). A clinician records them; age comes from the
 * intake. An absent fact is never read as a contraindication (the clinical
 * package's defaults).
 */

type CareSettings = Awaited<ReturnType<typeof careSettingsOf>>;
/** The care settings the safety rules and the summary read. */
export type CareSettingsFields = Pick<
  NonNullable<CareSettings>,
  'clinicalProfile' | 'opioidSafeguards' | 'ptVisitsAuthorised' | 'ptVisitsUsed'
>;

/** What a clinician may record: the ClinicalProfile without age (from the intake). */
export const recordedProfileSchema = clinicalProfileSchema.omit({ age: true }).strict();
export type RecordedProfile = z.output<typeof recordedProfileSchema>;
export const recordedSafeguardsSchema = opioidSafeguardsSchema.strict();

export const NO_RECORDED_PROFILE: RecordedProfile = recordedProfileSchema.parse({});
export const NO_SAFEGUARDS: OpioidSafeguards = opioidSafeguardsSchema.parse({});

export function recordedProfile(
  settings: Pick<CareSettingsFields, 'clinicalProfile'> | null,
): RecordedProfile {
  const parsed = recordedProfileSchema.safeParse(settings?.clinicalProfile ?? {});
  return parsed.success ? parsed.data : NO_RECORDED_PROFILE;
}

export function recordedSafeguards(
  settings: Pick<CareSettingsFields, 'opioidSafeguards'> | null,
): OpioidSafeguards {
  const parsed = opioidSafeguardsSchema.safeParse(settings?.opioidSafeguards ?? {});
  return parsed.success ? parsed.data : NO_SAFEGUARDS;
}

/** What the age is read from: the assessments in date order (the last counts) and today. */
export interface AgeInput {
  readonly assessments: readonly { readonly intake: unknown; readonly assessedOn: string }[];
  readonly today: string;
}

export function ageOf(snapshot: AgeInput): number | null {
  const assessment = snapshot.assessments.at(-1);
  const intake = (assessment?.intake ?? {}) as { ageYears?: unknown };
  if (!assessment || typeof intake.ageYears !== 'number') return null;
  return intake.ageYears + Math.floor(daysBetween(assessment.assessedOn, snapshot.today) / 365.25);
}

/** Age from the intake plus what the clinician recorded; null without an intake age. */
export function profileOf(
  snapshot: AgeInput & { settings: Pick<CareSettingsFields, 'clinicalProfile'> | null },
): ClinicalProfile | null {
  const age = ageOf(snapshot);
  if (age === null) return null;
  const parsed = clinicalProfileSchema.safeParse({ ...recordedProfile(snapshot.settings), age });
  return parsed.success ? parsed.data : null;
}

export const safetyFactsBody = z.strictObject({
  profile: recordedProfileSchema,
  safeguards: recordedSafeguardsSchema,
});
