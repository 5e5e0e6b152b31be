import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { assessments, memberships, organisations, patientSummaries, patients, users } from '../../db/schema';
import { patientScope } from '../audit/patient-scope';
import type { Principal } from '../auth/principal';

/**
 * SQL for the triage panel. It reads only `patient_summaries` (the rollup the
 * patient side keeps current on every write), `patients`, `users` and the one
 * latest assessment row per patient shown, through indexes: never the diary
 * (docs/performance.md). Every patient has a summary row from creation on
 * (drizzle/0008): priority 99, stale since the patient was created, until the
 * rollup first computes it.
 */

export const NO_TRIAGE_PRIORITY = 99;

/**
 * The triage reasons of issue #8 as filter names. The rollup stores each
 * reason as a sentence; the priority says which kind it is (1 red flag or
 * self-harm … 7 messages), and unread messages are counted on their own so a
 * red-flag patient with a new message still shows under "messages".
 */
export const TRIAGE_REASON_PRIORITY = {
  'red-flag-or-self-harm': 1,
  worsening: 2,
  'long-flare': 3,
  'not-improving': 4,
  'not-doing-it': 5,
  'reassessment-due': 6,
  messages: 7,
  none: NO_TRIAGE_PRIORITY,
} as const;
export type TriageReason = keyof typeof TRIAGE_REASON_PRIORITY;
export const TRIAGE_REASONS = Object.keys(TRIAGE_REASON_PRIORITY) as [TriageReason, ...TriageReason[]];

export interface PanelFilters {
  readonly priority?: number;
  readonly reason?: TriageReason;
  readonly step?: number;
  readonly phenotype?: string;
  readonly riskGroup?: string;
  readonly search?: string;
}

/** Where the previous page ended, in the panel's order (priority, staleness, id). */
export interface PanelCursor {
  readonly priority: number;
  readonly since: string;
  readonly patientId: string;
}

/** Every patient has a summary row (created with the patient), so the order is the summaries index's. */
const priority = patientSummaries.triagePriority;
/** Staleness: the summary that has gone longest without an update comes first within a priority. */
const since = patientSummaries.updatedAt;

/** The latest assessment's field, for the phenotype and risk-group filters (evaluated only when one is set). */
const latestAssessmentField = (field: 'phenotype' | 'riskGroup') =>
  sql<string | null>`(SELECT ${assessments.result} ->> ${field} FROM ${assessments}
    WHERE ${assessments.orgId} = ${patientSummaries.orgId} AND ${assessments.patientId} = ${patientSummaries.patientId}
    ORDER BY ${assessments.assessedOn} DESC, ${assessments.createdAt} DESC LIMIT 1)`;

const phenotype = latestAssessmentField('phenotype');
const riskGroup = latestAssessmentField('riskGroup');

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(filters: PanelFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.priority !== undefined) conditions.push(sql`${priority} = ${filters.priority}`);
  if (filters.reason === 'messages') conditions.push(sql`${patientSummaries.unreadFromPatient} > 0`);
  else if (filters.reason !== undefined)
    conditions.push(sql`${priority} = ${TRIAGE_REASON_PRIORITY[filters.reason]}`);
  if (filters.step !== undefined) conditions.push(eq(patientSummaries.step, filters.step));
  if (filters.phenotype !== undefined) conditions.push(sql`${phenotype} = ${filters.phenotype}`);
  if (filters.riskGroup !== undefined) conditions.push(sql`${riskGroup} = ${filters.riskGroup}`);
  if (filters.search !== undefined && filters.search.length > 0)
    conditions.push(sql`${users.displayName} ILIKE ${likePattern(filters.search)}`);
  return conditions;
}

/**
 * One page of the panel. For each clinic the principal is a clinician of
 * (checked now), the page is read by walking patient_summaries_triage_idx
 * (org_id, triage_priority, updated_at, patient_id) from the cursor and
 * stopping after `limit` rows that pass the scope and filters; the clinics'
 * pages are then merged in the same order. No sort of the whole clinic, and
 * the latest assessment is read once per row shown (docs/performance.md).
 */
