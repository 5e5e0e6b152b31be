import type { IsoDate } from '../../core/vocabulary';
import { daysBetween } from '../../outcomes/dates';
import { DEFAULT_GOAL_REVIEW_SETTINGS, type GoalReviewSettings } from '../rules';
import { type SmartGoal, weeklyGoalTarget } from './smart-goal';

/** What happened in the week under review, as the patient reports it. */
export interface WeeklyGoalProgress {
  readonly weekEnding: IsoDate;
  /** How much of the goal's measure was done over the week (minutes, times, steps or days). */
  readonly achieved: number;
  /** How sure the patient now feels about keeping the goal, 0–10. */
  readonly confidence: number;
  /** Whether the patient had a flare-up this week. */
  readonly hadFlare: boolean;
}

export type GoalReviewSuggestion = 'keep' | 'make-easier' | 'make-harder';

export interface GoalReview {
  readonly suggestion: GoalReviewSuggestion;
  /** The target to suggest (same unit and period as the goal). Equal to the goal's target for `keep`. */
  readonly suggestedTarget: number;
  /** Share of the weekly target achieved (1 = exactly on target). */
  readonly progressRatio: number;
  /** Plain, non-judging words for the patient (products.md §4 #12: "don't shame me"). */
  readonly message: string;
  /** The SELF_MANAGEMENT_RULES entries that produced the suggestion. */
  readonly ruleIds: readonly string[];
  /** True when the week ends on or after the goal's deadline: time to set the next goal. */
  readonly deadlineReached: boolean;
}

/**
 * Weekly goal review: keep, make easier or make harder. The rules (SELF_MANAGEMENT_RULES) are
 * configurable pacing heuristics: a flare, confidence below 7 or less than half the target
 * → easier (−20%); target met with confidence ≥ 7 and no flare → harder (+10%); otherwise
 * keep. Pain scores are not an input, so no suggestion can depend on reaching 0 pain.
 */
export function reviewGoalWeek(
  goal: SmartGoal,
  progress: WeeklyGoalProgress,
  settings: GoalReviewSettings = DEFAULT_GOAL_REVIEW_SETTINGS,
): GoalReview {
  const weeklyTarget = weeklyGoalTarget(goal);
  const achieved = Math.max(0, Number.isFinite(progress.achieved) ? progress.achieved : 0);
  const progressRatio = weeklyTarget > 0 ? achieved / weeklyTarget : 0;
  const deadlineReached = daysBetween(goal.deadline, progress.weekEnding) >= 0;
  const base = { progressRatio, deadlineReached };
  const noZeroPainRule = 'goal-never-needs-zero-pain';

  const reasonsToEase: string[] = [];
  if (progress.hadFlare) reasonsToEase.push('You had a flare-up this week.');
  if (progress.confidence < settings.confidenceThreshold) {
    reasonsToEase.push(`You feel ${progress.confidence} out of 10 sure you can keep this goal.`);
  }
  if (progressRatio < settings.lowProgressRatio) reasonsToEase.push('This week the goal was hard to reach.');

  if (reasonsToEase.length > 0) {
    const easier = easierTarget(goal.target, settings);
    const ruleIds = ['goal-step-down', noZeroPainRule];
    if (progress.confidence < settings.confidenceThreshold) ruleIds.unshift('goal-confidence-threshold');
    const action =
      easier < goal.target
        ? `Let's make it a bit easier for next week: ${formatAmount(easier, goal)}.`
        : 'Your goal is already small. Keep it, or pick an easier activity for now.';
    return {
      ...base,
      suggestion: easier < goal.target ? 'make-easier' : 'keep',
      suggestedTarget: easier,
      message: `${reasonsToEase.join(' ')} That is okay. ${action}`,
      ruleIds,
    };
  }

  if (progressRatio >= 1) {
    const harder = harderTarget(goal, settings);
    if (harder > goal.target) {
      return {
        ...base,
        suggestion: 'make-harder',
        suggestedTarget: harder,
        message: `You reached your goal this week. Well done. If you feel ready, try ${formatAmount(harder, goal)} next week.`,
        ruleIds: ['goal-step-up-after-target-met', noZeroPainRule],
      };
    }
  }

  return {
    ...base,
    suggestion: 'keep',
    suggestedTarget: goal.target,
    message:
      progressRatio >= 1
        ? 'You reached your goal this week. Keep it as it is for next week.'
        : 'You are on your way. Keep the same goal for next week.',
    ruleIds: ['goal-review-weekly', noZeroPainRule],
  };
}

function easierTarget(target: number, settings: GoalReviewSettings): number {
  if (target <= 1) return target;
  return Math.max(1, Math.min(target - 1, Math.floor(target * (1 - settings.stepDownFraction))));
}

function harderTarget(goal: SmartGoal, settings: GoalReviewSettings): number {
  const raised = goal.target + Math.max(1, Math.round(goal.target * settings.stepUpFraction));
  // A week has 7 days: a "days a week" goal cannot rise past 7.
  return goal.measure === 'days' && goal.period === 'week' ? Math.min(7, raised) : raised;
}

function formatAmount(amount: number, goal: SmartGoal): string {
  const per = goal.period === 'week' ? 'a week' : `a day, ${goal.daysPerWeek ?? 7} days a week`;
  switch (goal.measure) {
    case 'minutes':
      return `${goal.activity} for ${amount} ${amount === 1 ? 'minute' : 'minutes'} ${per}`;
    case 'times':
      return `${goal.activity} ${amount === 1 ? 'once' : amount === 2 ? 'twice' : `${amount} times`} ${per}`;
    case 'steps':
      return `${amount} steps ${per}`;
    case 'days':
      return `${goal.activity} on ${amount} ${amount === 1 ? 'day' : 'days'} a week`;
  }
}
