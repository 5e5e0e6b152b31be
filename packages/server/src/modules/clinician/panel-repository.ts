import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessments, organisations, patientSummaries, patients, users } from '../../db/schema';
import { patientScope } from '../audit/patient-scope';
import type { Principal } from '../auth/principal';

/**
 * SQL for the triage panel. It reads only `patient_summaries` (the rollup the
 * patient side keeps current on every write), `patients`, `users` and the one
 * latest assessment row per patient shown, through indexes: never the diary
 * (docs/performance.md). A patient without a summary row yet sorts as 99.
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

const priority = sql<number>`coalesce(${patientSummaries.triagePriority}, ${NO_TRIAGE_PRIORITY})`;
/** Staleness: the summary that has gone longest without an update comes first within a priority. */
const since = sql<string>`coalesce(${patientSummaries.updatedAt}, ${patients.createdAt})`;

const latestAssessmentField = (field: 'phenotype' | 'riskGroup') =>
  sql<string | null>`(SELECT ${assessments.result} ->> ${field} FROM ${assessments}
    WHERE ${assessments.orgId} = ${patients.orgId} AND ${assessments.patientId} = ${patients.id}
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

export async function panelPage(
  db: Executor,
  principal: Principal,
  filters: PanelFilters,
  cursor: PanelCursor | null,
  limit: number,
) {
  const after = cursor
    ? sql`(${priority}, ${since}, ${patients.id}) > (${cursor.priority}, ${cursor.since}::timestamptz, ${cursor.patientId}::uuid)`
    : undefined;
  return db
    .select({
      patientId: patients.id,
      orgId: patients.orgId,
      clinicName: organisations.name,
      displayName: users.displayName,
      priority,
      since: sql<string>`to_char(${since} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
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
      phenotype,
      riskGroup,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .innerJoin(organisations, eq(organisations.id, patients.orgId))
    .leftJoin(
      patientSummaries,
      and(eq(patientSummaries.orgId, patients.orgId), eq(patientSummaries.patientId, patients.id)),
    )
    .where(and(patientScope(principal), ...filterConditions(filters), after))
    .orderBy(priority, since, patients.id)
    .limit(limit);
}

export type PanelRow = Awaited<ReturnType<typeof panelPage>>[number];
