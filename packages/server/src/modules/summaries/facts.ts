import { addDays, daysBetween } from '@backplan/clinical/careplan/calendar';
import { PHQ9_SELF_HARM_ITEM_ID } from '@backplan/clinical/instruments/index';
import {
  classifyMeaningfulChange,
  computeAdherence,
  rollingSevenDayMeanPain,
} from '@backplan/clinical/outcomes/index';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { isoInstantSql } from '../../db/sql-text';
import { emergencyFeaturesInDraft } from './intake-draft-flags';
import { mostSeriousRedFlag } from './red-flags';
import type { TriageFacts } from './triage';
import {
  ADHERENCE_WINDOW_DAYS,
  adherenceRecords,
  CHECK_IN_WINDOW_DAYS,
  REASSESSMENT_EARLY_DAYS,
  REVIEW_WEEKS,
  type StoredFlareLogEntry,
  sessionDaysOf,
} from './windows';

/**
 * Gathers the triage facts for one patient: the last 28 days of check-ins, the
 * latest assessment and PHQ-9, the open flare, the current care-plan version,
 * 14 days of session logs, unread messages and the reassessment schedule.
 */

interface AssessmentResultShape {
  baseline?: { painNrs?: number; peg?: number };
  programmeEligibility?: { eligible?: boolean; requiredAction?: string | null };
  mood?: { phq9Item9?: number | null; selfHarmSafetyFlag?: boolean };
}

export {
  ADHERENCE_WINDOW_DAYS,
  adherenceRecords,
  CHECK_IN_WINDOW_DAYS,
  REASSESSMENT_EARLY_DAYS,
  REVIEW_WEEKS,
  sessionDaysOf,
};

export interface SummaryFacts extends TriageFacts {
  readonly lastCheckInDay: string | null;
  readonly step: number | null;
  readonly stepStartedOn: string | null;
  readonly nextReassessmentOn: string | null;
}

/** The rows gatherFacts reads, as one JSON object from one statement (see loadFactRows). */
export interface FactRows {
  readonly recentCheckIns: readonly {
    day: string;
    pain: number;
    bbs: boolean | null;
    /** When the check-in was stored (ISO instant, UTC, milliseconds). */
    storedAt: string;
  }[];
  readonly lastCheckInDay: string | null;
  readonly latestAssessment: {
    kind: 'intake' | 'reassessment';
    assessedOn: string;
    cleared: boolean;
    result: unknown;
  } | null;
  readonly latestIntakeResult: unknown;
  /** When the latest clinician clearance on any assessment was recorded (ISO instant, UTC, milliseconds). */
  readonly clearedAt: string | null;
  readonly latestPhq9: { answeredOn: string; answers: unknown } | null;
  readonly openFlare: { startedOn: string; log: unknown } | null;
  readonly recentFlares: readonly { startedOn: string; endedOn: string | null }[];
  readonly plan: { step: number; stepStartedOn: string; programme: unknown } | null;
  readonly careStartOn: string | null;
  readonly logs: readonly { day: string; completed: boolean }[];
  readonly unreadFromPatient: number;
  /** The UTC calendar day of the latest care decision. */
  readonly lastDecisionOn: string | null;
  readonly lastReassessmentOn: string | null;
  readonly draft: { answers: unknown; savedOn: string } | null;
  /**
   * The first day after the read's day on which a dated row (an assessment, a PHQ-9, a care
   * plan, a flare) takes effect, or null: until then the rows hold for later days too (rowsOnDay).
   */
  readonly nextDatedChange: string | null;
}

// Only the parts of the JSON documents the triage reads are sent (a plan's programme or an
// assessment's result runs to kilobytes); the item id is our own constant, checked here, because it is written into the SQL text.
if (!/^[a-z0-9-]+$/.test(PHQ9_SELF_HARM_ITEM_ID)) throw new Error('PHQ-9 item id must be a plain key');

