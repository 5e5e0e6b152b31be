import type { Executor } from '../../db/client';
import { addDays } from './dates';
import {
  assessmentsOf,
  carePlanVersions,
  careSettingsOf,
  checkInsSince,
  decisionsOf,
  flaresOf,
  instrumentResponsesOf,
  medicationsOf,
  type PatientKey,
  sessionLogsSince,
  visitNotesOf,
} from './record-repository';

/** How far back the summary and the engine look at daily rows: a year and a little. */
export const RECORD_WINDOW_DAYS = 400;

/** Everything the summary, the cards and the PDF read about one patient, loaded once per request. */
export async function loadRecordSnapshot(db: Executor, patient: PatientKey, today: string) {
  const from = addDays(today, -RECORD_WINDOW_DAYS);
  // One after another: `db` is a transaction (one connection), where node-postgres runs queries in
  // turn anyway; issuing them together is deprecated and goes away in pg 9.
  const assessments = await assessmentsOf(db, patient);
  const responses = await instrumentResponsesOf(db, patient);
  const checkIns = await checkInsSince(db, patient, from);
  const sessions = await sessionLogsSince(db, patient, from);
  const plans = await carePlanVersions(db, patient);
  const flares = await flaresOf(db, patient);
  const medications = await medicationsOf(db, patient);
  const decisions = await decisionsOf(db, patient);
  const notes = await visitNotesOf(db, patient);
  const settings = await careSettingsOf(db, patient);
  return {
    today,
    assessments,
    responses,
    checkIns,
    sessions,
    plans,
    flares,
    medications,
    decisions,
    notes,
    settings,
  };
}

export type RecordSnapshot = Awaited<ReturnType<typeof loadRecordSnapshot>>;
