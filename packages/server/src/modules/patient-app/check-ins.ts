import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { type Batcher, createBatcher } from '../../db/batcher';
import type { Database, Executor } from '../../db/client';
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
import {
  lockPatientSummary,
  refreshPatientSummary,
  SUMMARY_COLUMN_FIELDS,
  summaryAssignmentsFrom,
  summaryColumns,
  summaryJsonMembers,
} from '../summaries/refresh';
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
 * New days' check-ins, one per patient, in ONE statement, which is its own
 * transaction (group commit: db/batcher.ts). For each item: the record in the
 * patient's own scope (audit/patient-scope.ts), the summary row locked only
 * while it is still the version the triage was computed from, the insert
 * (nothing on a same-day or same-key conflict), its audit row and the summary
 * with the new triage. An item that finds nothing writes nothing and its
 * caller takes the general path; the other items are not affected. $1 is a
 * JSON array of objects with the keys of NEW_CHECK_IN_FIELDS (checkInItemJson).
 */
const NEW_CHECK_IN_FIELDS = `org_id uuid, patient_id uuid, user_id uuid, version text, day date, pain smallint,
  sleep_quality smallint, mood smallint, activity_minutes integer, side_effects text[], flare boolean,
  bbs boolean, note text, idempotency_key text, client_recorded_at timestamptz, now timestamptz, role text,
  request_id text, ip text, ${SUMMARY_COLUMN_FIELDS}`;

