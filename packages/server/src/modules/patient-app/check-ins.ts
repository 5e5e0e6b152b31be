import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { checkIns } from '../../db/schema';
import { badRequest } from '../../errors';
import { SCOPE_CONDITION } from '../audit/patient-scope';
import type { PatientRecord } from '../organisations/repository';
import {
  rowsOnDay,
  STORED_FACT_ROWS_COLUMNS,
  type StoredFactRows,
  type StoredFactRowsColumns,
  storedFactRowsOf,
  withNewCheckIn,
} from '../summaries/facts';
import { lockPatientSummary, refreshPatientSummary, summaryColumns } from '../summaries/refresh';
import { checkRecentDay, localDay, own, type PatientRequest, patientToday } from './own-record';
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
 * The summary row's stored fact rows (summaries/facts.ts), their day, and the
 * row version (xmin: it changes on every write of the row) that the write
 * below checks, so nothing written to the record in between is missed.
 */
const STORED_FACT_ROWS: NamedStatement = {
  name: 'stored_fact_rows',
  text: `SELECT ${STORED_FACT_ROWS_COLUMNS} FROM patient_summaries ps
    WHERE ps.org_id = $1::uuid AND ps.patient_id = $2::uuid`,
};

async function readStoredFactRows(
  ctx: PatientRequest['ctx'],
  patient: { readonly orgId: string; readonly id: string },
): Promise<StoredFactRows | null> {
  const [row] = await runNamed<StoredFactRowsColumns>(ctx.db, STORED_FACT_ROWS, [patient.orgId, patient.id]);
  return row ? storedFactRowsOf(row) : null;
}

/**
 * A new day's check-in in ONE statement, which is its own transaction: the
 * record in the patient's own scope (audit/patient-scope.ts), the summary row
 * locked only while it is still the version the triage was computed from,
 * the insert (nothing on a same-day or same-key conflict), its audit row and
 * the summary with the new triage. When any part finds nothing, nothing is
 * written and the caller takes the general path. Parameters: $1 patient,
 * $2 user, $3 summary version, $4…$14 the check-in, $15 now, $16 role,
 * $17 request id, $18 ip, $19…$34 summaryColumns.
 */
const NEW_CHECK_IN: NamedStatement = {
  name: 'new_check_in',
  text: `WITH found AS (
      SELECT patients.org_id, patients.id FROM patients
      WHERE patients.id = $1::uuid AND ${SCOPE_CONDITION['own-record'].replaceAll('$USER', '$2::uuid')}
    ), unchanged AS (
      SELECT s.org_id, s.patient_id FROM patient_summaries s
      JOIN found ON s.org_id = found.org_id AND s.patient_id = found.id
      WHERE s.xmin::text = $3::text
      FOR UPDATE OF s
    ), inserted AS (
      INSERT INTO check_ins (org_id, patient_id, day, pain, sleep_quality, mood, activity_minutes, side_effects,
        flare, new_bladder_bowel_saddle_symptoms, note, idempotency_key, client_recorded_at, created_at, updated_at)
      SELECT unchanged.org_id, unchanged.patient_id, $4::date, $5::smallint, $6::smallint, $7::smallint,
        $8::integer, $9::text[], $10::boolean, $11::boolean, $12::text, $13::text, $14::timestamptz,
        $15::timestamptz, $15::timestamptz
      FROM unchanged
      ON CONFLICT DO NOTHING
      RETURNING org_id, patient_id, id
    ), audited AS (
      INSERT INTO audit_log (at, action, resource, outcome, actor_id, actor_role, org_id, patient_id, request_id, ip)
      SELECT $15::timestamptz, 'create', 'check-in', 'allowed', $2::uuid, $16::text, inserted.org_id,
        inserted.patient_id, $17::text, $18::text
      FROM inserted
      RETURNING 1
    ), summarised AS (
      UPDATE patient_summaries s SET triage_priority = $19, triage_reasons = $20::text[], pain_baseline = $21,
        pain_7d_mean = $22, adherence_14d = $23, last_check_in_day = $24::date, flare_started_on = $25::date,
        red_flag_action = $26, self_harm_flag = $27, step = $28, step_started_on = $29::date,
        next_reassessment_on = $30::date, unread_from_patient = $31, fact_rows = $32::json,
        facts_day = $33::date, updated_at = $34::timestamptz
      FROM inserted
      WHERE s.org_id = inserted.org_id AND s.patient_id = inserted.patient_id
      RETURNING 1
    )
    SELECT (SELECT id FROM inserted) AS inserted_id, (SELECT count(*) FROM audited)::int AS audited,
      (SELECT count(*) FROM summarised)::int AS summarised`,
};