export async function panelPage(
  db: Executor,
  principal: Principal,
  filters: PanelFilters,
  cursor: PanelCursor | null,
  limit: number,
) {
  const staff = alias(memberships, 'staff');
  const after = cursor
    ? sql`(${priority}, ${since}, ${patientSummaries.patientId}) > (${cursor.priority}, ${cursor.since}::timestamptz, ${cursor.patientId}::uuid)`
    : undefined;
  const clinicPage = db
    .select({
      orgId: patientSummaries.orgId,
      patientId: patientSummaries.patientId,
      displayName: users.displayName,
      priority: patientSummaries.triagePriority,
      updatedAt: patientSummaries.updatedAt,
      reasons: patientSummaries.triageReasons,
      step: patientSummaries.step,
      stepStartedOn: patientSummaries.stepStartedOn,
      painBaseline: patientSummaries.painBaseline,
      pain7dMean: patientSummaries.pain7dMean,
      adherence14d: patientSummaries.adherence14d,
      lastCheckInDay: patientSummaries.lastCheckInDay,
      flareStartedOn: patientSummaries.flareStartedOn,
      nextReassessmentOn: patientSummaries.nextReassessmentOn,
      unreadFromPatient: patientSummaries.unreadFromPatient,
    })
    .from(patientSummaries)
    .innerJoin(
      patients,
      and(eq(patients.orgId, patientSummaries.orgId), eq(patients.id, patientSummaries.patientId)),
    )
    .innerJoin(users, eq(users.id, patients.userId))
    .where(
      and(
        sql`${patientSummaries.orgId} = ${staff.orgId}`,
        patientScope(principal),
        ...filterConditions(filters),
        after,
      ),
    )
    .orderBy(priority, since, patientSummaries.patientId)
    .limit(limit)
    .as('clinic_page');
  const latest = db
    .select({
      phenotype: sql<string | null>`${assessments.result} ->> 'phenotype'`.as('phenotype'),
      riskGroup: sql<string | null>`${assessments.result} ->> 'riskGroup'`.as('risk_group'),
    })
    .from(assessments)
    .where(and(eq(assessments.orgId, clinicPage.orgId), eq(assessments.patientId, clinicPage.patientId)))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt))
    .limit(1)
    .as('latest_assessment');
  return db
    .select({
      patientId: clinicPage.patientId,
      orgId: clinicPage.orgId,
      clinicName: organisations.name,
      displayName: clinicPage.displayName,
      priority: clinicPage.priority,
      since: sql<string>`to_char(${clinicPage.updatedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      reasons: clinicPage.reasons,
      step: clinicPage.step,
      stepStartedOn: clinicPage.stepStartedOn,
      painBaseline: clinicPage.painBaseline,
      pain7dMean: clinicPage.pain7dMean,
      adherence14d: clinicPage.adherence14d,
      lastCheckInDay: clinicPage.lastCheckInDay,
      flareStartedOn: clinicPage.flareStartedOn,
      nextReassessmentOn: clinicPage.nextReassessmentOn,
      unreadFromPatient: clinicPage.unreadFromPatient,
      phenotype: latest.phenotype,
      riskGroup: latest.riskGroup,
    })
    .from(staff)
    .innerJoinLateral(clinicPage, sql`true`)
    .innerJoin(organisations, eq(organisations.id, staff.orgId))
    .leftJoinLateral(latest, sql`true`)
    .where(and(eq(staff.userId, principal.userId), eq(staff.role, 'clinician')))
    .orderBy(clinicPage.priority, clinicPage.updatedAt, clinicPage.patientId)
    .limit(limit);
}

export type PanelRow = Awaited<ReturnType<typeof panelPage>>[number];
