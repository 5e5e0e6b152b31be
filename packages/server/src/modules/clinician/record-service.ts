import { getExercise } from '@backplan/clinical/exercise/catalogue/index';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organisations, patientSummaries, users } from '../../db/schema';
import { withPatientRecord } from '../audit/patient-data';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import type { PatientRecord } from '../organisations/repository';
import { dayOf } from './dates';
import {
  carePlanVersions,
  checkInsSince,
  decisionsOf,
  instrumentResponsesOf,
  sessionLogsSince,
} from './record-repository';
import { readRecordSummary } from './record-summary-read';

/** Reads of one patient's record for the clinician, each through withPatientRecord (scope + audit). */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

export interface RecordRequest {
  readonly principal: Principal;
  readonly meta: RequestMeta;
  readonly patientId: string;
}

const read = (request: RecordRequest, resource: string) => ({ ...request, action: 'read', resource });

export async function header(tx: Executor, patient: PatientRecord) {
  const [row] = await tx
    .select({ displayName: users.displayName, clinicName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, patient.orgId))
    .where(eq(users.id, patient.userId))
    .limit(1);
  const [triage] = await tx
    .select({ priority: patientSummaries.triagePriority, reasons: patientSummaries.triageReasons })
    .from(patientSummaries)
    .where(and(eq(patientSummaries.orgId, patient.orgId), eq(patientSummaries.patientId, patient.id)))
    .limit(1);
  return {
    id: patient.id,
    displayName: row?.displayName ?? '',
    clinicName: row?.clinicName ?? '',
    triage: { priority: triage?.priority ?? 99, reasons: triage?.reasons ?? [] },
  };
}

export function recordSummary(ctx: Ctx, request: RecordRequest) {
  const today = dayOf(ctx.clock());
  return withPatientRecord(ctx, read(request, 'summary'), (tx, patient) =>
    readRecordSummary(tx, patient, today),
  );
}

export function promHistory(ctx: Ctx, request: RecordRequest) {
  return withPatientRecord(ctx, read(request, 'instrument-responses'), async (tx, patient) => {
    const rows = await instrumentResponsesOf(tx, patient);
    return {
      responses: rows.map((row) => ({
        id: row.id,
        instrumentId: row.instrumentId,
        answeredOn: row.answeredOn,
        primaryScore: row.primaryScore,
        source: row.source,
      })),
    };
  });
}

export function diary(ctx: Ctx, request: RecordRequest & { from: string; to: string }) {
  return withPatientRecord(ctx, read(request, 'check-ins'), async (tx, patient) => {
    const rows = await checkInsSince(tx, patient, request.from);
    return {
      checkIns: rows
        .filter((row) => row.day <= request.to)
        .map((row) => ({
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
    };
  });
}

function exerciseName(id: string): string {
  try {
    return getExercise(id).name;
  } catch {
    return id;
  }
}

interface LoggedExercise {
  exerciseId?: unknown;
  outcome?: unknown;
  reason?: unknown;
  painDuring?: unknown;
}

export function sessionLog(ctx: Ctx, request: RecordRequest & { from: string; to: string }) {
  return withPatientRecord(ctx, read(request, 'session-logs'), async (tx, patient) => {
    const rows = await sessionLogsSince(tx, patient, request.from);
    return {
      sessions: rows
        .filter((row) => row.day <= request.to)
        .map((row) => ({
          id: row.id,
          day: row.day,
          carePlanVersion: row.carePlanVersion,
          completed: row.completed,
          maxPainDuring: row.maxPainDuring,
          settledNextMorning: row.settledNextMorning,
          stoppedForSymptoms: row.stoppedForSymptoms,
          exercises: (Array.isArray(row.exercises) ? (row.exercises as LoggedExercise[]) : []).map(
            (item) => ({
              exerciseId: String(item.exerciseId ?? ''),
              name: exerciseName(String(item.exerciseId ?? '')),
              outcome: String(item.outcome ?? ''),
              reason: typeof item.reason === 'string' ? item.reason : null,
              painDuring: typeof item.painDuring === 'number' ? item.painDuring : null,
            }),
          ),
        })),
    };
  });
}

/** Decisions on cards and care-plan versions, newest first: what was decided, by whom, and why. */
export function timelineEvents(
  decisions: Awaited<ReturnType<typeof decisionsOf>>,
  plans: Awaited<ReturnType<typeof carePlanVersions>>,
) {
  const events = [
    ...decisions.map((d) => ({
      kind: 'decision' as const,
      at: d.decidedAt.toISOString(),
      ruleId: d.ruleId,
      summary: String((d.card as { summary?: unknown }).summary ?? d.ruleId),
      decision: d.decision,
      reason: d.reason,
      by: d.decidedBy,
      carePlanVersion: d.resultingCarePlanVersion,
    })),
    ...plans.map((p) => ({
      kind: 'care-plan' as const,
      at: p.createdAt.toISOString(),
      ruleId: null,
      summary: `Care plan version ${p.version}: step ${p.step}`,
      decision: null,
      reason: p.reason,
      by: null,
      carePlanVersion: p.version,
    })),
  ];
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

export function decisionTimeline(ctx: Ctx, request: RecordRequest) {
  return withPatientRecord(ctx, read(request, 'care-decisions'), async (tx, patient) => {
    const decisions = await decisionsOf(tx, patient);
    const plans = await carePlanVersions(tx, patient);
    return { events: timelineEvents(decisions, plans) };
  });
}
