import { daysBetween, weekdayOf } from '@backplan/clinical/careplan/calendar';
import { getExercise } from '@backplan/clinical/exercise/catalogue/index';
import { describeDose } from '@backplan/clinical/exercise/dose';
import { buildFlareSession } from '@backplan/clinical/exercise/flare';
import type { ExerciseSession } from '@backplan/clinical/exercise/programme-types';
import { planDailySelfManagement } from '@backplan/clinical/self-management/index';
import { type CarePlanRow, carePlanOn, stepText, storedProgramme } from './care-plan';
import { flareView, openFlare } from './flares';
import { measuresDueOn } from './measures-due';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { patientCards } from './patient-cards';
import { urgentAction } from './patient-messages';
import { GOAL_REVIEW_TITLE, type Lang, langOf } from './spanish';
import { readTodayLookups, type TodayLookups } from './today-lookups';

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

/** The day's self-management items from the clinical scheduler, with what is done already. */
function selfManagementFor(
  done: TodayLookups['selfManagementDone'],
  date: string,
  exerciseMinutes: number,
  careStart: string,
  lang: Lang,
) {
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

function sessionFor(plan: CarePlanRow, date: string, inFlare: boolean, loggedSessionId: string | null) {
  const programme = storedProgramme(plan);
  if (!programme) return null;
  const session = inFlare ? buildFlareSession(programme.session, programme.restrictions) : programme.session;
  const isSessionDay = inFlare || programme.sessionDays.includes(weekdayOf(date));
  return {
    isSessionDay,
    flareSet: inFlare,
    estimatedMinutes: session.estimatedMinutes,
    exercises: session.items.map(exerciseView),
    safetyChecks: programme.safetyChecks.map((c) => ({ id: c.id, question: c.question, ifYes: c.ifYes })),
    loggedSessionId,
  };
}

export async function today(request: PatientRequest, query: { date?: string }) {
  const now = request.ctx.clock();
  return own(request, 'read', 'today', async (tx, patient) => {
    const lang = langOf(request.principal.language);
    const localToday = patientToday(patient, now);
    const date = query.date ?? localToday;
    checkRecentDay(date, localToday, 'querystring.date');
    // Every small fact in one statement (today-lookups.ts); the plan, the flare and the engine's
    // state are read whole, as the other screens read them.
    const lookups = await readTodayLookups(tx, patient, date);
    const action = lookups.redFlagAction;
    const urgent = action === 'emergency' || action === 'urgent' ? urgentAction(action, lang) : null;
    const plan = await carePlanOn(tx, patient, date);
    const flare = await openFlare(tx, patient);
    const inFlare = flare !== undefined && flare.startedOn <= date;
    // A red flag stops exercise until a clinician has seen the patient (clinical.md §4.1).
    const session = plan && !urgent ? sessionFor(plan, date, inFlare, lookups.loggedSessionId) : null;
    const careStart = lookups.careStart;
    const selfManagement =
      plan && careStart
        ? selfManagementFor(
            lookups.selfManagementDone,
            date,
            session?.isSessionDay ? session.estimatedMinutes : 0,
            careStart,
            lang,
          )
        : [];
    const step = plan
      ? {
          step: plan.step,
          ...stepText(plan.step, lang),
          cards: await patientCards(tx, patient, date),
        }
      : null;
    const measures =
      plan && careStart && careStart <= date
        ? measuresDueOn({
            day: date,
            careStartedOn: careStart,
            answered: lookups.answered,
            lastReassessmentOn: lookups.lastReassessmentOn,
            lang,
          })
        : [];
    return {
      date,
      hasPlan: session !== null,
      urgentAction: urgent,
      carePlanVersion: plan?.version ?? null,
      session,
      selfManagement,
      checkInDone: lookups.checkInDone,
      weeklySafetyQuestionDue: !lookups.weeklyAnswered,
      measuresDue: measures,
      flare: flare && inFlare ? flareView(flare, date) : null,
      step,
      nextMorningQuestion: lookups.waitingSession
        ? { sessionId: lookups.waitingSession.id, day: lookups.waitingSession.day }
        : null,
    };
  });
}
