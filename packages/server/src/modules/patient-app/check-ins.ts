import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { checkIns } from '../../db/schema';
import { badRequest } from '../../errors';
import type { PatientRecord } from '../organisations/repository';
import {
  type FactRows,
  factsFromRows,
  type SummaryFacts,
  TRIAGE_FACTS_FROM,
  TRIAGE_FACTS_JSON,
  triageFactsParams,
  withNewCheckIn,
} from '../summaries/facts';
import { refreshPatientSummary, writePatientSummary } from '../summaries/refresh';
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

/**
 * A new day's check-in and the triage facts in ONE statement: the INSERT runs
 * in a CTE (inserting nothing on a same-day or same-key conflict), and the facts
 * subqueries read the record as it was just before it, so the new row is added
 * to them in code (withNewCheckIn). The common case of the evening burst thus
 * costs one round trip for the write and the facts together (issue #11).
 */
const CHECK_IN_AND_TRIAGE_FACTS: NamedStatement = {
  name: 'check_in_and_triage_facts',
  text: `WITH inserted AS (
      INSERT INTO check_ins (org_id, patient_id, day, pain, sleep_quality, mood, activity_minutes, side_effects,
        flare, new_bladder_bowel_saddle_symptoms, note, idempotency_key, client_recorded_at, created_at, updated_at)
      VALUES ($1, $2, $6::date, $7, $8, $9, $10, $11::text[], $12, $13, $14, $15, $16::timestamptz,
        $17::timestamptz, $17::timestamptz)
      ON CONFLICT DO NOTHING
      RETURNING id)
    SELECT (SELECT id FROM inserted) AS inserted_id, ${TRIAGE_FACTS_JSON} AS facts ${TRIAGE_FACTS_FROM}`,
};

async function insertNewCheckIn(
  tx: Executor,
  patient: PatientRecord,
  body: CheckInBody,
  now: Date,
  today: string,
): Promise<{ row: CheckInRow; facts: SummaryFacts } | null> {
  const row: Omit<CheckInRow, 'id'> = {
    orgId: patient.orgId,
    patientId: patient.id,
    day: body.day,
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
    createdAt: now,
    updatedAt: now,
  };
  const [result] = await runNamed<{ inserted_id: string | null; facts: FactRows }>(
    tx,
    CHECK_IN_AND_TRIAGE_FACTS,
    [
      ...triageFactsParams(patient.orgId, patient.id, today),
      row.day,
      row.pain,
      row.sleepQuality,
      row.mood,
      row.activityMinutes,
      row.sideEffects,
      row.flare,
      row.newBladderBowelSaddleSymptoms,
      row.note,
      row.idempotencyKey,
      row.clientRecordedAt.toISOString(),
      now.toISOString(),
    ],
  );
  if (!result?.inserted_id) return null;
  const rows = withNewCheckIn(
    result.facts,
    { day: row.day, pain: row.pain, bbs: row.newBladderBowelSaddleSymptoms, storedAt: now.toISOString() },
    today,
  );
  return { row: { ...row, id: result.inserted_id }, facts: factsFromRows(rows, today) };
}

export async function recordCheckIn(request: PatientRequest, body: CheckInBody) {
  const now = request.ctx.clock();
  return own(request, 'create', 'check-in', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(body.day, today, 'body.day');
    let stored: { row: CheckInRow; outcome: CheckInOutcome };
    const fresh = await insertNewCheckIn(tx, patient, body, now, today);
    if (fresh) {
      await writePatientSummary(tx, patient.orgId, patient.id, fresh.facts);
      stored = { row: fresh.row, outcome: 'created' };
    } else {
      // A replay, or a second check-in for the day: the conflict rule decides.
      stored = await storeCheckIn(tx, patient, body, now);
      if (stored.outcome === 'created' || stored.outcome === 'replaced') {
        await refreshPatientSummary(tx, patient.orgId, patient.id, today);
      }
    }
    const { row, outcome } = stored;
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
    const today = patientToday(patient, now);
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
