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
  const [assessments, responses, checkIns, sessions, plans, flares, medications, decisions, notes, settings] =
    await Promise.all([
      assessmentsOf(db, patient),
      instrumentResponsesOf(db, patient),
      checkInsSince(db, patient, from),
      sessionLogsSince(db, patient, from),
      carePlanVersions(db, patient),
      flaresOf(db, patient),
      medicationsOf(db, patient),
      decisionsOf(db, patient),
      visitNotesOf(db, patient),
      careSettingsOf(db, patient),
    ]);
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
