import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIN_LESSONS } from '../lessons/all-lessons';
import { RELAXATION_SCRIPTS } from '../relaxation/scripts';
import {
  DAILY_PLAN_EXERCISE_MINUTES_RANGE,
  DEFAULT_DAILY_PLAN_SETTINGS,
  SELF_MANAGEMENT_RULES,
} from '../rules';
import { planDailySelfManagement } from './daily-plan';

const none: string[] = [];

describe('planDailySelfManagement vignettes', () => {
  it('on day one with 15 minutes of exercise, offers the first lesson and tops up to 20 minutes', () => {
    const plan = planDailySelfManagement({
      exerciseMinutes: 15,
      dayNumber: 0,
      completedLessonIds: none,
      goalReviewDue: false,
    });
    expect(plan.items[0]).toMatchObject({ kind: 'lesson', lessonId: PAIN_LESSONS[0]?.id });
    expect(plan.totalMinutes).toBeGreaterThanOrEqual(20);
    expect(plan.totalMinutes).toBeLessThanOrEqual(30);
    expect(plan.withinDailyWindow).toBe(true);
  });

  it('puts the goal review first on review day', () => {
    const plan = planDailySelfManagement({
      exerciseMinutes: 15,
      dayNumber: 7,
      completedLessonIds: none,
      goalReviewDue: true,
    });
    expect(plan.items[0]).toEqual({
      kind: 'goal-review',
      minutes: DEFAULT_DAILY_PLAN_SETTINGS.goalReviewMinutes,
    });
  });

  it('offers only a short practice after a 26-minute exercise session', () => {
    const plan = planDailySelfManagement({
      exerciseMinutes: 26,
      dayNumber: 3,
      completedLessonIds: none,
      goalReviewDue: false,
    });
    expect(plan.selfManagementMinutes).toBeLessThanOrEqual(4);
    expect(plan.items).toHaveLength(1);
    expect(plan.withinDailyWindow).toBe(true);
  });

  it('offers a relaxation practice once every lesson is done', () => {
    const plan = planDailySelfManagement({
      exerciseMinutes: 20,
      dayNumber: 40,
      completedLessonIds: PAIN_LESSONS.map((lesson) => lesson.id),
      goalReviewDue: false,
    });
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]?.kind).toBe('relaxation');
  });

  it('rotates relaxation practices from day to day', () => {
    const done = PAIN_LESSONS.map((lesson) => lesson.id);
    const chosen = new Set(
      [0, 1, 2, 3, 4].map((dayNumber) => {
        const [item] = planDailySelfManagement({
          exerciseMinutes: 20,
          dayNumber,
          completedLessonIds: done,
          goalReviewDue: false,
        }).items;
        return item?.kind === 'relaxation' ? item.scriptId : '';
      }),
    );
    expect(chosen.size).toBeGreaterThan(1);
  });

  it('adds nothing when exercise alone already fills the day, and says the window is missed above 30', () => {
    const plan = planDailySelfManagement({
      exerciseMinutes: 35,
      dayNumber: 0,
      completedLessonIds: none,
      goalReviewDue: true,
    });
    expect(plan.items).toEqual([]);
    expect(plan.withinDailyWindow).toBe(false);
  });

  it('names only rules that exist', () => {
    const ids = new Set(SELF_MANAGEMENT_RULES.map((rule) => rule.id));
    const plan = planDailySelfManagement({
      exerciseMinutes: 15,
      dayNumber: 0,
      completedLessonIds: none,
      goalReviewDue: false,
    });
    for (const id of plan.ruleIds) expect(ids.has(id)).toBe(true);
  });
});

describe('planDailySelfManagement properties', () => {
  const inputArb = fc.record({
    exerciseMinutes: fc.oneof(
      fc.integer({ min: DAILY_PLAN_EXERCISE_MINUTES_RANGE.min, max: DAILY_PLAN_EXERCISE_MINUTES_RANGE.max }),
      fc.double({
        min: DAILY_PLAN_EXERCISE_MINUTES_RANGE.min,
        max: DAILY_PLAN_EXERCISE_MINUTES_RANGE.max,
        noNaN: true,
      }),
    ),
    dayNumber: fc.integer({ min: 0, max: 400 }),
    completedLessonIds: fc.subarray(PAIN_LESSONS.map((lesson) => lesson.id)),
    goalReviewDue: fc.boolean(),
  });

  it('keeps exercise plus self-management within 20–30 minutes for exercise in the valid range', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planDailySelfManagement(input);
        expect(plan.totalMinutes).toBeGreaterThanOrEqual(20);
        expect(plan.totalMinutes).toBeLessThanOrEqual(30);
        expect(plan.withinDailyWindow).toBe(true);
        expect(plan.items.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never exceeds the caps, repeats an item, or offers more than one lesson, for any exercise time', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 90, noNaN: true }), (input, exerciseMinutes) => {
        const plan = planDailySelfManagement({ ...input, exerciseMinutes });
        const sum = plan.items.reduce((total, item) => total + item.minutes, 0);
        expect(plan.selfManagementMinutes).toBe(sum);
        expect(sum).toBeLessThanOrEqual(DEFAULT_DAILY_PLAN_SETTINGS.maxSelfManagementMinutes);
        expect(plan.totalMinutes).toBeLessThanOrEqual(Math.max(30, exerciseMinutes));
        expect(plan.items.filter((item) => item.kind === 'lesson').length).toBeLessThanOrEqual(1);
        const keys = plan.items.map((item) =>
          item.kind === 'lesson' ? item.lessonId : item.kind === 'relaxation' ? item.scriptId : item.kind,
        );
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of plan.items) {
          if (item.kind === 'lesson') expect(input.completedLessonIds).not.toContain(item.lessonId);
          if (item.kind === 'relaxation')
            expect(RELAXATION_SCRIPTS.some((script) => script.id === item.scriptId)).toBe(true);
        }
      }),
    );
  });
});
