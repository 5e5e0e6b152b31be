import type { IsoDate } from '../../core/vocabulary';
import { dayNumberToIsoDate, daysBetween, isoDateToDayNumber } from '../../outcomes/dates';
import { DEFAULT_GOAL_REVIEW_SETTINGS, type GoalReviewSettings } from '../rules';

/** What a goal counts. */
export type GoalMeasure = 'minutes' | 'times' | 'steps' | 'days';
/** The target applies per day (on `daysPerWeek` days) or per week. */
export type GoalPeriod = 'day' | 'week';

/** A SMART goal: Specific, Measurable, Achievable, Relevant, Time-bound. */
export interface SmartGoal {
  readonly id: string;
  /** Specific: what you will do, e.g. "walk to the park and back". */
  readonly activity: string;
  /** Measurable: what you count … */
  readonly measure: GoalMeasure;
  /** … how much of it … */
  readonly target: number;
  /** … and per day or per week. */
  readonly period: GoalPeriod;
  /** For a daily target: on how many days a week (1–7). */
  readonly daysPerWeek?: number;
  /** Relevant: why it matters to you. */
  readonly reason: string;
  /** Time-bound: the goal is set on `startDate` and runs to `deadline`. */
  readonly startDate: IsoDate;
  readonly deadline: IsoDate;
  /** Achievable: how sure you are that you can do it, 0 (not at all) to 10 (completely). */
  readonly confidence: number;
}

/** A goal being written: any field may still be missing. */
export type SmartGoalDraft = Partial<SmartGoal>;

export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound';

export interface SmartGoalProblem {
  readonly criterion: SmartCriterion;
  readonly field: keyof SmartGoal;
  /** What is missing, in plain words, addressed to the patient. */
  readonly message: string;
  /** The SELF_MANAGEMENT_RULES entry behind the message, when a rule applies. */
  readonly ruleId?: string;
}

export interface SmartGoalCheck {
  readonly isSmart: boolean;
  readonly problems: readonly SmartGoalProblem[];
}

/** Goals about the pain itself ("no pain", "less pain") cannot be done; goals name an activity. */
const PAIN_GOAL =
  /\b(?:no|less|zero|lower)\s+pain\b|\bpain[-\s]?free\b|\bstop\s+(?:the\s+)?(?:pain|hurting)\b/i;
/** Wishes with no action in them: "be more active", "get fit", "feel better", "exercise more". */
const VAGUE_GOAL =
  /^(?:to\s+)?(?:be|get|feel|become|stay)\s+(?:more\s+|a\s+bit\s+)?(?:better|fit|fitter|healthier|healthy|active|stronger|well)\b|^(?:to\s+)?(?:exercise|move|walk|do)\s+more\.?$/i;

const MEASURES: readonly GoalMeasure[] = ['minutes', 'times', 'steps', 'days'];

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayNumberToIsoDate(isoDateToDayNumber(value)) === value;
}

/**
 * Says, in plain words, what a goal still needs to be SMART. `today` is an argument so the
 * check needs no clock. An empty problem list means the goal is ready.
 */
export function checkSmartGoal(
  goal: SmartGoalDraft,
  today: IsoDate,
  settings: GoalReviewSettings = DEFAULT_GOAL_REVIEW_SETTINGS,
): SmartGoalCheck {
  const problems: SmartGoalProblem[] = [];
  const add = (problem: SmartGoalProblem): void => {
    problems.push(problem);
  };

  const activity = goal.activity?.trim() ?? '';
  if (activity.length === 0) {
    add({
      criterion: 'specific',
      field: 'activity',
      message: 'Say what you will do, for example "walk to the park".',
    });
  } else if (PAIN_GOAL.test(activity)) {
    add({
      criterion: 'specific',
      field: 'activity',
      message:
        'Pick something you want to do, not a pain level. For example, "walk to the shop" instead of "have less pain".',
      ruleId: 'goal-activity-not-pain',
    });
  } else if (VAGUE_GOAL.test(activity) || activity.split(/\s+/).length < 2) {
    add({
      criterion: 'specific',
      field: 'activity',
      message: 'Make it more exact. Say what you will do and where, for example "walk around the block".',
    });
  }

  if (goal.measure === undefined || !MEASURES.includes(goal.measure)) {
    add({
      criterion: 'measurable',
      field: 'measure',
      message: 'Choose what you will count: minutes, times, steps or days.',
    });
  }
  if (goal.target === undefined || !Number.isFinite(goal.target) || goal.target <= 0) {
    add({
      criterion: 'measurable',
      field: 'target',
      message: 'Say how much, as a number above 0. For example, 10 minutes.',
    });
  }
  if (goal.period === undefined) {
    add({
      criterion: 'measurable',
      field: 'period',
      message: 'Say if the amount is for each day or for the whole week.',
    });
  } else if (goal.period === 'day') {
    const days = goal.daysPerWeek;
    if (days === undefined || !Number.isInteger(days) || days < 1 || days > 7) {
      add({
        criterion: 'measurable',
        field: 'daysPerWeek',
        message: 'Say on how many days a week, from 1 to 7.',
      });
    }
  }
  if (goal.measure === 'days' && goal.period === 'week' && goal.target !== undefined && goal.target > 7) {
    add({ criterion: 'measurable', field: 'target', message: 'A week has 7 days. Choose 7 days or fewer.' });
  }

  const confidence = goal.confidence;
  if (confidence === undefined || !Number.isFinite(confidence) || confidence < 0 || confidence > 10) {
    add({
      criterion: 'achievable',
      field: 'confidence',
      message: 'Rate how sure you are that you can do it, from 0 to 10.',
    });
  } else if (confidence < settings.confidenceThreshold) {
    add({
      criterion: 'achievable',
      field: 'confidence',
      message: `You rated your confidence ${confidence} out of 10. Goals you feel at least ${settings.confidenceThreshold} out of 10 sure about are easier to keep. Try a smaller amount or fewer days.`,
      ruleId: 'goal-confidence-threshold',
    });
  }

  if ((goal.reason?.trim() ?? '').length === 0) {
    add({
      criterion: 'relevant',
      field: 'reason',
      message: 'Say why this matters to you, for example "so I can play with my grandchildren".',
    });
  }

  problems.push(...deadlineProblems(goal.deadline, today, settings));
  return { isSmart: problems.length === 0, problems };
}

function deadlineProblems(
  deadline: IsoDate | undefined,
  today: IsoDate,
  settings: GoalReviewSettings,
): SmartGoalProblem[] {
  if (deadline === undefined || !isCalendarDate(deadline)) {
    return [{ criterion: 'time-bound', field: 'deadline', message: 'Pick a date to reach your goal by.' }];
  }
  const daysAway = daysBetween(today, deadline);
  if (daysAway <= 0) {
    return [{ criterion: 'time-bound', field: 'deadline', message: 'Pick a date after today.' }];
  }
  if (daysAway > settings.maxGoalWeeks * 7) {
    return [
      {
        criterion: 'time-bound',
        field: 'deadline',
        message: `Pick a date within ${settings.maxGoalWeeks} weeks. You can set a new goal after that.`,
        ruleId: 'goal-deadline-within-12-weeks',
      },
    ];
  }
  return [];
}

/** The amount the goal asks for in one week, in its own unit. */
export function weeklyGoalTarget(goal: SmartGoal): number {
  return goal.period === 'week' ? goal.target : goal.target * (goal.daysPerWeek ?? 7);
}
