import {
  type Assessment,
  assess,
  clinicalProfileSchema,
  computeMme,
  type DecisionCard,
  type Intake,
  type MmeReport,
  medicationListSchema,
  medicationSafetyAlerts,
  opioidSafeguardsSchema,
  type PatientState,
  recommend,
} from '@backplan/clinical';
import { z } from 'zod';

/**
 * The stateless clinical calculators, shared by the HTTP routes and the CLI so
 * both give the same answer: assessment from an intake, decision cards from a
 * patient state, MME and safety alerts from a medication list. Nothing is stored.
 */

export function evaluateAssessment(intake: Intake): Assessment {
  return assess(intake);
}

export function evaluateRecommendations(state: PatientState): { cards: DecisionCard[] } {
  return { cards: recommend(state) };
}

/**
 * The medication list, optionally with the patient's profile. With a profile and a
 * date, every medication safety rule runs (clinical.md §7.8); without them, only
 * the dose rules that need no patient facts (MME thresholds, CDC 2022).
 */
export const mmeRequestSchema = z.strictObject({
  medications: medicationListSchema,
  profile: clinicalProfileSchema.optional(),
  today: z.iso.date().optional(),
  safeguards: opioidSafeguardsSchema.optional(),
});
export type MmeRequest = z.output<typeof mmeRequestSchema>;

/** The CLI also accepts a bare list, the commonest thing to paste. */
export function asMmeRequest(input: unknown): unknown {
  return Array.isArray(input) ? { medications: input } : input;
}

export function evaluateMme(request: MmeRequest): MmeReport {
  const { medications, profile, today, safeguards } = request;
  const report = computeMme(medications, profile);
  if (!profile || !today) return report;
  return { ...report, alerts: medicationSafetyAlerts({ medications, profile, today, safeguards }) };
}
