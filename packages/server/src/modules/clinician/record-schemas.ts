import { decisionCardSchema } from '@backplan/clinical/stepped-care/index';
import { z } from 'zod';

/** Response shapes of the patient-record endpoints (zod, also the OpenAPI document). */

export const patientParams = z.strictObject({ patientId: z.uuid() });

export const rangeQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const citation = z.object({ source: z.string(), section: z.string() });

const trendSchema = z.object({
  instrument: z.string(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  change: z
    .object({ points: z.number(), percent: z.number(), category: z.string(), citations: z.array(citation) })
    .nullable(),
});

const adherenceSchema = z.object({
  from: z.string(),
  to: z.string(),
  prescribed: z.number(),
  completed: z.number(),
  rate: z.number().nullable(),
});

export const medicationViewSchema = z.object({
  id: z.uuid(),
  drug: z.string(),
  dose: z.number(),
  unit: z.string(),
  frequency: z.string(),
  route: z.string(),
  maxDosesPerDay: z.number().nullable(),
  startedOn: z.string(),
  stoppedOn: z.string().nullable(),
  recordedBy: z.string(),
  overrideReason: z.string().nullable(),
  stopReason: z.string().nullable(),
  trialOutcome: z.string().nullable(),
  mmePerDay: z.number().nullable(),
});

export const patientHeaderSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  clinicName: z.string(),
  triage: z.object({ priority: z.number(), reasons: z.array(z.string()) }),
});

/** A red-flag clearance as recorded on the assessment (clearance-service.ts). */
export const clearanceViewSchema = z.object({
  assessmentId: z.uuid(),
  clearedAt: z.string(),
  clearedOn: z.string(),
  clearedBy: z.string().nullable(),
  reason: z.string().nullable(),
  findings: z.string().nullable(),
});

export const summaryResponse = z.object({
  patient: patientHeaderSchema,
  today: z.string(),
  assessment: z
    .object({
      assessedOn: z.string(),
      kind: z.string(),
      chronicity: z.string().nullable(),
      phenotype: z.string().nullable(),
      riskGroup: z.string().nullable(),
      directionalPreference: z.string().nullable(),
      redFlags: z.array(z.object({ condition: z.string(), action: z.string(), cleared: z.boolean() })),
      yellowFlags: z.array(z.string()),
      selfHarmSafetyFlag: z.boolean(),
    })
    .nullable(),
  step: z
    .object({
      step: z.number(),
      startedOn: z.string(),
      weeksInStep: z.number(),
      carePlanVersion: z.number(),
      components: z.array(z.string()),
      level: z.number().nullable(),
    })
    .nullable(),
  trends: z.object({
    pain: trendSchema.extend({ lastCheckInDay: z.string().nullable() }),
    peg: trendSchema.extend({ latestOn: z.string().nullable() }),
    odi: trendSchema.extend({ latestOn: z.string().nullable() }),
    rmdq: trendSchema.extend({ latestOn: z.string().nullable() }),
  }),
  adherence: z.object({ last14Days: adherenceSchema, last28Days: adherenceSchema }),
  flare: z.object({ startedOn: z.string() }).nullable(),
  medications: z.object({
    active: z.array(medicationViewSchema),
    totalMmePerDay: z.number(),
    mmeComplete: z.boolean(),
    factorSet: z.string(),
    alerts: z.array(decisionCardSchema),
  }),
  physiotherapy: z.object({ visitsAuthorised: z.number().nullable(), visitsUsed: z.number() }),
  /** The active red flag (what puts the patient at triage priority 1) and the last clearance. */
  redFlag: z.object({
    active: z.object({ action: z.enum(['emergency', 'urgent']), source: z.string() }).nullable(),
    assessmentId: z.uuid().nullable(),
    clearance: clearanceViewSchema.nullable(),
  }),
});

export const promsResponse = z.object({
  responses: z.array(
    z.object({
      id: z.uuid(),
      instrumentId: z.string(),
      answeredOn: z.string(),
      primaryScore: z.number().nullable(),
      source: z.string(),
    }),
  ),
});

export const diaryResponse = z.object({
  checkIns: z.array(
    z.object({
      day: z.string(),
      pain: z.number(),
      sleepQuality: z.number().nullable(),
      mood: z.number().nullable(),
      activityMinutes: z.number().nullable(),
      sideEffects: z.array(z.string()),
      flare: z.boolean(),
      newBladderBowelSaddleSymptoms: z.boolean().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const sessionsResponse = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      day: z.string(),
      carePlanVersion: z.number(),
      completed: z.boolean(),
      maxPainDuring: z.number().nullable(),
      settledNextMorning: z.boolean().nullable(),
      stoppedForSymptoms: z.boolean(),
      exercises: z.array(
        z.object({
          exerciseId: z.string(),
          name: z.string(),
          outcome: z.string(),
          reason: z.string().nullable(),
          painDuring: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const timelineResponse = z.object({
  events: z.array(
    z.object({
      kind: z.enum(['decision', 'care-plan']),
      at: z.string(),
      ruleId: z.string().nullable(),
      summary: z.string(),
      decision: z.enum(['accepted', 'declined']).nullable(),
      reason: z.string(),
      by: z.string().nullable(),
      carePlanVersion: z.number().nullable(),
    }),
  ),
});
