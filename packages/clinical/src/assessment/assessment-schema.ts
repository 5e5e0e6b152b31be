import { z } from 'zod';
import { SOURCES, type SourceKey } from '../core/sources';
import { INSTRUMENT_IDS } from '../instruments/registry';
import type { InstrumentId } from '../instruments/types';
import type { Assessment } from './assessment-types';
import { clinicianClearanceSchema, redFlagActionSchema, redFlagConditionSchema } from './intake-schema';
import { directionalPreferenceSchema } from './intake-sections';
import type { FollowUpId } from './rules/follow-ups';
import type { YellowFlagDomain, YellowFlagId } from './rules/yellow-flags';

/** Compile-time check that a list names every member of a union. */
type Covers<Union extends string, List extends readonly string[]> = [Exclude<Union, List[number]>] extends [
  never,
]
  ? List
  : never;

function allOf<Union extends string>() {
  return <const List extends readonly Union[]>(list: Covers<Union, List>): List => list;
}

const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];
const YELLOW_FLAG_IDS = allOf<YellowFlagId>()([
  'pain-means-harm',
  'catastrophising',
  'fear-of-movement',
  'activity-avoidance',
  'very-high-pain-report',
  'poor-sleep',
  'more-alcohol-or-drugs',
  'low-mood',
  'anxiety',
  'social-withdrawal',
  'passive-treatment-expectation',
  'no-one-to-talk-to',
  'compensation',
  'work-factors',
  'high-baseline-disability',
]);
const YELLOW_FLAG_DOMAINS = allOf<YellowFlagDomain>()([
  'beliefs',
  'behaviours',
  'compensation',
  'diagnosis-and-treatment',
  'emotions',
  'family',
  'work',
  'function',
]);
const FOLLOW_UP_IDS = allOf<FollowUpId>()([
  'self-harm-safety-workflow',
  'phq-9-required',
  'gad-7-required',
  'depression-review',
  'anxiety-review',
  'startback-required',
  'depression-screen-required',
  'anxiety-screen-required',
]);

const citationSchema = z.strictObject({ source: z.enum(SOURCE_KEYS), section: z.string() });
const citationsSchema = z.array(citationSchema);
const instrumentIdSchema = z.enum(INSTRUMENT_IDS as [InstrumentId, ...InstrumentId[]]);

const scoreValueSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  min: z.number(),
  max: z.number(),
  unit: z.enum(['%', '{score}']).optional(),
  loinc: z.strictObject({ code: z.string(), display: z.string() }).optional(),
});

const redFlagSchema = z.strictObject({
  condition: redFlagConditionSchema,
  action: redFlagActionSchema,
  triggeredBy: z.array(z.string()).min(1),
  clinicianAction: z.string(),
  patientAction: z.string(),
  citations: citationsSchema.min(1),
  ruleId: z.string(),
  cleared: z.boolean(),
  clearance: clinicianClearanceSchema.nullable(),
});

const nullableCount = z.int().min(0).nullable();

/** The output of `assess`, for the HTTP response schema and docs/schemas. */
export const assessmentSchema: z.ZodType<Assessment> = z.strictObject({
  assessedOn: z.iso.date(),
  chronicity: z.enum(['acute', 'subacute', 'chronic']),
  painDurationWeeks: z.number().min(0),
  phenotype: z.enum(['mechanical', 'radicular', 'inflammatory', 'mixed']),
  phenotypeRuleId: z.string(),
  phenotypeEvidence: z.array(
    z.strictObject({
      component: z.enum(['radicular', 'inflammatory', 'mechanical']),
      present: z.boolean(),
      features: z.array(z.string()),
      summary: z.string(),
      ruleId: z.string(),
      citations: citationsSchema,
    }),
  ),
  directionalPreference: directionalPreferenceSchema.nullable(),
  riskGroup: z.enum(['low', 'medium', 'high']).nullable(),
  redFlags: z.array(redFlagSchema),
  yellowFlags: z.array(
    z.strictObject({
      id: z.enum(YELLOW_FLAG_IDS),
      domain: z.enum(YELLOW_FLAG_DOMAINS),
      description: z.string(),
      triggeredBy: z.array(z.string()).min(1),
      ruleId: z.string(),
      citations: citationsSchema.min(1),
    }),
  ),
  mood: z.strictObject({
    phq2Total: nullableCount,
    phq9Total: nullableCount,
    phq9Item9: nullableCount,
    gad2Total: nullableCount,
    gad7Total: nullableCount,
    selfHarmSafetyFlag: z.boolean(),
    phq2Positive: z.boolean().nullable(),
    gad2Positive: z.boolean().nullable(),
    phq9Band: z.enum(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']).nullable(),
    gad7Band: z.enum(['minimal', 'mild', 'moderate', 'severe']).nullable(),
  }),
  baseline: z.strictObject({
    painNrs: z.number().optional(),
    peg: z.number().optional(),
    odi: z.number().optional(),
    rmdq: z.number().optional(),
    phq9: z.number().optional(),
    gad7: z.number().optional(),
    startBackTotal: z.number().optional(),
    startBackDistress: z.number().optional(),
  }),
  scores: z.array(
    z.strictObject({
      instrumentId: instrumentIdSchema,
      source: z.enum(['item-answers', 'clinician-entered-total']),
      scores: z.array(scoreValueSchema).min(1),
      interpretation: z.strictObject({
        band: z.string(),
        text: z.string(),
        citations: citationsSchema.min(1),
      }),
      notes: z.array(z.string()),
    }),
  ),
  unscoredInstruments: z.array(
    z.strictObject({ instrumentId: instrumentIdSchema, reasons: z.array(z.string()) }),
  ),
  followUps: z.array(
    z.strictObject({
      id: z.enum(FOLLOW_UP_IDS),
      instrumentId: instrumentIdSchema.nullable(),
      priority: z.enum(['immediate', 'soon', 'routine']),
      reason: z.string(),
      ruleId: z.string(),
      citations: citationsSchema.min(1),
    }),
  ),
  programmeEligibility: z.strictObject({
    eligible: z.boolean(),
    requiredAction: redFlagActionSchema.nullable(),
    reasons: z.array(z.string()).min(1),
  }),
  rulesApplied: z.array(z.string()),
});
