import { findExercise } from '@backplan/clinical/exercise/catalogue/index';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { carePlans, selfManagementLog, sessionLogs } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import type { PatientRecord } from '../organisations/repository';
import { refreshPatientSummary } from '../summaries/refresh';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { stopAdvice } from './patient-messages';
import { applyWeeklyProgression } from './progression';
import type { SessionLogBody } from './schemas';
import { langOf } from './spanish';

/**
 * Session logs (idempotent by key; several a day are allowed) and the
 * next-morning answer. Both can move the dose through the weekly progression
 * rule (progression.ts), and both refresh the triage rollup (adherence).
 */
type SessionRow = typeof sessionLogs.$inferSelect;
type ExerciseOutcome = SessionLogBody['exercises'][number];

export function sessionView(row: SessionRow) {
  return {
    id: row.id,
    day: row.day,
    carePlanVersion: row.carePlanVersion,
    completed: row.completed,
    maxPainDuring: row.maxPainDuring,
    settledNextMorning: row.settledNextMorning,
    stoppedForSymptoms: row.stoppedForSymptoms,
    exercises: row.exercises as ExerciseOutcome[],
  };
}

async function findSession(tx: Executor, patient: PatientRecord, where: { key: string } | { id: string }) {
  const [row] = await tx
    .select()
    .from(sessionLogs)
    .where(
      and(
        eq(sessionLogs.orgId, patient.orgId),
        eq(sessionLogs.patientId, patient.id),
        'key' in where ? eq(sessionLogs.idempotencyKey, where.key) : eq(sessionLogs.id, where.id),
      ),
    )
    .limit(1);
  return row;
}

function checkExercises(exercises: readonly ExerciseOutcome[]): void {
  const issues = exercises.flatMap((exercise, index) =>
    findExercise(exercise.exerciseId)
      ? []
      : [{ path: `body.exercises.${index}.exerciseId`, message: 'is not an exercise in the catalogue' }],
  );
  if (issues.length > 0) throw badRequest('Unknown exercise.', issues);
}

export async function recordSession(request: PatientRequest, body: SessionLogBody) {
  const now = request.ctx.clock();
  checkExercises(body.exercises);
  return own(request, 'create', 'session-log', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(body.day, today, 'body.day');
    const replay = await findSession(tx, patient, { key: body.idempotencyKey });
    if (replay)
      return {
        status: 200,
        body: { session: sessionView(replay), replayed: true, stopAdvice: null, planChange: null },
      } as const;
    const [version] = await tx
      .select({ version: carePlans.version })
      .from(carePlans)
      .where(
        and(
          eq(carePlans.orgId, patient.orgId),
          eq(carePlans.patientId, patient.id),
          eq(carePlans.version, body.carePlanVersion),
        ),
      )
      .limit(1);
    if (!version) {
      throw badRequest('There is no such care-plan version.', [
        { path: 'body.carePlanVersion', message: 'is not a version of your care plan' },
      ]);
    }
    const pains = body.exercises.map((e) => e.painDuring).filter((p): p is number => p !== null);
    const [inserted] = await tx
      .insert(sessionLogs)
      .values({
        orgId: patient.orgId,
        patientId: patient.id,
        day: body.day,
        carePlanVersion: body.carePlanVersion,
        exercises: body.exercises,
        completed: body.exercises.some((e) => e.outcome !== 'skipped'),
        maxPainDuring: pains.length > 0 ? Math.max(...pains) : null,
        stoppedForSymptoms: body.stoppedForSymptoms,
        idempotencyKey: body.idempotencyKey,
        clientRecordedAt: new Date(body.clientRecordedAt),
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent retry with the same key won the insert: answer as a replay.
    const row = inserted ?? (await findSession(tx, patient, { key: body.idempotencyKey }));
    if (!row) throw new Error('session log neither inserted nor found');
    if (!inserted)
      return {
        status: 200,
        body: { session: sessionView(row), replayed: true, stopAdvice: null, planChange: null },
      } as const;
    const planChange = await applyWeeklyProgression(tx, patient, today, request.principal.userId);
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return {
      status: 201,
      body: {
        session: sessionView(row),
        replayed: false,
        stopAdvice: body.stoppedForSymptoms ? stopAdvice(langOf(request.principal.language)) : null,
        planChange,
      },
    } as const;
  });
}

export async function recordNextMorning(request: PatientRequest, sessionId: string, settled: boolean) {
  const now = request.ctx.clock();
  return own(request, 'update', 'session-log', async (tx, patient) => {
    const session = await findSession(tx, patient, { id: sessionId });
    if (!session) throw notFound('There is no such session in your record.');
    const [row] = await tx
      .update(sessionLogs)
      .set({ settledNextMorning: settled })
      .where(and(eq(sessionLogs.orgId, patient.orgId), eq(sessionLogs.id, session.id)))
      .returning();
    if (!row) throw new Error('session log update returned no row');
    const today = patientToday(patient, now);
    const planChange = await applyWeeklyProgression(tx, patient, today, request.principal.userId);
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return { session: sessionView(row), planChange };
  });
}

/** Marks a lesson, relaxation or goal review done (idempotent by key). */
export async function recordSelfManagement(
  request: PatientRequest,
  body: {
    day: string;
    kind: 'lesson' | 'relaxation' | 'goal-review';
    itemId: string | null;
    idempotencyKey: string;
  },
) {
  const now = request.ctx.clock();
  if (body.kind !== 'goal-review' && body.itemId === null) {
    throw badRequest('Say which lesson or practice.', [
      { path: 'body.itemId', message: 'is required for a lesson or relaxation' },
    ]);
  }
  return own(request, 'create', 'self-management', async (tx, patient) => {
    checkRecentDay(body.day, patientToday(patient, now), 'body.day');
    const inserted = await tx
      .insert(selfManagementLog)
      .values({ orgId: patient.orgId, patientId: patient.id, ...body })
      .onConflictDoNothing()
      .returning({ id: selfManagementLog.id });
    return { status: inserted.length > 0 ? 201 : 200, body: { replayed: inserted.length === 0 } } as const;
  });
}
