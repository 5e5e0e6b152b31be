import { asc, gt } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { patients } from '../../db/schema';
import { type FactRows, factsFromRows, loadFactRows } from './facts';
import { triage } from './triage';

/**
 * Keeps patient_summaries current: one row per patient, recomputed from the
 * record after every write that changes a triage input, in the same
 * transaction as that write, so the clinician's triage list never disagrees
 * with the record it summarises (docs/performance.md).
 */
export async function refreshPatientSummary(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<WrittenSummary> {
  return writePatientSummary(tx, orgId, patientId, await loadFactRows(tx, orgId, patientId, today), today);
}

/**
 * Locks the patient's summary row for the rest of the transaction. Every
 * transaction that writes check-ins takes it FIRST, before any check-in row:
 * the check-in's one-statement write (patient-app/check-ins.ts) locks the
 * summary row and then inserts, so a transaction that inserted a check-in and
 * then waited for the summary row could deadlock with it (the retry-storm
 * fault test found this). Every patient has the row (drizzle/0008).
 */
const LOCK_SUMMARY: NamedStatement = {
  name: 'lock_patient_summary',
  text: 'SELECT 1 FROM patient_summaries WHERE org_id = $1::uuid AND patient_id = $2::uuid FOR UPDATE',
};

export async function lockPatientSummary(tx: Executor, orgId: string, patientId: string): Promise<void> {
  await runNamed(tx, LOCK_SUMMARY, [orgId, patientId]);
}

/** The summary upsert, named: it runs on every check-in (db/prepared.ts). Columns as in schema/records.ts. */
const UPSERT_SUMMARY: NamedStatement = {
  name: 'upsert_patient_summary',
  text: `INSERT INTO patient_summaries (org_id, patient_id, triage_priority, triage_reasons, pain_baseline,
      pain_7d_mean, adherence_14d, last_check_in_day, flare_started_on, red_flag_action, self_harm_flag, step,
      step_started_on, next_reassessment_on, unread_from_patient, fact_rows, facts_day, updated_at)
    VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8::date, $9::date, $10, $11, $12, $13::date, $14::date, $15,
      $16::json, $17::date, $18::timestamptz)
    ON CONFLICT (org_id, patient_id) DO UPDATE SET
      triage_priority = excluded.triage_priority, triage_reasons = excluded.triage_reasons,
      pain_baseline = excluded.pain_baseline, pain_7d_mean = excluded.pain_7d_mean,
      adherence_14d = excluded.adherence_14d, last_check_in_day = excluded.last_check_in_day,
      flare_started_on = excluded.flare_started_on, red_flag_action = excluded.red_flag_action,
      self_harm_flag = excluded.self_harm_flag, step = excluded.step, step_started_on = excluded.step_started_on,
      next_reassessment_on = excluded.next_reassessment_on, unread_from_patient = excluded.unread_from_patient,
      fact_rows = excluded.fact_rows, facts_day = excluded.facts_day, updated_at = excluded.updated_at`,
};

/**
 * summaryColumns' values by column name and SQL type, in its order, for the
 * batched check-in write (patient-app/check-ins.ts), which reads them from a
 * JSON record set.
 */
const SUMMARY_COLUMN_TYPES = [
  ['triage_priority', 'smallint'],
  ['triage_reasons', 'text[]'],
  ['pain_baseline', 'real'],
  ['pain_7d_mean', 'real'],
  ['adherence_14d', 'real'],
  ['last_check_in_day', 'date'],
  ['flare_started_on', 'date'],
  ['red_flag_action', 'text'],
  ['self_harm_flag', 'boolean'],
  ['step', 'smallint'],
  ['step_started_on', 'date'],
  ['next_reassessment_on', 'date'],
  ['unread_from_patient', 'integer'],
  ['fact_rows', 'json'],
  ['facts_day', 'date'],
  ['updated_at', 'timestamptz'],
] as const;

/** The summary columns as a record definition: `triage_priority smallint, …`. */
export const SUMMARY_COLUMN_FIELDS = SUMMARY_COLUMN_TYPES.map(([name, type]) => `${name} ${type}`).join(', ');

/** `triage_priority = alias.triage_priority, …` for an UPDATE from a record set. */
export function summaryAssignmentsFrom(alias: string): string {
  return SUMMARY_COLUMN_TYPES.map(([name]) => `${name} = ${alias}.${name}`).join(', ');
}

/**
 * summaryColumns' values as JSON object members (`"triage_priority":3,…`).
 * fact_rows is already JSON text and goes in as it is, not as a string.
 */
export function summaryJsonMembers(values: readonly unknown[]): string {
  if (values.length !== SUMMARY_COLUMN_TYPES.length)
    throw new Error('summary values do not match the columns');
  return SUMMARY_COLUMN_TYPES.map(
    ([name], index) =>
      `"${name}":${name === 'fact_rows' ? (values[index] as string) : JSON.stringify(values[index] ?? null)}`,
  ).join(',');
}

/** What the triage made of the facts, as written to the summary row. */
export interface WrittenSummary {
  readonly triagePriority: number;
  readonly triageReasons: readonly string[];
  readonly selfHarmFlag: boolean;
}

/**
 * The summary row's columns after org_id and patient_id, in UPSERT_SUMMARY's
 * order ($3…$18): the triage of the rows on `today`, the rows themselves and
 * their day. The check-in's one-statement write (patient-app/check-ins.ts)
 * sets the same columns from the same values.
 */
export function summaryColumns(
  rows: FactRows,
  today: string,
  updatedAt: Date,
): { values: unknown[]; written: WrittenSummary } {
  const facts = factsFromRows(rows, today);
  const { priority, reasons } = triage(facts);
  return {
    values: [
      priority,
      [...reasons],
      facts.pain.baseline,
      facts.pain.mean7d,
      facts.adherence.rate,
      facts.lastCheckInDay,
      facts.flareStartedOn,
      facts.redFlag?.action ?? null,
      facts.selfHarmFlag,
      facts.step,
      facts.stepStartedOn,
      facts.nextReassessmentOn,
      facts.unreadFromPatient,
      JSON.stringify(rows),
      today,
      updatedAt.toISOString(),
    ],
    written: { triagePriority: priority, triageReasons: reasons, selfHarmFlag: facts.selfHarmFlag },
  };
}

/** Applies the triage order to the fact rows and upserts the patient's summary row. */
export async function writePatientSummary(
  tx: Executor,
  orgId: string,
  patientId: string,
  rows: FactRows,
  today: string,
): Promise<WrittenSummary> {
  const { values, written } = summaryColumns(rows, today, new Date());
  await runNamed(tx, UPSERT_SUMMARY, [orgId, patientId, ...values]);
  return written;
}

/** Recomputes every patient's summary from the record, in pages, one transaction per patient. */
export async function recomputeAllSummaries(db: Database, today: string): Promise<number> {
  const pageSize = 500;
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const page = await db
      .select({ orgId: patients.orgId, id: patients.id })
      .from(patients)
      .where(gt(patients.id, after))
      .orderBy(asc(patients.id))
      .limit(pageSize);
    for (const patient of page) {
      await db.transaction((tx) => refreshPatientSummary(tx, patient.orgId, patient.id, today));
    }
    total += page.length;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return total;
    after = last.id;
  }
}
