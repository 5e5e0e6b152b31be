import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { isoInstantSql } from '../../db/sql-text';
import type { PatientRecord } from '../organisations/repository';
import {
  type FactRows,
  factsFromRows,
  gatherFacts,
  rowsOnDay,
  STORED_FACT_ROWS_COLUMNS,
  type StoredFactRowsColumns,
  storedFactRowsOf,
} from '../summaries/facts';
import { addDays } from './dates';
import {
  CARE_SETTINGS_JSON,
  FIRST_AND_LATEST_PLANS_JSON,
  LATEST_ASSESSMENT_JSON,
  ME,
  MEDICATIONS_JSON,
  SESSIONS_JSON,
} from './record-json-parts';
import { RECORD_WINDOW_DAYS } from './record-snapshot';
import { type SummaryInput, summariseRecord } from './record-summary';

/**
 * The clinician's 60-second summary in ONE statement (issue #11: p95 ≤ 30 ms on
 * 10,000 patients × 365 days). The general record snapshot (record-snapshot.ts)
 * takes ten queries plus four for the header and the red-flag status, and sends
 * whole rows: a year of check-ins and session logs with every column, every
 * assessment's intake. The summary reads far less of them, so this statement
 * sends only that, as JSON built in PostgreSQL, and takes the red-flag facts
 * from the rows the triage row keeps (summaries/facts.ts, rowsOnDay) rather than
 * reading them again. `record-reads.test.ts` compares its result with the
 * general snapshot's for every patient of a simulated clinic.
 *
 * Parameters: $1 org, $2 patient, $3 today, $4 the first day of the record window
 * (RECORD_WINDOW_DAYS, as the snapshot), $5 the patient's user.
 */
const RECORD_SUMMARY: NamedStatement = {
  name: 'clinician_record_summary',
  text: `SELECT
    (SELECT json_build_object('displayName', u.display_name, 'clinicName', o.name)
       FROM users u, organisations o WHERE u.id = $5::uuid AND o.id = me.org_id) AS header,
    ps.triage_priority, ps.triage_reasons, ${STORED_FACT_ROWS_COLUMNS},
    ${LATEST_ASSESSMENT_JSON} AS latest_assessment,
    -- The red-flag status offers a clearance on the latest assessment dated on or before today.
    (SELECT json_build_object('id', a.id,
            'clearedAt', ${isoInstantSql('a.cleared_at')},
            'clearedBy', (SELECT cu.display_name FROM users cu WHERE cu.id = a.cleared_by),
            'reason', a.clearance_reason, 'findings', a.clearance_findings)
       FROM assessments a WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id
         AND a.assessed_on <= me.today
       ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) AS clearance_assessment,
    (SELECT coalesce(json_agg(json_build_object('instrumentId', r.instrument_id, 'answeredOn', r.answered_on,
            'primaryScore', r.primary_score) ORDER BY r.answered_on, r.created_at), '[]'::json)
       FROM instrument_responses r WHERE r.org_id = me.org_id AND r.patient_id = me.patient_id
         AND r.instrument_id IN ('peg-3', 'odi', 'rmdq') AND r.primary_score IS NOT NULL) AS responses,
    (SELECT coalesce(json_agg(json_build_object('day', c.day, 'pain', c.pain) ORDER BY c.day), '[]'::json)
       FROM check_ins c WHERE c.org_id = me.org_id AND c.patient_id = me.patient_id
         AND c.day >= me.window_from) AS check_ins,
    ${SESSIONS_JSON} AS sessions,
    ${FIRST_AND_LATEST_PLANS_JSON} AS plans,
    -- The summary shows the first open flare.
    (SELECT json_build_object('startedOn', f.started_on, 'endedOn', f.ended_on)
       FROM flare_episodes f WHERE f.org_id = me.org_id AND f.patient_id = me.patient_id
         AND f.ended_on IS NULL
       ORDER BY f.started_on LIMIT 1) AS open_flare,
    ${MEDICATIONS_JSON} AS medications,
    ${CARE_SETTINGS_JSON} AS settings
  FROM ${ME}
  LEFT JOIN patient_summaries ps ON ps.org_id = me.org_id AND ps.patient_id = me.patient_id`,
};

type Row = StoredFactRowsColumns & {
  readonly header: { displayName: string; clinicName: string } | null;
  readonly triage_priority: number | null;
  readonly triage_reasons: string[] | null;
  readonly latest_assessment: SummaryInput['assessments'][number] | null;
  readonly clearance_assessment: {
    id: string;
    clearedAt: string | null;
    clearedBy: string | null;
    reason: string | null;
    findings: string | null;
  } | null;
  readonly responses: SummaryInput['responses'];
  readonly check_ins: SummaryInput['checkIns'];
  readonly sessions: SummaryInput['sessions'];
  readonly plans: SummaryInput['plans'];
  readonly open_flare: SummaryInput['flares'][number] | null;
  readonly medications: SummaryInput['medications'];
  readonly settings: SummaryInput['settings'];
};

/** The triage facts for today from the stored rows when they still hold, else read afresh. */
async function factsToday(tx: Executor, patient: PatientRecord, row: Row, today: string) {
  const stored = storedFactRowsOf(row);
  const rows: FactRows | null =
    stored?.factRows && stored.factsDay ? rowsOnDay(stored.factRows, stored.factsDay, today) : null;
  return rows ? factsFromRows(rows, today) : gatherFacts(tx, patient.orgId, patient.id, today);
}

/** The summary response of GET /api/v1/patients/:id/summary, inside withPatientRecord's transaction. */
export async function readRecordSummary(tx: Executor, patient: PatientRecord, today: string) {
  const [row] = await runNamed<Row>(tx, RECORD_SUMMARY, [
    patient.orgId,
    patient.id,
    today,
    addDays(today, -RECORD_WINDOW_DAYS),
    patient.userId,
  ]);
  if (!row) throw new Error('the record summary statement returned no row');
  const input: SummaryInput = {
    today,
    assessments: row.latest_assessment ? [row.latest_assessment] : [],
    responses: row.responses,
    checkIns: row.check_ins,
    sessions: row.sessions,
    plans: row.plans,
    flares: row.open_flare ? [row.open_flare] : [],
    medications: row.medications,
    settings: row.settings,
  };
  const clearance = row.clearance_assessment;
  return {
    patient: {
      id: patient.id,
      displayName: row.header?.displayName ?? '',
      clinicName: row.header?.clinicName ?? '',
      triage: { priority: row.triage_priority ?? 99, reasons: row.triage_reasons ?? [] },
    },
    ...summariseRecord(input),
    redFlag: {
      active: (await factsToday(tx, patient, row, today)).redFlag,
      assessmentId: clearance?.id ?? null,
      clearance: clearance?.clearedAt
        ? {
            assessmentId: clearance.id,
            clearedAt: clearance.clearedAt,
            clearedOn: clearance.clearedAt.slice(0, 10),
            clearedBy: clearance.clearedBy,
            reason: clearance.reason,
            findings: clearance.findings,
          }
        : null,
    },
  };
}
