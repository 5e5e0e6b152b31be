import { z } from 'zod';
import { findAnswerIssues } from '../instruments/answers';
import { INSTRUMENTS } from '../instruments/registry';
import type { InstrumentId } from '../instruments/types';
import { daysBetween } from './calendar';
import {
  clinicianFindingsSchema,
  inflammatoryFeaturesSchema,
  psychosocialSchema,
  radicularSymptomsSchema,
  redFlagSymptomsSchema,
} from './intake-sections';

const isoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');

export const redFlagConditionSchema = z.enum([
  'cauda-equina',
  'progressive-neurological-deficit',
  'malignancy',
  'infection',
  'fracture',
  'aortic-aneurysm',
  'axial-spondyloarthritis',
]);

export const redFlagActionSchema = z.enum(['emergency', 'urgent', 'rheumatology-referral']);

/**
 * A clinician's decision that a red flag has been dealt with (e.g. MRI excluded cauda equina).
 * It clears a flag only when it names the condition and an action at least as serious as the
 * flag's, so an "urgent" clearance never clears an emergency.
 */
export const clinicianClearanceSchema = z.strictObject({
  condition: redFlagConditionSchema,
  clearedAction: redFlagActionSchema.describe('The most serious action this clearance covers'),
  clearedOn: isoDate,
  clearedBy: z.string().min(1).describe('Name or identifier of the clinician'),
  reason: z.string().min(1).describe('Why the flag no longer blocks the programme'),
});

const answerValueSchema = z.union([z.number(), z.array(z.number()).max(6), z.null()]);
const instrumentAnswersSchema = z
  .record(z.string(), answerValueSchema)
  .describe('Item id → answer value; an ODI section may hold two values');

/** Answers by instrument id → item id → value (see INSTRUMENTS for item ids and allowed values). */
export const intakeInstrumentsSchema = z
  .strictObject({
    'pain-nrs': instrumentAnswersSchema.optional(),
    'peg-3': instrumentAnswersSchema.optional(),
    'phq-2': instrumentAnswersSchema.optional(),
    'phq-9': instrumentAnswersSchema.optional(),
    'gad-2': instrumentAnswersSchema.optional(),
    'gad-7': instrumentAnswersSchema.optional(),
    startback: instrumentAnswersSchema.optional(),
    odi: instrumentAnswersSchema.optional(),
    rmdq: instrumentAnswersSchema.optional(),
  } satisfies Record<InstrumentId, z.ZodType>)
  .describe('Instrument answers');

/** Adults only: NICE NG59 covers people aged 16 and over. */
export const MINIMUM_INTAKE_AGE_YEARS = 16;

const intakeObjectSchema = z.strictObject({
  assessedOn: isoDate.describe('The date of the assessment; the domain has no clock'),
  ageYears: z.int().min(MINIMUM_INTAKE_AGE_YEARS).max(120).describe('Age in whole years'),
  sex: z
    .enum(['female', 'male', 'other', 'unknown'])
    .describe('Administrative sex; recorded for reporting, no rule in clinical.md depends on it'),
  painStartedOn: isoDate
    .optional()
    .describe('When this episode of back pain began (give this or painDurationWeeks)'),
  painDurationWeeks: z
    .number()
    .min(0)
    .max(5200)
    .optional()
    .describe('How long this episode has lasted, in weeks (give this or painStartedOn)'),
  instruments: intakeInstrumentsSchema,
  redFlagSymptoms: redFlagSymptomsSchema,
  radicularSymptoms: radicularSymptomsSchema,
  inflammatoryFeatures: inflammatoryFeaturesSchema,
  psychosocial: psychosocialSchema.optional(),
  clinicianFindings: clinicianFindingsSchema.optional(),
  clinicianClearance: z
    .array(clinicianClearanceSchema)
    .optional()
    .describe(
      'Red flags a clinician has dealt with; each names the condition and the most serious action it clears',
    ),
});

type IntakeObject = z.infer<typeof intakeObjectSchema>;

/** Rules that span fields: one duration source, no future dates, answers that fit their instrument. */
function checkCrossFieldRules(intake: IntakeObject, context: z.RefinementCtx): void {
  const hasStart = intake.painStartedOn !== undefined;
  const hasWeeks = intake.painDurationWeeks !== undefined;
  if (hasStart === hasWeeks) {
    context.addIssue({
      code: 'custom',
      path: ['painStartedOn'],
      message: 'give exactly one of painStartedOn or painDurationWeeks',
    });
  }
  if (intake.painStartedOn !== undefined && daysBetween(intake.painStartedOn, intake.assessedOn) < 0) {
    context.addIssue({ code: 'custom', path: ['painStartedOn'], message: 'must not be after assessedOn' });
  }
  for (const [index, clearance] of (intake.clinicianClearance ?? []).entries()) {
    if (daysBetween(clearance.clearedOn, intake.assessedOn) < 0) {
      context.addIssue({
        code: 'custom',
        path: ['clinicianClearance', index, 'clearedOn'],
        message: 'a clearance cannot be dated after the assessment',
      });
    }
  }
  for (const [id, answers] of Object.entries(intake.instruments) as [
    InstrumentId,
    IntakeObject['instruments'][InstrumentId],
  ][]) {
    if (answers === undefined) continue;
    for (const issue of findAnswerIssues(INSTRUMENTS[id].definition, answers)) {
      context.addIssue({
        code: 'custom',
        path: ['instruments', id, issue.itemId ?? ''],
        message: issue.message,
      });
    }
  }
}

/** The intake accepted by `assess`: demographics, duration, instrument answers, flags and findings. */
export const intakeSchema = intakeObjectSchema.superRefine(checkCrossFieldRules);

export type Intake = z.infer<typeof intakeSchema>;
export type ClinicianClearance = z.infer<typeof clinicianClearanceSchema>;
