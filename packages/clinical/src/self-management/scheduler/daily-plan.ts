import { PAIN_LESSONS } from '../lessons/all-lessons';
import type { PainLesson } from '../lessons/types';
import { RELAXATION_SCRIPTS } from '../relaxation/scripts';
import type { RelaxationScript } from '../relaxation/types';
import { type DailyPlanSettings, DEFAULT_DAILY_PLAN_SETTINGS } from '../rules';

export type DailySelfManagementItem =
  | { readonly kind: 'goal-review'; readonly minutes: number }
  | { readonly kind: 'lesson'; readonly lessonId: string; readonly title: string; readonly minutes: number }
  | {
      readonly kind: 'relaxation';
      readonly scriptId: string;
      readonly title: string;
      readonly minutes: number;
    };

export interface DailyPlanInput {
  /** Minutes of today's exercise session (0 on a rest day). */
  readonly exerciseMinutes: number;
  /** Days since the programme started (0 on the first day); rotates the relaxation practices without a clock. */
  readonly dayNumber: number;
  readonly completedLessonIds: readonly string[];
  /** True on the day of the weekly goal review. */
  readonly goalReviewDue: boolean;
  /** Defaults to all lessons, in teaching order. */
  readonly lessons?: readonly PainLesson[];
  /** Defaults to all relaxation scripts. */
  readonly relaxationScripts?: readonly RelaxationScript[];
}

export interface DailySelfManagementPlan {
  readonly items: readonly DailySelfManagementItem[];
  readonly exerciseMinutes: number;
  readonly selfManagementMinutes: number;
  readonly totalMinutes: number;
  /** True when exercise plus self-management lands within the daily window (20–30 minutes by default). */
  readonly withinDailyWindow: boolean;
  /** The SELF_MANAGEMENT_RULES entries applied. */
  readonly ruleIds: readonly string[];
}

const RULE_IDS = [
  'daily-total-20-30-minutes',
  'self-management-daily-cap',
  'lessons-alongside-exercise',
  'lesson-length-3-6-minutes',
] as const;

/**
 * Chooses today's self-management so that exercise plus self-management stays within the
 * daily window (20–30 minutes) and self-management alone within its cap (20 minutes):
 * 1. the weekly goal review, when due;
 * 2. the next unfinished lesson (at most one a day, always alongside exercise);
 * 3. relaxation practices, rotated by day, until the day reaches the window's lower edge.
 * With no lesson or review due, one relaxation practice is still offered if it fits.
 * For exercise of 10–27 minutes (DAILY_PLAN_EXERCISE_MINUTES_RANGE) the window is always met.
 */
export function planDailySelfManagement(
  input: DailyPlanInput,
  settings: DailyPlanSettings = DEFAULT_DAILY_PLAN_SETTINGS,
): DailySelfManagementPlan {
  const exerciseMinutes = Number.isFinite(input.exerciseMinutes) ? Math.max(0, input.exerciseMinutes) : 0;
  const lessons = input.lessons ?? PAIN_LESSONS;
  const scripts = input.relaxationScripts ?? RELAXATION_SCRIPTS;
  const floor = Math.max(0, settings.minDailyMinutes - exerciseMinutes);
  const ceiling = Math.max(
    0,
    Math.min(settings.maxSelfManagementMinutes, settings.maxDailyMinutes - exerciseMinutes),
  );

  const items: DailySelfManagementItem[] = [];
  let used = 0;
  const fits = (minutes: number): boolean => used + minutes <= ceiling;
  const add = (item: DailySelfManagementItem): void => {
    items.push(item);
    used += item.minutes;
  };

  if (input.goalReviewDue && fits(settings.goalReviewMinutes)) {
    add({ kind: 'goal-review', minutes: settings.goalReviewMinutes });
  }
  const completed = new Set(input.completedLessonIds);
  const nextLessons = lessons
    .filter((lesson) => !completed.has(lesson.id))
    .slice(0, settings.maxLessonsPerDay);
  for (const lesson of nextLessons) {
    if (fits(lesson.estimatedMinutes)) {
      add({ kind: 'lesson', lessonId: lesson.id, title: lesson.title, minutes: lesson.estimatedMinutes });
    }
  }

  const rotation = rotate(scripts, input.dayNumber);
  const unused = (): RelaxationScript[] =>
    rotation.filter(
      (script) =>
        fits(script.minutes) &&
        !items.some((item) => item.kind === 'relaxation' && item.scriptId === script.id),
    );
  while (used < floor) {
    const candidates = unused();
    if (candidates.length === 0) break;
    const gap = floor - used;
    // Prefer the first practice in today's rotation that closes the gap; else the longest that fits.
    const closing = candidates.find((script) => script.minutes >= gap);
    const chosen =
      closing ??
      candidates.reduce((longest, script) => (script.minutes > longest.minutes ? script : longest));
    add({ kind: 'relaxation', scriptId: chosen.id, title: chosen.title, minutes: chosen.minutes });
  }
  if (items.length === 0) {
    const [first] = unused();
    if (first) add({ kind: 'relaxation', scriptId: first.id, title: first.title, minutes: first.minutes });
  }

  const totalMinutes = exerciseMinutes + used;
  return {
    items,
    exerciseMinutes,
    selfManagementMinutes: used,
    totalMinutes,
    withinDailyWindow: totalMinutes >= settings.minDailyMinutes && totalMinutes <= settings.maxDailyMinutes,
    ruleIds: RULE_IDS,
  };
}

function rotate<T>(list: readonly T[], dayNumber: number): T[] {
  if (list.length === 0) return [];
  const day = Number.isFinite(dayNumber) ? Math.trunc(dayNumber) : 0;
  const offset = ((day % list.length) + list.length) % list.length;
  return [...list.slice(offset), ...list.slice(0, offset)];
}
