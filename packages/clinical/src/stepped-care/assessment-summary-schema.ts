import { z } from 'zod';
import { sourceCitationSchema } from './card';

/**
 * A zod schema for the `AssessmentSummary` contract (core/assessment-contract.ts), so
 * the engine can validate untrusted JSON. The enum tuples mirror core/vocabulary.ts;
 * assessment-summary-schema.test.ts checks at compile time that both directions agree.
 * Unknown keys are stripped, so a full `Assessment` (a superset) is accepted.
 */

const chronicitySchema = z.enum(['acute', 'subacute', 'chronic']);
const painPhenotypeSchema = z.enum(['mechanical', 'radicular', 'inflammatory', 'mixed']);
const directionalPreferenceValueSchema = z.enum(['extension', 'flexion', 'lateral-shift', 'none']);
const startBackRiskGroupSchema = z.enum(['low', 'medium', 'high']);
export const steppedCareRedFlagActionSchema = z.enum(['emergency', 'urgent', 'rheumatology-referral']);
export const steppedCareRedFlagConditionSchema = z.enum([
  'cauda-equina',
  'progressive-neurological-deficit',
  'malignancy',
  'infection',
  'fracture',
  'aortic-aneurysm',
  'axial-spondyloarthritis',
]);

const redFlagFindingSchema = z.object({
  condition: steppedCareRedFlagConditionSchema,
  action: steppedCareRedFlagActionSchema,
  triggeredBy: z.array(z.string()),
  clinicianAction: z.string(),
  patientAction: z.string(),
  citations: z.array(sourceCitationSchema),
});

const baselineScoresSchema = z.object({
  painNrs: z.number().min(0).max(10).optional(),
  peg: z.number().min(0).max(10).optional(),
  odi: z.number().min(0).max(100).optional(),
  rmdq: z.number().min(0).max(24).optional(),
  phq9: z.number().min(0).max(27).optional(),
  gad7: z.number().min(0).max(21).optional(),
  startBackTotal: z.number().min(0).max(9).optional(),
  startBackDistress: z.number().min(0).max(5).optional(),
});

const moodScreeningSchema = z.object({
  phq2Total: z.number().min(0).max(6).nullable(),
  phq9Total: z.number().min(0).max(27).nullable(),
  phq9Item9: z.number().min(0).max(3).nullable(),
  gad2Total: z.number().min(0).max(6).nullable(),
  gad7Total: z.number().min(0).max(21).nullable(),
  selfHarmSafetyFlag: z.boolean(),
});

const programmeEligibilitySchema = z.object({
  eligible: z.boolean(),
  requiredAction: steppedCareRedFlagActionSchema.nullable(),
  reasons: z.array(z.string()),
});

export const assessmentSummarySchema = z.object({
  assessedOn: z.iso.date(),
  chronicity: chronicitySchema,
  phenotype: painPhenotypeSchema,
  directionalPreference: directionalPreferenceValueSchema.nullable(),
  riskGroup: startBackRiskGroupSchema.nullable(),
  redFlags: z.array(redFlagFindingSchema),
  mood: moodScreeningSchema,
  baseline: baselineScoresSchema,
  programmeEligibility: programmeEligibilitySchema,
});
