/**
 * Parts of the one-statement record reads (record-summary-read.ts, record-state-read.ts): each
 * a scalar subquery over the row `me` (org_id, patient_id, today, window_from) that returns
 * JSON with the camelCase keys of the Drizzle row, so the pure summary and state builders read
 * it as they read the general snapshot (record-snapshot.ts). Only the columns those builders
 * read are sent.
 */

/** Session logs in the record window: day and done, for adherence. */
export const SESSIONS_JSON = `(SELECT coalesce(json_agg(json_build_object('day', l.day, 'completed', l.completed)
            ORDER BY l.day, l.created_at), '[]'::json)
       FROM session_logs l WHERE l.org_id = me.org_id AND l.patient_id = me.patient_id
         AND l.day >= me.window_from)`;

/** The first care-plan version and the latest (the builders never read those between). */
export const FIRST_AND_LATEST_PLANS_JSON = `(SELECT coalesce(json_agg(json_build_object('version', p.version,
            'effectiveFrom', p.effective_from, 'step', p.step, 'stepStartedOn', p.step_started_on,
            'components', p.components, 'programme', p.programme) ORDER BY p.version), '[]'::json)
       FROM care_plans p WHERE p.org_id = me.org_id AND p.patient_id = me.patient_id
         AND p.version IN (
           (SELECT min(version) FROM care_plans WHERE org_id = me.org_id AND patient_id = me.patient_id),
           (SELECT max(version) FROM care_plans WHERE org_id = me.org_id AND patient_id = me.patient_id)))`;

/** The latest assessment's result and the intake's age (the builders read only the last assessment). */
export const LATEST_ASSESSMENT_JSON = `(SELECT json_build_object('kind', a.kind, 'assessedOn', a.assessed_on,
            'result', a.result, 'intake', json_build_object('ageYears', a.intake -> 'ageYears'))
       FROM assessments a WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id
       ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)`;

/** Every medicine without its keys and provenance (MedicationFields). */
export const MEDICATIONS_JSON = `(SELECT coalesce(json_agg(json_build_object('id', m.id, 'drug', m.drug,
            'dose', m.dose, 'unit', m.unit, 'frequency', m.frequency, 'route', m.route,
            'prnMaxDosesPerDay', m.prn_max_doses_per_day, 'startedOn', m.started_on, 'stoppedOn', m.stopped_on,
            'recordedBy', m.recorded_by, 'overrideReason', m.override_reason, 'stopReason', m.stop_reason,
            'trialOutcome', m.trial_outcome) ORDER BY m.started_on, m.created_at), '[]'::json)
       FROM medications m WHERE m.org_id = me.org_id AND m.patient_id = me.patient_id)`;

/** The care settings the safety rules read (CareSettingsFields), or null. */
export const CARE_SETTINGS_JSON = `(SELECT json_build_object('ptVisitsAuthorised', s.pt_visits_authorised,
            'ptVisitsUsed', s.pt_visits_used, 'clinicalProfile', s.clinical_profile,
            'opioidSafeguards', s.opioid_safeguards)
       FROM patient_care_settings s WHERE s.org_id = me.org_id AND s.patient_id = me.patient_id)`;

/** The row `me` the parts read, from $1 org, $2 patient, $3 today, $4 first day of the window. */
export const ME = `(SELECT $1::uuid AS org_id, $2::uuid AS patient_id, $3::date AS today,
               $4::date AS window_from) AS me`;
