import { addDays, daysBetween, weekdayOf } from '@backplan/clinical/careplan/calendar';
import {
  decideProgression,
  evaluateWeek,
  INITIAL_PROGRESSION_STATE,
  type ProgressionDecision,
  type SessionFeedback,
} from '@backplan/clinical/exercise/progression';
import { applyProgression } from '@backplan/clinical/exercise/progression-apply';
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { flareEpisodes, sessionLogs } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { carePlanOn, insertNextVersion, storedProgramme } from './care-plan';

/**
 * Weekly pain-guided progression (clinical.md §5.5 Silbernagel pain monitoring; §5.4 never
 * require zero pain). Weeks run Monday to Sunday. A week is judged once it is over and its
 * logs are in: every session has its next-morning answer, or two days have passed. The
 * state (broken weeks in a row) is derived by replaying the clinical rule over the weeks
 * of the current care-plan version, so nothing but the care plan itself is stored. When
 * the rule moves the dose, a new care-plan version starts today with a plain reason.
 */

/** Days after a week ends before it is judged even with next-morning answers missing. */
export const NEXT_MORNING_GRACE_DAYS = 2;

export function mondayOf(day: string): string {
  const offset = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(day));
  return addDays(day, -offset);
}

const REASONS: Record<Exclude<ProgressionDecision, 'hold'>, string> = {
  progress:
    'Your exercises moved up one step. Last week, pain during exercise stayed at 5 out of 10 or less and had settled by the next morning.',
  regress:
    'Your exercises moved back one step to make them easier. For two weeks, pain during exercise went above 5 out of 10, rose, or had not settled by the next morning.',
};

export interface PlanChange {
  readonly version: number;
  readonly decision: 'progress' | 'regress';
  readonly reason: string;
}

export async function applyWeeklyProgression(
  tx: Executor,
  patient: PatientRecord,
  today: string,
  createdBy: string,
): Promise<PlanChange | null> {
  const plan = await carePlanOn(tx, patient, today);
  const programme = plan ? storedProgramme(plan) : null;
  if (!plan || !programme) return null;
  const [openFlare] = await tx
    .select({ id: flareEpisodes.id })
    .from(flareEpisodes)
    .where(
      and(
        eq(flareEpisodes.orgId, patient.orgId),
        eq(flareEpisodes.patientId, patient.id),
        isNull(flareEpisodes.endedOn),
      ),
    )
    .limit(1);
  if (openFlare) return null; // no progression during a flare: the flare set is in force

  const firstMonday = mondayOf(plan.effectiveFrom);
  const lastMonday = addDays(mondayOf(today), -7);
  if (lastMonday < firstMonday) return null;
  const logs = await tx
    .select({
      day: sessionLogs.day,
      pain: sessionLogs.maxPainDuring,
      settled: sessionLogs.settledNextMorning,
    })
    .from(sessionLogs)
    .where(
      and(
        eq(sessionLogs.orgId, patient.orgId),
        eq(sessionLogs.patientId, patient.id),
        gte(sessionLogs.day, plan.effectiveFrom),
        lte(sessionLogs.day, addDays(lastMonday, 6)),
      ),
    )
    .orderBy(asc(sessionLogs.day));
  const feedback = (monday: string): SessionFeedback[] =>
    logs
      .filter((l) => l.day >= monday && l.day <= addDays(monday, 6) && l.pain !== null)
      .map((l) => ({ date: l.day, painDuring: l.pain ?? 0, settledNextMorning: l.settled }));

  const lastWeek = feedback(lastMonday);
  const logsIn =
    lastWeek.every((s) => s.settledNextMorning !== null) ||
    daysBetween(addDays(lastMonday, 6), today) >= NEXT_MORNING_GRACE_DAYS;
  if (!logsIn) return null;

  let state = INITIAL_PROGRESSION_STATE;
  let decision: ProgressionDecision = 'hold';
  let previous: SessionFeedback[] | null = null;
  for (let monday = firstMonday; monday <= lastMonday; monday = addDays(monday, 7)) {
    const week = feedback(monday);
    const step = decideProgression(state, evaluateWeek(week, previous).verdict);
    state = step.state;
    decision = step.decision;
    previous = week;
  }
  if (decision === 'hold') return null;
  const applied = applyProgression(programme.session, decision, {
    restrictions: programme.restrictions,
    minutesPerDay: programme.minutesPerDay,
  });
  if (applied.changes.length === 0) return null;
  const next = await insertNextVersion(tx, patient, plan, {
    effectiveFrom: today,
    programme: { ...programme, session: applied.session },
    reason: REASONS[decision],
    createdBy,
  });
  // Another request applied this week's change first: nothing more to do.
  if (!next) return null;
  return { version: next.version, decision, reason: REASONS[decision] };
}
