import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { isoInstantSql } from '../../db/sql-text';
import { phq9SelfHarmAnswerJson } from '../summaries/facts';
import { addDays } from './dates';
import { STATE_INSTRUMENTS, type StateInput } from './patient-state';
import {
  CARE_SETTINGS_JSON,
  FIRST_AND_LATEST_PLANS_JSON,
  LATEST_ASSESSMENT_JSON,
  ME,
  MEDICATIONS_JSON,
  SESSIONS_JSON,
} from './record-json-parts';
import type { PatientKey } from './record-repository';
import { RECORD_WINDOW_DAYS } from './record-snapshot';

/**
 * What the stepped-care engine's state is built from (buildPatientState), in ONE statement.
 * The patient's `GET /me/today` builds the engine's cards on every read; through the general
 * snapshot that was ten queries sending a year of whole rows (issue #11). This sends only the
 * columns the state reads, as JSON built in PostgreSQL. `record-reads.test.ts` builds the
 * state both ways for every patient of a simulated clinic and compares.
 *
 * Parameters: $1 org, $2 patient, $3 today, $4 the first day of the record window
 * (RECORD_WINDOW_DAYS, as the snapshot), $5 the questionnaires the state reads.
 */
const RECORD_STATE: NamedStatement = {
  name: 'record_state_input',
  text: `SELECT
    ${LATEST_ASSESSMENT_JSON} AS latest_assessment,
    (SELECT coalesce(json_agg(json_build_object('instrumentId', r.instrument_id, 'answeredOn', r.answered_on,
            'primaryScore', r.primary_score,
            'answers', ${phq9SelfHarmAnswerJson('r.answers')})
            ORDER BY r.answered_on, r.created_at), '[]'::json)
       FROM instrument_responses r WHERE r.org_id = me.org_id AND r.patient_id = me.patient_id
         AND r.instrument_id = ANY($5::text[]) AND r.primary_score IS NOT NULL) AS responses,
    (SELECT coalesce(json_agg(json_build_object('day', c.day, 'pain', c.pain,
            'newBladderBowelSaddleSymptoms', c.new_bladder_bowel_saddle_symptoms) ORDER BY c.day), '[]'::json)
       FROM check_ins c WHERE c.org_id = me.org_id AND c.patient_id = me.patient_id
         AND c.day >= me.window_from) AS check_ins,
    ${SESSIONS_JSON} AS sessions,
    ${FIRST_AND_LATEST_PLANS_JSON} AS plans,
    (SELECT coalesce(json_agg(json_build_object('startedOn', f.started_on, 'endedOn', f.ended_on)
            ORDER BY f.started_on), '[]'::json)
       FROM flare_episodes f WHERE f.org_id = me.org_id AND f.patient_id = me.patient_id) AS flares,
    ${MEDICATIONS_JSON} AS medications,
    ${CARE_SETTINGS_JSON} AS settings,
    -- A visit note or a decision on a card is a clinician review: only their days are read.
    -- In the snapshot's order (latest first).
    (SELECT coalesce(json_agg(n.visited_on ORDER BY n.visited_on DESC, n.created_at DESC), '[]'::json)
       FROM visit_notes n WHERE n.org_id = me.org_id AND n.patient_id = me.patient_id) AS note_days,
    (SELECT coalesce(json_agg(${isoInstantSql('d.decided_at')} ORDER BY d.decided_at DESC), '[]'::json)
       FROM care_decisions d WHERE d.org_id = me.org_id AND d.patient_id = me.patient_id) AS decision_times
  FROM ${ME}`,
};

interface Row {
  readonly latest_assessment: StateInput['assessments'][number] | null;
  readonly responses: StateInput['responses'];
  readonly check_ins: StateInput['checkIns'];
  readonly sessions: StateInput['sessions'];
  readonly plans: StateInput['plans'];
  readonly flares: StateInput['flares'];
  readonly medications: StateInput['medications'];
  readonly settings: StateInput['settings'];
  readonly note_days: string[];
  readonly decision_times: string[];
}

export async function loadStateInput(db: Executor, patient: PatientKey, today: string): Promise<StateInput> {
  const [row] = await runNamed<Row & Record<string, unknown>>(db, RECORD_STATE, [
    patient.orgId,
    patient.id,
    today,
    addDays(today, -RECORD_WINDOW_DAYS),
    STATE_INSTRUMENTS,
  ]);
  if (!row) throw new Error('the record state statement returned no row');
  return {
    today,
    assessments: row.latest_assessment ? [row.latest_assessment] : [],
    responses: row.responses,
    checkIns: row.check_ins,
    sessions: row.sessions,
    plans: row.plans,
    flares: row.flares,
    medications: row.medications,
    settings: row.settings,
    notes: row.note_days.map((visitedOn) => ({ visitedOn })),
    decisions: row.decision_times.map((at) => ({ decidedAt: new Date(at) })),
  };
}
