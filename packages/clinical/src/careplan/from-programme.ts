import type { IsoDate } from '../core/vocabulary';
import { getExercise } from '../exercise/catalogue/index';
import { describeDose } from '../exercise/dose';
import type { ExerciseSession, Programme } from '../exercise/programme-types';
import { createCarePlan, reviseCarePlanTask } from './plan';
import { CARE_PLAN_VALUE_KINDS, type CarePlan, type CarePlanTaskDefinition } from './types';

/**
 * Turns a generated programme into care-plan tasks:
 * - the exercise session on the programme's session days, which counts toward adherence;
 * - a daily check-in (pain, and whether pain after exercise settled by the next morning),
 *   which does not, because a diary is not an exercise (products.md §7);
 * - a self-management task every few days (a short lesson or relaxation practice), which
 *   does not count either.
 */
export const CARE_PLAN_TASK_IDS = {
  exerciseSession: 'exercise-session',
  checkIn: 'daily-check-in',
  selfManagement: 'self-management',
} as const;

export interface CarePlanFromProgrammeOptions {
  /** Days between self-management tasks (default 3). */
  readonly selfManagementEveryDays?: number;
  /** Time of day for reminders, HH:MM, or null for "any time" (default null). */
  readonly sessionTimeOfDay?: string | null;
}

/** Fields of the exercise-session task that depend on the session (used again after progression or a flare). */
export function exerciseSessionTaskContent(
  session: ExerciseSession,
): Pick<CarePlanTaskDefinition, 'instructions' | 'targetValues' | 'details'> {
  const lines = session.items.map((item) => {
    const exercise = getExercise(item.exerciseId);
    return `${exercise.name}: ${describeDose(exercise, item.dose)}`;
  });
  return {
    instructions: `About ${Math.round(session.estimatedMinutes)} minutes. ${lines.join('. ')}.`,
    targetValues: [
      { type: 'number', kind: CARE_PLAN_VALUE_KINDS.minutes, value: session.estimatedMinutes, units: 'min' },
    ],
    details: {
      items: session.items.map((item) => ({
        exerciseId: item.exerciseId,
        role: item.role,
        dose: item.dose,
        estimatedMinutes: item.estimatedMinutes,
      })),
      estimatedMinutes: session.estimatedMinutes,
    },
  };
}

export function carePlanTasksFromProgramme(
  programme: Programme,
  options: CarePlanFromProgrammeOptions = {},
): CarePlanTaskDefinition[] {
  const timeOfDay = options.sessionTimeOfDay ?? null;
  return [
    {
      taskId: CARE_PLAN_TASK_IDS.exerciseSession,
      kind: 'exercise-session',
      title: 'Exercise session',
      impactsAdherence: true,
      schedule: { kind: 'days-of-week', days: programme.sessionDays, timeOfDay },
      completion: 'outcome-exists',
      ...exerciseSessionTaskContent(programme.session),
    },
    {
      taskId: CARE_PLAN_TASK_IDS.checkIn,
      kind: 'check-in',
      title: 'Daily check-in',
      instructions:
        'Rate your pain today from 0 to 10. After an exercise day, say whether the pain had settled by this morning.',
      impactsAdherence: false,
      schedule: { kind: 'daily', timeOfDay: null },
      targetValues: [],
      completion: 'outcome-exists',
      details: null,
    },
    {
      taskId: CARE_PLAN_TASK_IDS.selfManagement,
      kind: 'self-management',
      title: 'Learn and relax',
      instructions: 'Read a short lesson or do a relaxation practice.',
      impactsAdherence: false,
      schedule: { kind: 'every-n-days', everyDays: options.selfManagementEveryDays ?? 3, timeOfDay: null },
      targetValues: [],
      completion: 'outcome-exists',
      details: null,
    },
  ];
}

export function carePlanFromProgramme(
  programme: Programme,
  identity: { readonly id: string; readonly title?: string },
  options: CarePlanFromProgrammeOptions = {},
): CarePlan {
  return createCarePlan({
    id: identity.id,
    title: identity.title ?? 'Back care plan',
    effectiveDate: programme.startDate,
    tasks: carePlanTasksFromProgramme(programme, options),
  });
}

/** A new version of the exercise-session task for a changed session (progression, flare, return from a flare). */
export function reviseExerciseSessionTask(
  plan: CarePlan,
  session: ExerciseSession,
  effectiveDate: IsoDate,
): CarePlan {
  return reviseCarePlanTask(
    plan,
    CARE_PLAN_TASK_IDS.exerciseSession,
    exerciseSessionTaskContent(session),
    effectiveDate,
  );
}
