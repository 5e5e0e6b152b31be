import type {
  AssessmentExport,
  CarePlanExport,
  GoalExport,
  InstrumentResponseExport,
  PatientRecordExport,
  SessionLogExport,
} from '@backplan/clinical/fhir/index';
import { isInstrumentId } from '@backplan/clinical/instruments/index';
import { assessmentSummarySchema } from '@backplan/clinical/stepped-care/index';
import { z } from 'zod';
import { planComponents, programmeOf } from '../clinician/care-plan-shape';
import type { PatientKey, PatientRecordRows } from './repository';

/**
 * Database rows → the clinical package's `PatientRecordExport`. The JSON columns are read
 * leniently: an entry that does not parse is left out of the export (and never causes a 500),
 * as the clinician workspace reads them.
 */

const answersSchema = z.record(z.string(), z.union([z.number(), z.array(z.number()), z.null()]));

const scoreEntry = z.object({ id: z.string(), value: z.number() }).loose();
/** Stored as `{ scores: ScoreValue[], interpretation }` by the patient app; older rows hold `{ id: value }`. */
function storedScores(value: unknown): { id: string; value: number }[] {
  const list = z
    .object({ scores: z.array(scoreEntry) })
    .loose()
    .safeParse(value);
  if (list.success) return list.data.scores.map(({ id, value: score }) => ({ id, value: score }));
  const array = z.array(scoreEntry).safeParse(value);
  if (array.success) return array.data.map(({ id, value: score }) => ({ id, value: score }));
  const record = z.record(z.string(), z.number()).safeParse(value);
  return record.success ? Object.entries(record.data).map(([id, score]) => ({ id, value: score })) : [];
}

const sessionExercises = z.array(
  z
    .object({
      exerciseId: z.string(),
      outcome: z.enum(['done', 'easier', 'skipped']),
      painDuring: z.number().nullable().optional(),
    })
    .loose(),
);

const smartGoalSchema = z
  .object({
    id: z.string(),
    activity: z.string(),
    measure: z.enum(['minutes', 'times', 'steps', 'days']),
    target: z.number(),
    period: z.enum(['day', 'week']),
    daysPerWeek: z.number().optional(),
    reason: z.string(),
    startDate: z.iso.date(),
    deadline: z.iso.date(),
    confidence: z.number(),
  })
  .loose();

function assessmentsOf(rows: PatientRecordRows['assessments']): AssessmentExport[] {
  return rows.flatMap((row) => {
    const result = assessmentSummarySchema.safeParse(row.result);
    if (!result.success) return [];
    return [
      {
        id: row.id,
        kind: row.kind,
        assessedOn: row.assessedOn,
        result: result.data,
        clearedAt: row.clearedAt?.toISOString() ?? null,
      },
    ];
  });
}

function responsesOf(rows: PatientRecordRows['instrumentResponses']): InstrumentResponseExport[] {
  return rows.flatMap((row) => {
    if (!isInstrumentId(row.instrumentId)) return [];
    const answers = answersSchema.safeParse(row.answers);
    return [
      {
        id: row.id,
        instrumentId: row.instrumentId,
        instrumentVersion: row.instrumentVersion,
        answeredOn: row.answeredOn,
        answers: answers.success ? answers.data : null,
        scores: storedScores(row.scores),
        source: row.source,
      },
    ];
  });
}

function carePlansOf(rows: PatientRecordRows['carePlans']): CarePlanExport[] {
  return rows.flatMap((row) => {
    if (row.step !== 1 && row.step !== 2 && row.step !== 3) return [];
    const programme = programmeOf(row);
    return [
      {
        id: row.id,
        version: row.version,
        effectiveFrom: row.effectiveFrom,
        step: row.step,
        stepStartedOn: row.stepStartedOn,
        components: planComponents(row),
        programme:
          programme.items.length === 0
            ? null
            : {
                daysPerWeek: programme.sessionDays.length === 0 ? null : programme.sessionDays.length,
                exercises: programme.items.map((item) => ({ exerciseId: item.exerciseId, dose: item.dose })),
              },
        reason: row.reason,
      },
    ];
  });
}

function sessionsOf(rows: PatientRecordRows['sessionLogs']): SessionLogExport[] {
  return rows.map((row) => {
    const exercises = sessionExercises.safeParse(row.exercises);
    return {
      id: row.id,
      day: row.day,
      carePlanVersion: row.carePlanVersion,
      exercises: exercises.success ? exercises.data : [],
      completed: row.completed,
      maxPainDuring: row.maxPainDuring,
      settledNextMorning: row.settledNextMorning,
      stoppedForSymptoms: row.stoppedForSymptoms,
    };
  });
}

function goalsOf(rows: PatientRecordRows['goals']): GoalExport[] {
  return rows.flatMap((row) => {
    const goal = smartGoalSchema.safeParse(row.goal);
    return goal.success ? [{ id: row.id, goal: goal.data, status: row.status }] : [];
  });
}

export function toPatientRecordExport(
  patient: PatientKey,
  rows: PatientRecordRows,
  options: { readonly includeName: boolean },
): PatientRecordExport {
  return {
    patient: {
      id: patient.id,
      orgId: patient.orgId,
      displayName: options.includeName ? rows.displayName : null,
      // Erasing an account deletes its rows (data-rights); a record read here always exists.
      accountDeleted: false,
    },
    assessments: assessmentsOf(rows.assessments),
    instrumentResponses: responsesOf(rows.instrumentResponses),
    checkIns: rows.checkIns.map((row) => ({
      id: row.id,
      day: row.day,
      pain: row.pain,
      sleepQuality: row.sleepQuality,
      mood: row.mood,
      activityMinutes: row.activityMinutes,
      sideEffects: row.sideEffects,
      flare: row.flare,
      newBladderBowelSaddleSymptoms: row.newBladderBowelSaddleSymptoms,
      note: row.note,
    })),
    carePlans: carePlansOf(rows.carePlans),
    sessionLogs: sessionsOf(rows.sessionLogs),
    flareEpisodes: rows.flareEpisodes.map((row) => ({
      id: row.id,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
    })),
    medications: rows.medications.map((row) => ({
      id: row.id,
      drug: row.drug,
      dose: row.dose,
      unit: row.unit,
      frequency: row.frequency,
      route: row.route,
      prnMaxDosesPerDay: row.prnMaxDosesPerDay,
      startedOn: row.startedOn,
      stoppedOn: row.stoppedOn,
      recordedBy: row.recordedBy,
    })),
    goals: goalsOf(rows.goals),
  };
}
