import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMedicationInstructions } from '../../content-lint/medication-instructions';
import { fleschKincaidGradeOfAll } from '../../content-lint/readability';
import { SELF_MANAGEMENT_RULES } from '../rules';
import {
  checkSmartGoal,
  isCalendarDate,
  type SmartGoal,
  type SmartGoalDraft,
  weeklyGoalTarget,
} from './smart-goal';
import { reviewGoalWeek } from './weekly-review';

const TODAY = '2026-03-02';
const walkGoal: SmartGoal = {
  id: 'g1',
  activity: 'walk around the park',
  measure: 'minutes',
  target: 15,
  period: 'day',
  daysPerWeek: 5,
  reason: 'so I can walk my grandson to school',
  startDate: TODAY,
  deadline: '2026-04-13',
  confidence: 8,
};
const ruleIds = new Set(SELF_MANAGEMENT_RULES.map((rule) => rule.id));

describe('checkSmartGoal vignettes', () => {
  it('accepts a complete goal', () => {
    expect(checkSmartGoal(walkGoal, TODAY)).toEqual({ isSmart: true, problems: [] });
  });

  it('explains every missing part of an empty draft', () => {
    const check = checkSmartGoal({}, TODAY);
    expect(check.isSmart).toBe(false);
    expect(new Set(check.problems.map((problem) => problem.criterion))).toEqual(
      new Set(['specific', 'measurable', 'achievable', 'relevant', 'time-bound']),
    );
    for (const problem of check.problems) expect(problem.message.length).toBeGreaterThan(10);
  });

  it.each<[string, SmartGoalDraft, string, string | undefined]>([
    ['a pain goal', { activity: 'have less pain' }, 'activity', 'goal-activity-not-pain'],
    ['a pain-free goal', { activity: 'be pain-free by summer' }, 'activity', 'goal-activity-not-pain'],
    ['a vague wish', { activity: 'get fitter' }, 'activity', undefined],
    ['"exercise more"', { activity: 'exercise more' }, 'activity', undefined],
    ['low confidence', { confidence: 5 }, 'confidence', 'goal-confidence-threshold'],
    ['confidence out of range', { confidence: 11 }, 'confidence', undefined],
    ['a zero target', { target: 0 }, 'target', undefined],
    ['a daily goal without days a week', { period: 'day', daysPerWeek: undefined }, 'daysPerWeek', undefined],
    ['8 days a week', { measure: 'days', period: 'week', target: 8 }, 'target', undefined],
    ['a blank reason', { reason: '  ' }, 'reason', undefined],
    ['a deadline today', { deadline: TODAY }, 'deadline', undefined],
    ['a deadline in the past', { deadline: '2026-01-01' }, 'deadline', undefined],
    ['a deadline 13 weeks away', { deadline: '2026-06-01' }, 'deadline', 'goal-deadline-within-12-weeks'],
    ['an impossible date', { deadline: '2026-02-30' }, 'deadline', undefined],
  ])('flags %s', (_name, change, field, ruleId) => {
    const check = checkSmartGoal({ ...walkGoal, ...change }, TODAY);
    expect(check.isSmart).toBe(false);
    const problem = check.problems.find((candidate) => candidate.field === field);
    expect(problem).toBeDefined();
    expect(problem?.ruleId).toBe(ruleId);
    expect(check.problems).toHaveLength(1);
  });

  it('accepts a deadline exactly 12 weeks away and a 7-days-a-week goal', () => {
    expect(checkSmartGoal({ ...walkGoal, deadline: '2026-05-25' }, TODAY).isSmart).toBe(true);
    expect(checkSmartGoal({ ...walkGoal, measure: 'days', period: 'week', target: 7 }, TODAY).isSmart).toBe(
      true,
    );
  });

  it('only cites rules that exist', () => {
    const check = checkSmartGoal({ activity: 'no pain', confidence: 2, deadline: '2027-01-01' }, TODAY);
    for (const problem of check.problems) if (problem.ruleId) expect(ruleIds.has(problem.ruleId)).toBe(true);
  });

  it('recognises calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-1')).toBe(false);
  });
});