export const NEW_CHECK_INS: NamedStatement = {
  name: 'new_check_ins',
  text: `WITH input AS (
      -- LIMIT $2 (the number of items): PostgreSQL takes a record set for 100 rows and a limit it
      -- cannot see for a tenth of its input, so the plan kept for this named statement expects
      -- a few items, as the burst's batches are, and looks rows up by key.
      SELECT * FROM json_to_recordset($1::json) AS t(${NEW_CHECK_IN_FIELDS}) LIMIT $2::int
    ), unchanged AS (
      -- LATERAL with a row lock is never flattened into a join, so each item is found by primary
      -- key; as a plain join the planner, which takes a record set for 100 rows, scanned every
      -- patient of the database for one check-in.
      SELECT locked.org_id, locked.patient_id FROM input
      CROSS JOIN LATERAL (
        SELECT s.org_id, s.patient_id FROM patients
        JOIN patient_summaries s ON s.org_id = patients.org_id AND s.patient_id = patients.id
        WHERE patients.org_id = input.org_id AND patients.id = input.patient_id
          AND ${SCOPE_CONDITION['own-record'].replaceAll('$USER', 'input.user_id')} AND s.xmin::text = input.version
        FOR UPDATE OF s
      ) locked
    ), inserted AS (
      INSERT INTO check_ins (org_id, patient_id, day, pain, sleep_quality, mood, activity_minutes, side_effects,
        flare, new_bladder_bowel_saddle_symptoms, note, idempotency_key, client_recorded_at, created_at, updated_at)
      SELECT unchanged.org_id, unchanged.patient_id, i.day, i.pain, i.sleep_quality, i.mood, i.activity_minutes,
        i.side_effects, i.flare, i.bbs, i.note, i.idempotency_key, i.client_recorded_at, i.now, i.now
      FROM unchanged JOIN input i ON i.patient_id = unchanged.patient_id
      ON CONFLICT DO NOTHING
      RETURNING org_id, patient_id, id
    ), audited AS (
      INSERT INTO audit_log (at, action, resource, outcome, actor_id, actor_role, org_id, patient_id, request_id, ip)
      SELECT i.now, 'create', 'check-in', 'allowed', i.user_id, i.role, inserted.org_id, inserted.patient_id,
        i.request_id, i.ip
      FROM inserted JOIN input i ON i.patient_id = inserted.patient_id
      RETURNING patient_id
    ), summarised AS (
      UPDATE patient_summaries s SET ${summaryAssignmentsFrom('i')}
      FROM inserted JOIN input i ON i.patient_id = inserted.patient_id
      WHERE s.org_id = inserted.org_id AND s.patient_id = inserted.patient_id
      RETURNING s.patient_id
    )
    SELECT input.patient_id, inserted.id AS inserted_id,
      (SELECT count(*) FROM audited WHERE audited.patient_id = input.patient_id)::int AS audited,
      (SELECT count(*) FROM summarised WHERE summarised.patient_id = input.patient_id)::int AS summarised
    FROM input LEFT JOIN inserted ON inserted.patient_id = input.patient_id`,
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

/** One item of NEW_CHECK_INS's JSON array. */
function checkInItemJson(request: PatientRequest, prepared: PreparedCheckIn): string {
  const { principal, meta } = request;
  const { row } = prepared;
  const fields = JSON.stringify({
    org_id: row.orgId,
    patient_id: row.patientId,
    user_id: principal.userId,
    version: prepared.summaryVersion,
    day: row.day,
    pain: row.pain,
    sleep_quality: row.sleepQuality,
    mood: row.mood,
    activity_minutes: row.activityMinutes,
    side_effects: row.sideEffects,
    flare: row.flare,
    bbs: row.newBladderBowelSaddleSymptoms,
    note: row.note,
    idempotency_key: row.idempotencyKey,
    client_recorded_at: row.clientRecordedAt.toISOString(),
    now: row.createdAt.toISOString(),
    role: principal.role,
    request_id: meta.requestId,
    ip: meta.ip,
  });
  return `${fields.slice(0, -1)},${summaryJsonMembers(prepared.summaryValues)}}`;
}

interface PendingCheckIn {
  readonly patientId: string;
  readonly json: string;
}

interface NewCheckInResult {
  readonly patient_id: string;
  readonly inserted_id: string | null;
  readonly audited: number;
  readonly summarised: number;
}

/** The inserted row's id, or null when the item wrote nothing (see NEW_CHECK_INS). */
async function runNewCheckIns(db: Database, items: readonly PendingCheckIn[]): Promise<(string | null)[]> {
  const rows = await runNamed<NewCheckInResult>(db, NEW_CHECK_INS, [
    `[${items.map((item) => item.json).join(',')}]`,
    items.length,
  ]).catch((error: unknown) => {
    // A deadlock victim wrote nothing (the statement is its own transaction): its items take
    // the general path. The lock order (summaries/refresh.ts lockPatientSummary) should leave none.
    if ((error as { code?: unknown }).code === DEADLOCK_DETECTED) return null;
    throw error;
  });
  if (!rows) return items.map(() => null);
  const byPatient = new Map(rows.map((result) => [result.patient_id, result]));
  return items.map((item) => {
    const result = byPatient.get(item.patientId);
    if (!result?.inserted_id) return null;
    if (result.audited !== 1 || result.summarised !== 1) {
      // One statement: the insert cannot stand without its audit row and summary.
      throw new Error('the check-in statement wrote the check-in without its audit row or summary');
    }
    return result.inserted_id;
  });
}

/**
 * How many check-in statements may run at once. Two: one can be written while
 * the next batch is built, and on two cores more would only queue inside
 * PostgreSQL, each transaction paying its own WAL flush.
 */
const CHECK_IN_STATEMENTS_AT_ONCE = 2;
/** The largest batch: bounds the statement's size and the locks one transaction holds. */
const CHECK_INS_PER_STATEMENT = 64;

const checkInWriters = new WeakMap<Database, Batcher<PendingCheckIn, PromiseSettledResult<string | null>>>();

/** The database's group-commit writer for new check-ins (db/batcher.ts), made on first use. */
function checkInWriter(db: Database): Batcher<PendingCheckIn, PromiseSettledResult<string | null>> {
  let writer = checkInWriters.get(db);
  if (!writer) {
    writer = createBatcher({
      maxBatch: CHECK_INS_PER_STATEMENT,
      maxInFlight: CHECK_IN_STATEMENTS_AT_ONCE,
      // One summary row per patient per statement: a patient's second check-in waits for the first.
      keyOf: (item) => item.patientId,
      run: async (items) => {
        try {
          const ids = await runNewCheckIns(db, items);
          return ids.map((value) => ({ status: 'fulfilled', value }) as const);
        } catch (error) {
          if (items.length === 1) return [{ status: 'rejected', reason: error }];
          // One item's failure must not fail the others: each goes again on its own.
          return Promise.allSettled(items.map(async (item) => (await runNewCheckIns(db, [item]))[0] ?? null));
        }
      },
    });
    checkInWriters.set(db, writer);
  }
  return writer;
}

/**
 * Writes a prepared check-in with whatever other new check-ins are waiting, in
 * one statement; null when it wrote nothing (see NEW_CHECK_INS).
 */
export async function writeNewCheckIn(
  request: PatientRequest,
  prepared: PreparedCheckIn,
): Promise<CheckInRow | null> {
  const { row } = prepared;
  const settled = await checkInWriter(request.ctx.db).submit({
    patientId: row.patientId,
    json: checkInItemJson(request, prepared),
  });
  if (settled.status === 'rejected') throw settled.reason;
  return settled.value === null ? null : { ...row, id: settled.value };
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
