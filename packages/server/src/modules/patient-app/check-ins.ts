import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { checkIns } from '../../db/schema';
import { badRequest } from '../../errors';
import type { PatientRecord } from '../organisations/repository';
import { refreshPatientSummary } from '../summaries/refresh';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { urgentAction } from './patient-messages';
import type { CheckInBody, CheckInView } from './schemas';
import { langOf } from './spanish';

/**
 * The daily check-in. Idempotent by key; one per patient per day. When two
 * devices send different check-ins for the same day, the one recorded later on
 * its device wins (last writer by device time, docs/offline.md).
 */
type CheckInRow = typeof checkIns.$inferSelect;

export function checkInView(row: CheckInRow): CheckInView {
  return {
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
    idempotencyKey: row.idempotencyKey,
    clientRecordedAt: row.clientRecordedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type CheckInOutcome = 'created' | 'replaced' | 'replayed' | 'superseded';

async function findBy(tx: Executor, patient: PatientRecord, where: 'key' | 'day', value: string) {
  const [row] = await tx
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.orgId, patient.orgId),
        eq(checkIns.patientId, patient.id),
        where === 'key' ? eq(checkIns.idempotencyKey, value) : eq(checkIns.day, value),
      ),
    )
    .for('update')
    .limit(1);
  return row;
}

/** Stores one check-in by the conflict rule; returns the row kept and what happened. */
export async function storeCheckIn(
  tx: Executor,
  patient: PatientRecord,
  body: CheckInBody,
  now: Date,
): Promise<{ row: CheckInRow; outcome: CheckInOutcome }> {
  const values = {
    pain: body.pain,
    sleepQuality: body.sleepQuality,
    mood: body.mood,
    activityMinutes: body.activityMinutes,
    sideEffects: body.sideEffects,
    flare: body.flare,
    newBladderBowelSaddleSymptoms: body.newBladderBowelSaddleSymptoms,
    note: body.note ?? null,
    idempotencyKey: body.idempotencyKey,
    clientRecordedAt: new Date(body.clientRecordedAt),
    updatedAt: now,
  };
  // Two passes at most: a concurrent insert for the same day or key makes the first pass
  // insert nothing, and the second pass then sees that row and applies the rule to it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const replay = await findBy(tx, patient, 'key', body.idempotencyKey);
    if (replay) return { row: replay, outcome: 'replayed' };
    const sameDay = await findBy(tx, patient, 'day', body.day);
    if (sameDay) {
      if (values.clientRecordedAt.getTime() <= sameDay.clientRecordedAt.getTime()) {
        return { row: sameDay, outcome: 'superseded' };
      }
      const [replaced] = await tx
        .update(checkIns)
        .set(values)
        .where(and(eq(checkIns.orgId, patient.orgId), eq(checkIns.id, sameDay.id)))
        .returning();
      if (!replaced) throw new Error('check-in update returned no row');
      return { row: replaced, outcome: 'replaced' };
    }
    const [inserted] = await tx
      .insert(checkIns)
      .values({ orgId: patient.orgId, patientId: patient.id, day: body.day, createdAt: now, ...values })
      .onConflictDoNothing()
      .returning();
    if (inserted) return { row: inserted, outcome: 'created' };
  }
  throw new Error('check-in could not be stored after a concurrent write');
}

export async function recordCheckIn(request: PatientRequest, body: CheckInBody) {
  const now = request.ctx.clock();
  return own(request, 'create', 'check-in', async (tx, patient) => {
    const today = await patientToday(tx, patient, now);
    checkRecentDay(body.day, today, 'body.day');
    const { row, outcome } = await storeCheckIn(tx, patient, body, now);
    if (outcome === 'created' || outcome === 'replaced') {
      await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    }
    return {
      status: outcome === 'created' || outcome === 'replaced' ? 201 : 200,
      body: {
        checkIn: checkInView(row),
        replayed: outcome === 'replayed',
        superseded: outcome === 'superseded',
        urgentAction:
          row.newBladderBowelSaddleSymptoms === true
            ? urgentAction('emergency', langOf(request.principal.language))
            : null,
      },
    } as const;
  });
}

/** The widest range one request may ask for. */
export const MAX_CHECK_IN_RANGE_DAYS = 400;

export async function listCheckIns(request: PatientRequest, query: { from?: string; to?: string }) {
  const now = request.ctx.clock();
  return own(request, 'read', 'check-in', async (tx, patient) => {
    const today = await patientToday(tx, patient, now);
    const to = query.to ?? today;
    const from = query.from ?? addDays(to, -29);
    if (from > to)
      throw badRequest('from is after to.', [{ path: 'querystring.from', message: 'must not be after to' }]);
    if (from < addDays(to, -(MAX_CHECK_IN_RANGE_DAYS - 1))) {
      throw badRequest('The range is too long.', [
        { path: 'querystring.from', message: `must be at most ${MAX_CHECK_IN_RANGE_DAYS} days before to` },
      ]);
    }
    const rows = await tx
      .select()
      .from(checkIns)
      .where(
        and(
          eq(checkIns.orgId, patient.orgId),
          eq(checkIns.patientId, patient.id),
          gte(checkIns.day, from),
          lte(checkIns.day, to),
        ),
      )
      .orderBy(asc(checkIns.day));
    return { checkIns: rows.map(checkInView) };
  });
}
