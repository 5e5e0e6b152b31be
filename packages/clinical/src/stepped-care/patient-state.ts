import { z } from 'zod';
import { DRUG_CLASSES } from '../medications/drug-classes';
import { medicationListSchema } from '../medications/medication-list';
import { clinicalProfileSchema, opioidSafeguardsSchema } from '../medications/profile';
import { adherenceRecordSchema, painDiaryEntrySchema } from '../outcomes/records';
import {
  assessmentSummarySchema,
  steppedCareRedFlagActionSchema,
  steppedCareRedFlagConditionSchema,
} from './assessment-summary-schema';

/**
 * Everything the stepped-care engine decides on, as one JSON-serialisable value.
 * `recommend(state)` is a pure function of it: `today` is part of the state, and
 * records after `today` are rejected so a replayed state gives the same cards.
 */

const isoDate = z.iso.date();

/** What the current step of care is made of (clinical.md §1.1, §1.2, §1.5). */
export const CARE_COMPONENTS = [
  'education',
  'home-exercise',
  'self-management',
  'physiotherapy',
  'psychologically-informed-physiotherapy',
  'cbt-counselling',
  'rheumatology-referral',
  'medication',
  'interventional-referral',
  'intensified-self-guided-programme',
] as const;
export type CareComponent = (typeof CARE_COMPONENTS)[number];

const careComponentSchema = z.object({ kind: z.enum(CARE_COMPONENTS), startedOn: isoDate });

export const currentStepSchema = z.object({
  step: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  startedOn: isoDate,
  /** When conservative (step 1) care began; the ≥12-week interventional prerequisite counts from here. */
  careStartedOn: isoDate,
  components: z.array(careComponentSchema),
});

const scoreRecord = (maximum: number) => z.object({ date: isoDate, score: z.number().min(0).max(maximum) });

export const MEDICATION_TRIAL_OUTCOMES = ['failed', 'not-tolerated', 'contraindicated', 'helped'] as const;
export type MedicationTrialOutcome = (typeof MEDICATION_TRIAL_OUTCOMES)[number];

export const medicationTrialSchema = z.object({
  drugClass: z.enum(DRUG_CLASSES),
  /** The drug tried, e.g. "duloxetine" within the SNRI class. */
  drug: z.string().min(1).optional(),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  outcome: z.enum(MEDICATION_TRIAL_OUTCOMES),
});
export type MedicationTrial = z.output<typeof medicationTrialSchema>;

export const patientRecordsSchema = z.object({
  painDiary: z.array(painDiaryEntrySchema).default([]),
  peg: z.array(scoreRecord(10)).default([]),
  odi: z.array(scoreRecord(100)).default([]),
  rmdq: z.array(scoreRecord(24)).default([]),
  phq9: z
    .array(
      z.object({
        date: isoDate,
        score: z.number().min(0).max(27),
        item9: z.number().min(0).max(3).optional(),
      }),
    )
    .default([]),
  adherence: z.array(adherenceRecordSchema).default([]),
  flares: z.array(z.object({ startedOn: isoDate, endedOn: isoDate.nullable().default(null) })).default([]),
  /** Red flags reported after the assessment, e.g. from the weekly cauda equina check in the diary (clinical.md §4.1). */
  redFlagReports: z
    .array(
      z.object({
        date: isoDate,
        condition: steppedCareRedFlagConditionSchema,
        action: steppedCareRedFlagActionSchema,
        note: z.string().optional(),
      }),
    )
    .default([]),
});

// Strict at the top level: a misspelt field (e.g. `medicationTrial`) is an error, not silently ignored.
export const patientStateSchema = z
  .strictObject({
    today: isoDate,
    assessment: assessmentSummarySchema,
    profile: clinicalProfileSchema,
    currentStep: currentStepSchema,
    records: patientRecordsSchema.default({
      painDiary: [],
      peg: [],
      odi: [],
      rmdq: [],
      phq9: [],
      adherence: [],
      flares: [],
      redFlagReports: [],
    }),
    medications: medicationListSchema.default([]),
    medicationTrials: z.array(medicationTrialSchema).default([]),
    physiotherapy: z
      .object({ visitsAuthorised: z.number().int().min(0), visitsUsed: z.number().int().min(0) })
      .default({ visitsAuthorised: 0, visitsUsed: 0 }),
    opioidSafeguards: opioidSafeguardsSchema.default({
      pdmpCheckedOn: null,
      urineDrugTestOn: null,
      naloxoneOfferedOn: null,
      goalsAndRisksDiscussedOn: null,
      lastOpioidReviewOn: null,
    }),
    /** Dates a clinician reviewed progress (closes "reassessment due"). */
    clinicianReviews: z.array(z.object({ date: isoDate, note: z.string().optional() })).default([]),
    /** A clinician's clearance of a red flag after work-up (e.g. MRI excluded cauda equina). */
    redFlagClearances: z
      .array(z.object({ condition: steppedCareRedFlagConditionSchema, clearedOn: isoDate }))
      .default([]),
  })
  .superRefine((state, context) => {
    const future = (path: (string | number)[], date: string) => {
      if (date > state.today)
        context.addIssue({ code: 'custom', path, message: `date ${date} is after today (${state.today})` });
    };
    state.records.painDiary.forEach((entry, index) => {
      future(['records', 'painDiary', index, 'date'], entry.date);
    });
    state.records.adherence.forEach((entry, index) => {
      future(['records', 'adherence', index, 'date'], entry.date);
    });
    for (const key of ['peg', 'odi', 'rmdq', 'phq9'] as const) {
      state.records[key].forEach((entry, index) => {
        future(['records', key, index, 'date'], entry.date);
      });
    }
    future(['currentStep', 'startedOn'], state.currentStep.startedOn);
    if (state.currentStep.careStartedOn > state.currentStep.startedOn) {
      context.addIssue({
        code: 'custom',
        path: ['currentStep', 'careStartedOn'],
        message: 'conservative care cannot start after the current step',
      });
    }
  });
export type PatientState = z.output<typeof patientStateSchema>;
export type PatientStateInput = z.input<typeof patientStateSchema>;
