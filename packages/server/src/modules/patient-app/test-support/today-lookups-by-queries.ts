import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, desc, eq, gte, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import {
  type assessments,
  checkIns,
  type instrumentResponses,
  patientSummaries,
  selfManagementLog,
  sessionLogs,
} from '../../../db/schema';
import type { PatientRecord } from '../../organisations/repository';
import { firstCarePlanStart } from '../care-plan';
import { recentAnswers } from '../measures-due';
import type { TodayLookups } from '../today-lookups';

/**
 * The test oracle for today-lookups.ts: the nine queries `/me/today` and
 * `measuresDue` made before they became one statement, kept as they were.
 */
export async function todayLookupsByQueries(
  tx: Executor,
  patient: PatientRecord,
  date: string,
): Promise<TodayLookups> {
  const mine = (
    table:
      | typeof sessionLogs
      | typeof checkIns
      | typeof selfManagementLog
      | typeof instrumentResponses
      | typeof assessments,
  ) => and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id));
  const [summary] = await tx
    .select({ redFlagAction: patientSummaries.redFlagAction })
    .from(patientSummaries)
    .where(and(eq(patientSummaries.orgId, patient.orgId), eq(patientSummaries.patientId, patient.id)))
    .limit(1);
  const [logged] = await tx
    .select({ id: sessionLogs.id })
    .from(sessionLogs)
    .where(and(mine(sessionLogs), eq(sessionLogs.day, date)))
    .orderBy(desc(sessionLogs.createdAt))
    .limit(1);
  const done = await tx
    .select({ day: selfManagementLog.day, kind: selfManagementLog.kind, itemId: selfManagementLog.itemId })
    .from(selfManagementLog)
    .where(and(mine(selfManagementLog), lte(selfManagementLog.day, date)))
    .orderBy(desc(selfManagementLog.day))
    .limit(500);
  const [checkIn] = await tx
    .select({ id: checkIns.id })
    .from(checkIns)
    .where(and(mine(checkIns), eq(checkIns.day, date)))
    .limit(1);
  const [weeklyAnswer] = await tx
    .select({ day: checkIns.day })
    .from(checkIns)
    .where(
      and(
        mine(checkIns),
        gte(checkIns.day, addDays(date, -6)),
        lt(checkIns.day, date),
        isNotNull(checkIns.newBladderBowelSaddleSymptoms),
      ),
    )
    .limit(1);
  const [waiting] = await tx
    .select({ id: sessionLogs.id, day: sessionLogs.day })
    .from(sessionLogs)
    .where(
      and(
        mine(sessionLogs),
        lt(sessionLogs.day, date),
        gte(sessionLogs.day, addDays(date, -3)),
        isNotNull(sessionLogs.maxPainDuring),
        isNull(sessionLogs.settledNextMorning),
      ),
    )
    .orderBy(desc(sessionLogs.day))
    .limit(1);
  const { answered, lastReassessmentOn } = await recentAnswers(tx, patient, date);
  return {
    redFlagAction: summary?.redFlagAction ?? null,
    careStart: await firstCarePlanStart(tx, patient),
    loggedSessionId: logged?.id ?? null,
    selfManagementDone: done,
    checkInDone: checkIn !== undefined,
    weeklyAnswered: weeklyAnswer !== undefined,
    waitingSession: waiting ?? null,
    answered,
    lastReassessmentOn,
  };
}