describe('reviewGoalWeek vignettes', () => {
  const week = { weekEnding: '2026-03-08', achieved: 75, confidence: 8, hadFlare: false };

  it.each([
    ['target met, confident, no flare', { achieved: 80 }, 'make-harder', 17],
    ['confidence 6', { confidence: 6 }, 'make-easier', 12],
    ['a flare-up', { hadFlare: true }, 'make-easier', 12],
    ['less than half the target', { achieved: 30 }, 'make-easier', 12],
    ['most of the target', { achieved: 60 }, 'keep', 15],
    ['exactly half the target', { achieved: 37.5 }, 'keep', 15],
  ] as const)('%s → %s', (_name, change, suggestion, target) => {
    const review = reviewGoalWeek(walkGoal, { ...week, ...change });
    expect(review.suggestion).toBe(suggestion);
    expect(review.suggestedTarget).toBe(target);
    expect(review.message).not.toMatch(/fail|lazy|should have/i);
  });

  it('names the confidence rule when confidence is low', () => {
    expect(reviewGoalWeek(walkGoal, { ...week, confidence: 3 }).ruleIds).toContain(
      'goal-confidence-threshold',
    );
  });

  it('keeps a goal that is already as small as it can be', () => {
    const once: SmartGoal = {
      ...walkGoal,
      measure: 'times',
      target: 1,
      period: 'week',
      daysPerWeek: undefined,
    };
    const review = reviewGoalWeek(once, { ...week, achieved: 0, hadFlare: true });
    expect(review).toMatchObject({ suggestion: 'keep', suggestedTarget: 1 });
    expect(review.message).toMatch(/already small/);
  });

  it('never raises a days-a-week goal past 7', () => {
    const everyDay: SmartGoal = {
      ...walkGoal,
      measure: 'days',
      target: 7,
      period: 'week',
      daysPerWeek: undefined,
    };
    expect(reviewGoalWeek(everyDay, { ...week, achieved: 7 }).suggestion).toBe('keep');
  });

  it('says when the deadline has been reached', () => {
    expect(reviewGoalWeek(walkGoal, week).deadlineReached).toBe(false);
    expect(reviewGoalWeek(walkGoal, { ...week, weekEnding: '2026-04-13' }).deadlineReached).toBe(true);
  });

  it('computes the weekly target of daily and weekly goals', () => {
    expect(weeklyGoalTarget(walkGoal)).toBe(75);
    expect(weeklyGoalTarget({ ...walkGoal, period: 'week', target: 3 })).toBe(3);
  });
});

describe('reviewGoalWeek properties', () => {
  const goalArb = fc.record({
    measure: fc.constantFrom('minutes', 'times', 'steps', 'days' as const),
    target: fc.integer({ min: 1, max: 200 }),
    period: fc.constantFrom('day', 'week' as const),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
  });
  const progressArb = fc.record({
    achieved: fc.double({ min: 0, max: 3000, noNaN: true }),
    confidence: fc.integer({ min: 0, max: 10 }),
    hadFlare: fc.boolean(),
  });

  it('moves the target in the direction it names, never below 1, and never up after a flare or with low confidence', () => {
    fc.assert(
      fc.property(goalArb, progressArb, (goalParts, progressParts) => {
        const target =
          goalParts.measure === 'days' && goalParts.period === 'week'
            ? Math.min(7, goalParts.target)
            : goalParts.target;
        const goal: SmartGoal = { ...walkGoal, ...goalParts, target };
        const review = reviewGoalWeek(goal, { weekEnding: '2026-03-08', ...progressParts });
        if (review.suggestion === 'make-harder') expect(review.suggestedTarget).toBeGreaterThan(goal.target);
        if (review.suggestion === 'make-easier') expect(review.suggestedTarget).toBeLessThan(goal.target);
        if (review.suggestion === 'keep') expect(review.suggestedTarget).toBe(goal.target);
        expect(review.suggestedTarget).toBeGreaterThanOrEqual(1);
        if (progressParts.hadFlare || progressParts.confidence < 7)
          expect(review.suggestion).not.toBe('make-harder');
        for (const id of review.ruleIds) expect(ruleIds.has(id)).toBe(true);
      }),
    );
  });
});

describe('goal messages are plain', () => {
  it('reads at grade 8 or below and never mentions medicines', () => {
    const messages = [
      ...checkSmartGoal({}, TODAY).problems.map((problem) => problem.message),
      ...checkSmartGoal({ activity: 'less pain', confidence: 4, deadline: '2027-01-01' }, TODAY).problems.map(
        (problem) => problem.message,
      ),
      ...[{ achieved: 80 }, { confidence: 4 }, { hadFlare: true }, { achieved: 60 }].map(
        (change) =>
          reviewGoalWeek(walkGoal, {
            weekEnding: '2026-03-08',
            achieved: 75,
            confidence: 8,
            hadFlare: false,
            ...change,
          }).message,
      ),
    ];
    expect(fleschKincaidGradeOfAll(messages)).toBeLessThanOrEqual(8);
    for (const message of messages) expect(findMedicationInstructions(message)).toEqual([]);
  });
});
