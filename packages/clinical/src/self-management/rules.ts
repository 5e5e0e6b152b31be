import type { Citation } from '../core/sources';

/**
 * Every rule the self-management module applies, with its sources. `basis` says whether the
 * number comes from a source (`source`) or is our own setting that a deployment may change
 * (`configurable`); configurable rules still cite the evidence that motivates them.
 */
export interface SelfManagementRule {
  readonly id: string;
  readonly description: string;
  readonly basis: 'source' | 'configurable';
  readonly citations: readonly Citation[];
}

/** Settings for goal review. Defaults are configurable, not trial-derived (see SELF_MANAGEMENT_RULES). */
export interface GoalReviewSettings {
  /** Confidence below this (0–10) suggests making the goal easier. */
  readonly confidenceThreshold: number;
  /** Achieving less than this share of the weekly target suggests making it easier. */
  readonly lowProgressRatio: number;
  /** Step up by this fraction of the target after a week at or above target. */
  readonly stepUpFraction: number;
  /** Step down by this fraction of the target after a flare, low confidence or low progress. */
  readonly stepDownFraction: number;
  /** The longest time to a goal's deadline, in weeks. */
  readonly maxGoalWeeks: number;
}

export const DEFAULT_GOAL_REVIEW_SETTINGS: GoalReviewSettings = {
  confidenceThreshold: 7,
  lowProgressRatio: 0.5,
  stepUpFraction: 0.1,
  stepDownFraction: 0.2,
  maxGoalWeeks: 12,
};

/** Settings for the daily plan. Defaults are configurable (see SELF_MANAGEMENT_RULES). */
export interface DailyPlanSettings {
  /** Exercise plus self-management should take at least this many minutes a day. */
  readonly minDailyMinutes: number;
  /** … and at most this many. */
  readonly maxDailyMinutes: number;
  /** Self-management on its own never takes more than this many minutes a day. */
  readonly maxSelfManagementMinutes: number;
  /** Minutes to allow for a weekly goal review. */
  readonly goalReviewMinutes: number;
  /** At most this many lessons a day. */
  readonly maxLessonsPerDay: number;
}

export const DEFAULT_DAILY_PLAN_SETTINGS: DailyPlanSettings = {
  minDailyMinutes: 20,
  maxDailyMinutes: 30,
  maxSelfManagementMinutes: 20,
  goalReviewMinutes: 3,
  maxLessonsPerDay: 1,
};

/** Exercise minutes for which the daily plan can always land inside 20–30 minutes. */
export const DAILY_PLAN_EXERCISE_MINUTES_RANGE = { min: 10, max: 27 } as const;

const ADHERENCE: readonly Citation[] = [
  { source: 'BEINART_2013', section: 'adherence factors (clinical.md §6.2)' },
  { source: 'JACK_2010', section: 'barriers (clinical.md §6.2)' },
];
const SELF_EFFICACY: readonly Citation[] = [
  { source: 'MEDINA_MIRAPEIX_2009', section: 'self-efficacy predicted adherence (clinical.md §6.2)' },
  { source: 'JACK_2010', section: 'low self-efficacy (clinical.md §6.2)' },
];
const PACING_HEURISTICS: Citation = {
  source: 'NIELSON_2013_PACING',
  section: 'software heuristics, not trial-derived (clinical.md §5.4, tagged [K])',
};

export const SELF_MANAGEMENT_RULES: readonly SelfManagementRule[] = [
  {
    id: 'daily-total-20-30-minutes',
    description:
      'Exercise plus self-management takes 20–30 minutes a day. Short programmes with few parts are easier to keep up; the 20–30 minute window itself is a product setting.',
    basis: 'configurable',
    citations: ADHERENCE,
  },
  {
    id: 'self-management-daily-cap',
    description:
      'Self-management on its own takes at most 20 minutes a day, so it never crowds out exercise.',
    basis: 'configurable',
    citations: ADHERENCE,
  },
  {
    id: 'lessons-alongside-exercise',
    description:
      'Pain education is offered as short lessons alongside exercise, never as the only intervention, and at most one lesson a day.',
    basis: 'source',
    citations: [
      { source: 'PNE_UMBRELLA_2023', section: 'conclusions (clinical.md §5.6)' },
      { source: 'WOOD_HENDRICK_2019', section: 'PNE alone (clinical.md §5.6)' },
    ],
  },
  {
    id: 'lesson-length-3-6-minutes',
    description: 'Lessons take 3–6 minutes including the check, to keep the daily load small.',
    basis: 'configurable',
    citations: ADHERENCE,
  },
  {
    id: 'goal-activity-not-pain',
    description:
      'Goals name an activity to do, not a pain score to reach; activity quotas are time- or quota-contingent, not pain-contingent.',
    basis: 'source',
    citations: [{ source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'operant approach (clinical.md §5.4)' }],
  },
  {
    id: 'goal-confidence-threshold',
    description:
      'A goal rated below 7 out of 10 for confidence is flagged as not yet achievable, and the weekly review suggests making it easier. Self-efficacy predicts adherence; the threshold of 7 is our setting.',
    basis: 'configurable',
    citations: SELF_EFFICACY,
  },
  {
    id: 'goal-review-weekly',
    description: 'Goals are reviewed once a week: keep, make easier or make harder.',
    basis: 'source',
    citations: [
      { source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'quotas rise step by step (clinical.md §5.4)' },
      ...ADHERENCE,
    ],
  },
  {
    id: 'goal-step-up-after-target-met',
    description:
      'After a week at or above target, with confidence of at least 7 and no flare, suggest raising the target by 10% (at least one unit). Pacing heuristics suggest 10–20% a week.',
    basis: 'configurable',
    citations: [PACING_HEURISTICS],
  },
  {
    id: 'goal-step-down',
    description:
      'After a flare, with confidence below 7, or when less than half the weekly target was reached, suggest lowering the target by 20%. Pacing heuristics suggest dropping back one step after a flare.',
    basis: 'configurable',
    citations: [PACING_HEURISTICS, ...SELF_EFFICACY],
  },
  {
    id: 'goal-never-needs-zero-pain',
    description: 'No goal review depends on a pain score, and never on reaching 0 pain.',
    basis: 'configurable',
    citations: [
      PACING_HEURISTICS,
      { source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'not pain-contingent (clinical.md §5.4)' },
    ],
  },
  {
    id: 'goal-deadline-within-12-weeks',
    description:
      'A goal deadline lies within 12 weeks. Most change happens in the first 6 weeks and progress is reviewed again at 12 weeks.',
    basis: 'configurable',
    citations: [
      { source: 'COSTA_2012', section: 'course of pain (clinical.md §6.1)' },
      { source: 'KONGSTED_2010', section: 'plateau after week 7 (clinical.md §6.1)' },
    ],
  },
  {
    id: 'relaxation-timings',
    description:
      'Relaxation and mindfulness practice is offered because ACP 2017 lists progressive relaxation and MBSR for chronic low back pain; the step timings and breath counts are our own settings.',
    basis: 'configurable',
    citations: [
      { source: 'ACP_2017', section: 'Rec 2' },
      { source: 'CHERKIN_2016', section: 'MBSR arm (clinical.md §5.7)' },
    ],
  },
];