/**
 * The evening burst's common case — a new day's check-in — in two round trips:
 * the session with the stored fact rows (the route asks for them), then
 * NEW_CHECK_IN (issue #11). The triage is computed here from the stored rows
 * with the new check-in added, exactly as a fresh read would give (rowsOnDay,
 * withNewCheckIn; compared with a full recomputation in
 * summaries/recompute.test.ts). Null when this path
 * cannot decide: no stored rows that hold today, a same-day or same-key
 * check-in, a write to the record in between, or no record in scope.
 */
export async function recordNewCheckIn(
  request: PatientRequest,
  body: CheckInBody,
  now: Date,
  stored?: StoredFactRows | null,
): Promise<CheckInRow | null> {
  const prepared = await prepareNewCheckIn(request, body, now, stored);
  return prepared ? writeNewCheckIn(request, prepared) : null;
}

/** A new check-in ready to write: the row, the summary columns after it, and the summary version they rest on. */
export interface PreparedCheckIn {
  readonly row: CheckInRow;
  readonly summaryVersion: string;
  readonly summaryValues: readonly unknown[];
}

/**
 * Computes the summary as it will be once the check-in is in, from the stored
 * fact rows: those read with the session when given (plugins/session.ts
 * `withStoredFactRows`), else read here.
 */
export async function prepareNewCheckIn(
  request: PatientRequest,
  body: CheckInBody,
  now: Date,
  given?: StoredFactRows | null,
): Promise<PreparedCheckIn | null> {
  const { principal, ctx } = request;
  const patient = principal.patient;
  if (!patient) return null;
  const today = localDay(now, patient.timeZone);
  checkRecentDay(body.day, today, 'body.day');
  const stored = given !== undefined ? given : await readStoredFactRows(ctx, patient);
  if (!stored?.factRows || !stored.factsDay) return null;
  const before = rowsOnDay(stored.factRows, stored.factsDay, today);
  if (!before) return null;
  const row: CheckInRow = {
    id: '',
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
  const after = withNewCheckIn(
    before,
    { day: row.day, pain: row.pain, bbs: row.newBladderBowelSaddleSymptoms, storedAt: now.toISOString() },
    today,
  );
  return {
    row,
    summaryVersion: stored.version,
    summaryValues: summaryColumns(after, today, now).values,
  };
}

/** Writes a prepared check-in in one statement; null when it wrote nothing (see NEW_CHECK_IN). */
export async function writeNewCheckIn(
  request: PatientRequest,
  prepared: PreparedCheckIn,
): Promise<CheckInRow | null> {
  const { principal, meta, ctx } = request;
  const { row } = prepared;
  const rows = await runNamed<{ inserted_id: string | null; audited: number; summarised: number }>(
    ctx.db,
    NEW_CHECK_IN,
    [
      row.patientId,
      principal.userId,
      prepared.summaryVersion,
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
      row.createdAt.toISOString(),
      principal.role,
      meta.requestId,
      meta.ip,
      ...prepared.summaryValues,
    ],
  ).catch((error: unknown) => {
    // A deadlock victim wrote nothing (the statement is its own transaction): take the general
    // path. The lock order (summaries/refresh.ts lockPatientSummary) should leave none.
    if ((error as { code?: unknown }).code === DEADLOCK_DETECTED) return null;
    throw error;
  });
  if (!rows) return null;
  const [result] = rows;
  if (!result?.inserted_id) return null;
  if (result.audited !== 1 || result.summarised !== 1) {
    // One statement: the insert cannot stand without its audit row and summary.
    throw new Error('the check-in statement wrote the check-in without its audit row or summary');
  }
  return { ...row, id: result.inserted_id };
}

function checkInResponse(request: PatientRequest, row: CheckInRow, outcome: CheckInOutcome) {
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
}

/** `stored`: the patient's stored fact rows when the session read them (plugins/session.ts). */
export async function recordCheckIn(
  request: PatientRequest,
  body: CheckInBody,
  stored?: StoredFactRows | null,
) {
  const now = request.ctx.clock();
  const fresh = await recordNewCheckIn(request, body, now, stored);
  if (fresh) return checkInResponse(request, fresh, 'created');
  // A replay, a second check-in for the day, or rows that no longer hold: the conflict rule
  // decides in one transaction, and the summary is recomputed from the record.
  return own(request, 'create', 'check-in', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(body.day, today, 'body.day');
    await lockPatientSummary(tx, patient.orgId, patient.id); // lock order: summaries/refresh.ts
    const { row, outcome } = await storeCheckIn(tx, patient, body, now);
    if (outcome === 'created' || outcome === 'replaced') {
      await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    }
    return checkInResponse(request, row, outcome);
  });
}

/** PostgreSQL's SQLSTATE for a transaction chosen as a deadlock's victim. */
const DEADLOCK_DETECTED = '40P01';

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
