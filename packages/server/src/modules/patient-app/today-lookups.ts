import { addDays } from '@backplan/clinical/careplan/calendar';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import type { PatientRecord } from '../organisations/repository';
import { MEASURES_LOOKBACK_DAYS } from './measures-due';

/**
 * The small facts the Today screen needs beside the care plan, the flare and
 * the engine's state: once nine queries of one row or one column each, now one
 * named statement (issue #11: `/me/today` is what a patient opens before every
 * check-in). `today-lookups.test.ts` compares it with the nine queries
 * (test-support/today-lookups-by-queries.ts) for every patient of a simulated
 * clinic on several days.
 */
export interface TodayLookups {
  /** The triage row's red-flag action: 'emergency' or 'urgent' stops exercise (clinical.md §4.1). */
  readonly redFlagAction: string | null;
  /** The first care plan's start: day 1 of the programme. */
  readonly careStart: string | null;
  /** The session logged on the day, latest first. */
  readonly loggedSessionId: string | null;
  /** Self-management done up to the day (lessons, relaxation, goal reviews), at most 500, latest days first. */
  readonly selfManagementDone: readonly {
    readonly day: string;
    readonly kind: string;
    readonly itemId: string | null;
  }[];
  readonly checkInDone: boolean;
  /** The weekly bladder/bowel/saddle question was answered in the six days before. */
  readonly weeklyAnswered: boolean;
  /** A session of the last three days whose next-morning answer is still missing, latest first. */
  readonly waitingSession: { readonly id: string; readonly day: string } | null;
  /** Questionnaires answered in the measures' look-back, latest first (measures-due.ts). */
  readonly answered: readonly {
    readonly instrumentId: string;
    readonly answeredOn: string;
    readonly primaryScore: number | null;
  }[];
  readonly lastReassessmentOn: string | null;
}

/** $1 org, $2 patient, $3 the day, $4 six days before, $5 three days before, $6 the measures' look-back start. */
const TODAY_LOOKUPS: NamedStatement = {
  name: 'today_lookups',
  text: `SELECT
    (SELECT s.red_flag_action FROM patient_summaries s WHERE s.org_id = $1::uuid AND s.patient_id = $2::uuid)
      AS red_flag_action,
    (SELECT min(p.effective_from)::text FROM care_plans p WHERE p.org_id = $1::uuid AND p.patient_id = $2::uuid)
      AS care_start,
    (SELECT l.id FROM session_logs l WHERE l.org_id = $1::uuid AND l.patient_id = $2::uuid AND l.day = $3::date
      ORDER BY l.created_at DESC LIMIT 1) AS logged_session_id,
    (SELECT coalesce(json_agg(json_build_object('day', d.day, 'kind', d.kind, 'itemId', d.item_id)), '[]'::json)
       FROM (SELECT m.day::text AS day, m.kind, m.item_id FROM self_management_log m
             WHERE m.org_id = $1::uuid AND m.patient_id = $2::uuid AND m.day <= $3::date
             ORDER BY m.day DESC LIMIT 500) d) AS self_management_done,
    EXISTS (SELECT 1 FROM check_ins c WHERE c.org_id = $1::uuid AND c.patient_id = $2::uuid AND c.day = $3::date)
      AS check_in_done,
    EXISTS (SELECT 1 FROM check_ins c WHERE c.org_id = $1::uuid AND c.patient_id = $2::uuid
      AND c.day >= $4::date AND c.day < $3::date AND c.new_bladder_bowel_saddle_symptoms IS NOT NULL)
      AS weekly_answered,
    (SELECT json_build_object('id', l.id, 'day', l.day) FROM session_logs l
      WHERE l.org_id = $1::uuid AND l.patient_id = $2::uuid AND l.day < $3::date AND l.day >= $5::date
        AND l.max_pain_during IS NOT NULL AND l.settled_next_morning IS NULL
      ORDER BY l.day DESC LIMIT 1) AS waiting_session,
    (SELECT coalesce(json_agg(json_build_object('instrumentId', r.instrument_id, 'answeredOn', r.answered_on,
            'primaryScore', r.primary_score)), '[]'::json)
       FROM (SELECT i.instrument_id, i.answered_on::text AS answered_on, i.primary_score FROM instrument_responses i
             WHERE i.org_id = $1::uuid AND i.patient_id = $2::uuid AND i.answered_on >= $6::date
               AND i.answered_on <= $3::date
             ORDER BY i.answered_on DESC, i.created_at DESC LIMIT 200) r) AS answered,
    (SELECT max(a.assessed_on)::text FROM assessments a WHERE a.org_id = $1::uuid AND a.patient_id = $2::uuid
      AND a.kind = 'reassessment' AND a.assessed_on <= $3::date) AS last_reassessment_on`,
};

interface Row {
  readonly red_flag_action: string | null;
  readonly care_start: string | null;
  readonly logged_session_id: string | null;
  readonly self_management_done: TodayLookups['selfManagementDone'];
  readonly check_in_done: boolean;
  readonly weekly_answered: boolean;
  readonly waiting_session: TodayLookups['waitingSession'];
  readonly answered: TodayLookups['answered'];
  readonly last_reassessment_on: string | null;
}

export async function readTodayLookups(
  tx: Executor,
  patient: PatientRecord,
  day: string,
): Promise<TodayLookups> {
  const [row] = await runNamed<Row>(tx, TODAY_LOOKUPS, [
    patient.orgId,
    patient.id,
    day,
    addDays(day, -6),
    addDays(day, -3),
    addDays(day, -MEASURES_LOOKBACK_DAYS),
  ]);
  if (!row) throw new Error('the today look-ups returned no row');
  return {
    redFlagAction: row.red_flag_action,
    careStart: row.care_start,
    loggedSessionId: row.logged_session_id,
    selfManagementDone: row.self_management_done,
    checkInDone: row.check_in_done,
    weeklyAnswered: row.weekly_answered,
    waitingSession: row.waiting_session,
    answered: row.answered,
    lastReassessmentOn: row.last_reassessment_on,
  };
}
