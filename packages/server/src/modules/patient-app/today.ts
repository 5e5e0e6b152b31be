import { addDays, daysBetween, weekdayOf } from '@backplan/clinical/careplan/calendar';
import { getExercise } from '@backplan/clinical/exercise/catalogue/index';
import { describeDose } from '@backplan/clinical/exercise/dose';
import { buildFlareSession } from '@backplan/clinical/exercise/flare';
import type { ExerciseSession } from '@backplan/clinical/exercise/programme-types';
import { planDailySelfManagement } from '@backplan/clinical/self-management/index';
import { and, desc, eq, gte, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type carePlans, checkIns, patientSummaries, selfManagementLog, sessionLogs } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { type CarePlanRow, carePlanOn, firstCarePlanStart, stepText, storedProgramme } from './care-plan';
import { flareView, openFlare } from './flares';
import { measuresDue } from './measures-due';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { patientCards } from './patient-cards';
import { urgentAction } from './patient-messages';
import { GOAL_REVIEW_TITLE, type Lang, langOf } from './spanish';

/**
 * Everything the Today screen shows for one day, in one response the PWA can
 * cache for offline use: the session (or the flare set), the day's
 * self-management item from the clinical scheduler, check-in state, measures
 * due, the flare, and the current step with its patient-facing cards.
 */

export function exerciseView(item: ExerciseSession['items'][number]) {
  const exercise = getExercise(item.exerciseId);
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    role: item.role,
    purpose: exercise.purpose,
    dose: item.dose,
    doseText: describeDose(exercise, item.dose),
    eachSide: exercise.eachSide,
    steps: [...exercise.steps],
    cues: [...exercise.cues],
    stopIf: [...exercise.stopIf],
    estimatedMinutes: item.estimatedMinutes,
    illustrationUrl: `/api/v1/exercises/${encodeURIComponent(exercise.id)}/illustration.svg`,
  };
}

const mine = (
  table: typeof sessionLogs | typeof checkIns | typeof selfManagementLog | typeof carePlans,
  patient: PatientRecord,
) => and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id));

async function selfManagementFor(
  tx: Executor,
  patient: PatientRecord,
  date: string,
  exerciseMinutes: number,
  careStart: string,
  lang: Lang,
) {
  const done = await tx
    .select({ day: selfManagementLog.day, kind: selfManagementLog.kind, itemId: selfManagementLog.itemId })
    .from(selfManagementLog)
    .where(and(mine(selfManagementLog, patient), lte(selfManagementLog.day, date)))
    .orderBy(desc(selfManagementLog.day))
    .limit(500);
  const dayNumber = Math.max(0, daysBetween(careStart, date));
  const plan = planDailySelfManagement({
    exerciseMinutes,
    dayNumber,
    completedLessonIds: done
      .filter((d) => d.kind === 'lesson' && d.day < date && d.itemId)
      .map((d) => d.itemId as string),
    // The weekly goal review falls on the last day of each programme week.
    goalReviewDue: dayNumber % 7 === 6,
  });
  return plan.items.map((item) => {
    const itemId = item.kind === 'lesson' ? item.lessonId : item.kind === 'relaxation' ? item.scriptId : null;
    return {
      kind: item.kind,
      itemId,
      title: item.kind === 'goal-review' ? GOAL_REVIEW_TITLE[lang] : item.title,
      minutes: item.minutes,
      done: done.some((d) => d.day === date && d.kind === item.kind && d.itemId === itemId),
    };
  });
}

async function sessionFor(
  tx: Executor,
  patient: PatientRecord,
  plan: CarePlanRow,
  date: string,
  inFlare: boolean,
) {
  const programme = storedProgramme(plan);
  if (!programme) return null;
  const session = inFlare ? buildFlareSession(programme.session, programme.restrictions) : programme.session;
  const isSessionDay = inFlare || programme.sessionDays.includes(weekdayOf(date));
  const [logged] = await tx
    .select({ id: sessionLogs.id })
    .from(sessionLogs)
    .where(and(mine(sessionLogs, patient), eq(sessionLogs.day, date)))
    .orderBy(desc(sessionLogs.createdAt))
    .limit(1);
  return {
    isSessionDay,
    flareSet: inFlare,
    estimatedMinutes: session.estimatedMinutes,
    exercises: session.items.map(exerciseView),
    safetyChecks: programme.safetyChecks.map((c) => ({ id: c.id, question: c.question, ifYes: c.ifYes })),
    loggedSessionId: logged?.id ?? null,
  };
}

export async function today(request: PatientRequest, query: { date?: string }) {
  const now = request.ctx.clock();
  return own(request, 'read', 'today', async (tx, patient) => {
    const lang = langOf(request.principal.language);
    const localToday = patientToday(patient, now);
    const date = query.date ?? localToday;
    checkRecentDay(date, localToday, 'querystring.date');
    const [summary] = await tx
      .select({ redFlagAction: patientSummaries.redFlagAction })
      .from(patientSummaries)
      .where(and(eq(patientSummaries.orgId, patient.orgId), eq(patientSummaries.patientId, patient.id)))
      .limit(1);
    const action = summary?.redFlagAction;
    const urgent = action === 'emergency' || action === 'urgent' ? urgentAction(action, lang) : null;
    const plan = await carePlanOn(tx, patient, date);
    const flare = await openFlare(tx, patient);
    const inFlare = flare !== undefined && flare.startedOn <= date;
    // A red flag stops exercise until a clinician has seen the patient (clinical.md §4.1).
    const session = plan && !urgent ? await sessionFor(tx, patient, plan, date, inFlare) : null;
    const careStart = await firstCarePlanStart(tx, patient);
    const selfManagement =
      plan && careStart
        ? await selfManagementFor(
            tx,
            patient,
            date,
            session?.isSessionDay ? session.estimatedMinutes : 0,
            careStart,
            lang,
          )
        : [];
    const [checkIn] = await tx
      .select({ id: checkIns.id })
      .from(checkIns)
      .where(and(mine(checkIns, patient), eq(checkIns.day, date)))
      .limit(1);
    const [weeklyAnswer] = await tx
      .select({ day: checkIns.day })
      .from(checkIns)
      .where(
        and(
          mine(checkIns, patient),
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
          mine(sessionLogs, patient),
          lt(sessionLogs.day, date),
          gte(sessionLogs.day, addDays(date, -3)),
          isNotNull(sessionLogs.maxPainDuring),
          isNull(sessionLogs.settledNextMorning),
        ),
      )
      .orderBy(desc(sessionLogs.day))
      .limit(1);
    const step = plan
      ? {
          step: plan.step,
          ...stepText(plan.step, lang),
          cards: await patientCards(tx, patient, date),
        }
      : null;
    return {
      date,
      hasPlan: session !== null,
      urgentAction: urgent,
      carePlanVersion: plan?.version ?? null,
      session,
      selfManagement,
      checkInDone: checkIn !== undefined,
      weeklySafetyQuestionDue: weeklyAnswer === undefined,
      measuresDue: plan ? await measuresDue(tx, patient, date, lang, careStart) : [],
      flare: flare && inFlare ? flareView(flare, date) : null,
      step,
      nextMorningQuestion: waiting ? { sessionId: waiting.id, day: waiting.day } : null,
    };
  });
}