/** A PHQ-9's answers (a jsonb expression) cut down to item 9, the only one the triage and the engine read. */
export const phq9SelfHarmAnswerJson = (answers: string): string =>
  `json_build_object('${PHQ9_SELF_HARM_ITEM_ID}', ${answers} -> '${PHQ9_SELF_HARM_ITEM_ID}')`;

/**
 * Every triage input of one patient as ONE JSON object, for ONE statement:
 * each part is an indexed look-up or a short range (the last 28 days of
 * check-ins, 14 days of session logs, the latest assessment…) as a scalar
 * subquery. One round trip instead of fourteen keeps the check-in write cheap
 * under an evening reminder's burst (issue #11, docs/performance.md). Days of
 * timestamps are taken in UTC. The check-in and session-log windows have no
 * upper end (factsFromRows stops them at today), so the rows read for one day
 * still hold on a later one (rowsOnDay). Parameters: $1 org, $2 patient, $3 today,
 * $4 first day of the check-in window, $5 first day of the adherence window;
 * `me` is the row TRIAGE_FACTS_FROM makes of them.
 */
export const TRIAGE_FACTS_JSON = `json_build_object(
      'recentCheckIns', (SELECT coalesce(json_agg(json_build_object('day', c.day, 'pain', c.pain,
            'bbs', c.new_bladder_bowel_saddle_symptoms,
            'storedAt', ${isoInstantSql('c.updated_at')})
            ORDER BY c.day), '[]'::json)
          FROM check_ins c WHERE c.org_id = me.org_id AND c.patient_id = me.patient_id
            AND c.day >= $4::date),
      'lastCheckInDay', (SELECT max(c.day) FROM check_ins c
          WHERE c.org_id = me.org_id AND c.patient_id = me.patient_id AND c.day <= me.today),
      'latestAssessment', (SELECT json_build_object('kind', a.kind, 'assessedOn', a.assessed_on,
            'cleared', a.cleared_at IS NOT NULL,
            'result', json_build_object('programmeEligibility', a.result -> 'programmeEligibility',
              'mood', a.result -> 'mood'))
          FROM assessments a WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id
            AND a.assessed_on <= me.today
          ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1),
      'latestIntakeResult', (SELECT json_build_object('baseline', a.result -> 'baseline') FROM assessments a
          WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id AND a.kind = 'intake'
            AND a.assessed_on <= me.today
          ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1),
      'clearedAt', (SELECT ${isoInstantSql('max(a.cleared_at)')}
          FROM assessments a WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id),
      'latestPhq9', (SELECT json_build_object('answeredOn', r.answered_on, 'answers',
            ${phq9SelfHarmAnswerJson('r.answers')})
          FROM instrument_responses r WHERE r.org_id = me.org_id AND r.patient_id = me.patient_id
            AND r.instrument_id = 'phq-9' AND r.answered_on <= me.today
          ORDER BY r.answered_on DESC, r.created_at DESC LIMIT 1),
      'openFlare', (SELECT json_build_object('startedOn', f.started_on, 'log', f.log)
          FROM flare_episodes f WHERE f.org_id = me.org_id AND f.patient_id = me.patient_id
            AND f.ended_on IS NULL
          ORDER BY f.started_on DESC LIMIT 1),
      'recentFlares', (SELECT coalesce(json_agg(json_build_object('startedOn', f.started_on,
            'endedOn', f.ended_on)), '[]'::json)
          FROM (SELECT started_on, ended_on FROM flare_episodes
                WHERE org_id = me.org_id AND patient_id = me.patient_id AND started_on <= me.today
                ORDER BY started_on DESC LIMIT 10) f),
      'plan', (SELECT json_build_object('step', p.step, 'stepStartedOn', p.step_started_on,
            'programme', json_build_object('sessionDays', p.programme -> 'sessionDays'))
          FROM care_plans p WHERE p.org_id = me.org_id AND p.patient_id = me.patient_id
            AND p.effective_from <= me.today
          ORDER BY p.version DESC LIMIT 1),
      'careStartOn', (SELECT min(p.effective_from) FROM care_plans p
          WHERE p.org_id = me.org_id AND p.patient_id = me.patient_id),
      'logs', (SELECT coalesce(json_agg(json_build_object('day', l.day, 'completed', l.completed)
            ORDER BY l.day), '[]'::json)
          FROM session_logs l WHERE l.org_id = me.org_id AND l.patient_id = me.patient_id
            AND l.day >= $5::date),
      'unreadFromPatient', (SELECT count(*) FROM messages m
          WHERE m.org_id = me.org_id AND m.patient_id = me.patient_id AND m.from_patient AND m.read_at IS NULL),
      'lastDecisionOn', (SELECT to_char(max(d.decided_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM care_decisions d
          WHERE d.org_id = me.org_id AND d.patient_id = me.patient_id),
      'lastReassessmentOn', (SELECT max(a.assessed_on) FROM assessments a
          WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id AND a.kind = 'reassessment'
            AND a.assessed_on <= me.today),
      'draft', (SELECT json_build_object('answers', i.answers,
            'savedOn', to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
          FROM intake_drafts i WHERE i.org_id = me.org_id AND i.patient_id = me.patient_id),
      'nextDatedChange', (SELECT min(d) FROM (
          SELECT min(a.assessed_on) AS d FROM assessments a
            WHERE a.org_id = me.org_id AND a.patient_id = me.patient_id AND a.assessed_on > me.today
          UNION ALL SELECT min(r.answered_on) FROM instrument_responses r
            WHERE r.org_id = me.org_id AND r.patient_id = me.patient_id AND r.instrument_id = 'phq-9'
              AND r.answered_on > me.today
          UNION ALL SELECT min(p.effective_from) FROM care_plans p
            WHERE p.org_id = me.org_id AND p.patient_id = me.patient_id AND p.effective_from > me.today
          UNION ALL SELECT min(f.started_on) FROM flare_episodes f
            WHERE f.org_id = me.org_id AND f.patient_id = me.patient_id AND f.started_on > me.today) AS dated)
    )`;

export const TRIAGE_FACTS_FROM =
  'FROM (SELECT $1::uuid AS org_id, $2::uuid AS patient_id, $3::date AS today) AS me';

const TRIAGE_FACTS: NamedStatement = {
  name: 'triage_facts',
  text: `SELECT ${TRIAGE_FACTS_JSON} AS facts ${TRIAGE_FACTS_FROM}`,
};

/** The values of $1…$5 of TRIAGE_FACTS_JSON. */
export function triageFactsParams(orgId: string, patientId: string, today: string) {
  return [
    orgId,
    patientId,
    today,
    addDays(today, -(CHECK_IN_WINDOW_DAYS - 1)),
    addDays(today, -(ADHERENCE_WINDOW_DAYS - 1)),
  ] as const;
}

export async function loadFactRows(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<FactRows> {
  const [row] = await runNamed<{ facts: FactRows }>(
    tx,
    TRIAGE_FACTS,
    triageFactsParams(orgId, patientId, today),
  );
  if (!row) throw new Error('the triage facts query returned no row');
  return row.facts;
}

/** The fact rows a summary row keeps, the day they were read for, and the row's version (xmin). */
export interface StoredFactRows {
  readonly factRows: FactRows | null;
  readonly factsDay: string | null;
  readonly version: string;
}

/**
 * The stored fact rows as columns over `patient_summaries` aliased `ps`:
 * `xmin` changes on every write of the row, so a writer can check that the row
 * is still the version it computed from (patient-app/check-ins.ts).
 */
export const STORED_FACT_ROWS_COLUMNS =
  'ps.fact_rows AS stored_fact_rows, ps.facts_day::text AS stored_facts_day, ps.xmin::text AS stored_version';

/** A row with STORED_FACT_ROWS_COLUMNS, as node-postgres returns it. */
export interface StoredFactRowsColumns {
  readonly stored_fact_rows: FactRows | null;
  readonly stored_facts_day: string | null;
  readonly stored_version: string | null;
}

export function storedFactRowsOf(row: StoredFactRowsColumns): StoredFactRows | null {
  if (row.stored_version === null) return null;
  return { factRows: row.stored_fact_rows, factsDay: row.stored_facts_day, version: row.stored_version };
}

/**
 * The rows read for `readOn`, as they stand on `today` (a later day), when no
 * write came between: the windows slide forward and nothing else moves unless
 * a dated row (an assessment, a PHQ-9, a plan, a flare) takes effect in
 * between. Null when the rows cannot say: `today` is earlier than `readOn`, or
 * `nextDatedChange` has come. The summary row keeps the rows of its last
 * refresh, so a check-in adds itself to them (withNewCheckIn) instead of
 * reading the record again (issue #11); a test compares the result with a
 * fresh read on every day.
 */
export function rowsOnDay(rows: FactRows, readOn: string, today: string): FactRows | null {
  if (today < readOn) return null;
  if (rows.nextDatedChange !== null && rows.nextDatedChange <= today) return null;
  if (today === readOn) return rows;
  const checkInsFrom = addDays(today, -(CHECK_IN_WINDOW_DAYS - 1));
  const logsFrom = addDays(today, -(ADHERENCE_WINDOW_DAYS - 1));
  return {
    ...rows,
    recentCheckIns: rows.recentCheckIns.filter((c) => c.day >= checkInsFrom),
    lastCheckInDay: latestDay(rows.lastCheckInDay, rows.recentCheckIns, today),
    logs: rows.logs.filter((l) => l.day >= logsFrom),
  };
}

/** The latest of `known` and the check-in days on or before `today`. */
function latestDay(
  known: string | null,
  checkIns: readonly { readonly day: string }[],
  today: string,
): string | null {
  let latest = known;
  for (const { day } of checkIns) {
    if (day <= today && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/**
 * The fact rows for `today` once a NEW check-in (no row for its day existed)
 * is added, exactly as a fresh read after its insert would return them.
 */
export function withNewCheckIn(
  rows: FactRows,
  checkIn: FactRows['recentCheckIns'][number],
  today: string,
): FactRows {
  const windowStart = addDays(today, -(CHECK_IN_WINDOW_DAYS - 1));
  if (checkIn.day < windowStart) {
    return { ...rows, lastCheckInDay: latestDay(rows.lastCheckInDay, [checkIn], today) };
  }
  const recentCheckIns = [...rows.recentCheckIns, checkIn].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
  return { ...rows, recentCheckIns, lastCheckInDay: latestDay(rows.lastCheckInDay, [checkIn], today) };
}

export async function gatherFacts(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<SummaryFacts> {
  return factsFromRows(await loadFactRows(tx, orgId, patientId, today), today);
}

/** The triage facts from the rows: pure. */
export function factsFromRows(rows: FactRows, today: string): SummaryFacts {
  const adherenceFrom = addDays(today, -(ADHERENCE_WINDOW_DAYS - 1));
  const { latestAssessment, latestPhq9, openFlare, recentFlares, plan, logs, draft } = rows;
  // The windows are read without an upper end (so stored rows hold on later days): stop them at today.
  const recentCheckIns = rows.recentCheckIns.filter((c) => c.day <= today);
  // The UTC calendar day of the latest clearance (clearedAt is an ISO instant in UTC).
  const clearedOn = rows.clearedAt?.slice(0, 10) ?? null;

  const result = (latestAssessment?.result ?? {}) as AssessmentResultShape;
  const redFlag = mostSeriousRedFlag({
    assessment: latestAssessment
      ? {
          kind: latestAssessment.kind,
          assessedOn: latestAssessment.assessedOn,
          cleared: latestAssessment.cleared,
          eligible: result.programmeEligibility?.eligible !== false,
          requiredAction: result.programmeEligibility?.requiredAction ?? null,
        }
      : null,
    clearedOn,
    clearedAt: rows.clearedAt,
    checkIns: recentCheckIns.map((c) => ({
      day: c.day,
      newBladderBowelSaddleSymptoms: c.bbs,
      recordedAt: c.storedAt,
    })),
    openFlareLog: (openFlare?.log ?? []) as StoredFlareLogEntry[],
    intakeDraft: draft
      ? {
          savedOn: draft.savedOn,
          emergencyFeatures: emergencyFeaturesInDraft((draft.answers ?? {}) as Record<string, unknown>),
        }
      : null,
  });

  // PHQ-9 item 9: the most recent answer wins, from a questionnaire or the assessment.
  const fromQuestionnaire = latestPhq9
    ? {
        on: latestPhq9.answeredOn,
        item9: Number((latestPhq9.answers as Record<string, unknown>)[PHQ9_SELF_HARM_ITEM_ID] ?? 0),
      }
    : null;
  const assessmentItem9 = result.mood?.phq9Item9;
  const fromAssessment =
    latestAssessment && typeof assessmentItem9 === 'number'
      ? { on: latestAssessment.assessedOn, item9: assessmentItem9 }
      : null;
  const latestItem9 = [fromQuestionnaire, fromAssessment]
    .filter((x): x is { on: string; item9: number } => x !== null)
    .sort((a, b) => b.on.localeCompare(a.on))[0];

  const diary = recentCheckIns.map((c) => ({ date: c.day, pain: c.pain }));
  const mean7d = rollingSevenDayMeanPain(diary, today);
  const intakeResult = (rows.latestIntakeResult ?? {}) as AssessmentResultShape;
  const baseline = intakeResult.baseline?.painNrs ?? intakeResult.baseline?.peg ?? null;
  const category =
    baseline !== null && mean7d !== null ? classifyMeaningfulChange('pain', baseline, mean7d).category : null;

  const inFlare = (day: string) =>
    recentFlares.some((f) => f.startedOn <= day && (f.endedOn === null || day <= f.endedOn));
  const planStart = rows.careStartOn;
  const from = planStart && planStart > adherenceFrom ? planStart : adherenceFrom;
  const records = plan
    ? adherenceRecords({
        from,
        to: today,
        sessionDays: sessionDaysOf(plan.programme),
        doneDays: new Set(logs.filter((l) => l.completed).map((l) => l.day)),
        flareDays: inFlare,
        today,
      })
    : [];
  const summary = computeAdherence(records, from, today);

  let decisionPoint: TriageFacts['decisionPoint'] = null;
  if (plan) {
    const daysInStep = daysBetween(plan.stepStartedOn, today);
    const pointDay = daysInStep >= 84 ? 84 : daysInStep >= 42 ? 42 : null;
    const decided = rows.lastDecisionOn;
    if (pointDay !== null && (decided === null || decided < addDays(plan.stepStartedOn, pointDay))) {
      decisionPoint = pointDay === 84 ? 'week-12 decision' : 'week-6 check';
    }
  }

  let nextReassessment: { week: 6 | 12; on: string } | null = null;
  if (planStart) {
    for (const week of REVIEW_WEEKS) {
      const on = addDays(planStart, week * 7);
      const done =
        rows.lastReassessmentOn !== null && rows.lastReassessmentOn >= addDays(on, -REASSESSMENT_EARLY_DAYS);
      if (!done) {
        nextReassessment = { week, on };
        break;
      }
    }
  }

  return {
    redFlag,
    selfHarmFlag: (latestItem9?.item9 ?? 0) > 0,
    pain: { baseline, mean7d, category },
    flareDays: openFlare ? Math.max(0, daysBetween(openFlare.startedOn, today)) : null,
    flareStartedOn: openFlare?.startedOn ?? null,
    decisionPoint,
    adherence: { planned: summary.prescribed, done: summary.completed, rate: summary.rate },
    reassessmentDue: nextReassessment && nextReassessment.on <= today ? nextReassessment : null,
    unreadFromPatient: rows.unreadFromPatient,
    lastCheckInDay: rows.lastCheckInDay,
    step: plan?.step ?? null,
    stepStartedOn: plan?.stepStartedOn ?? null,
    nextReassessmentOn: nextReassessment?.on ?? null,
  };
}
