import type { IsoDate } from '../core/vocabulary';
import type { Weekday } from './calendar';

/**
 * A care-plan model after Apple CareKit's CareKitStore (products.md §7): versioned tasks on a
 * schedule, each scheduled occurrence an event, completed by an outcome holding typed values.
 * Only tasks flagged `impactsAdherence` count toward adherence. Changing a task makes a new
 * version with an effective date, so history stays true: past events keep the version that
 * was in force on their day.
 */

/** When a task recurs. The occurrence count starts at the version's effective date. */
export type CarePlanSchedule =
  | { readonly kind: 'daily'; readonly timeOfDay: string | null }
  | { readonly kind: 'days-of-week'; readonly days: readonly Weekday[]; readonly timeOfDay: string | null }
  | { readonly kind: 'every-n-days'; readonly everyDays: number; readonly timeOfDay: string | null };

/** A typed value on an outcome or a target, tagged with what it measures (CareKit `kind`). */
export type CarePlanValue =
  | { readonly type: 'number'; readonly kind: string; readonly value: number; readonly units?: string }
  | { readonly type: 'boolean'; readonly kind: string; readonly value: boolean }
  | { readonly type: 'text'; readonly kind: string; readonly value: string };

/** Well-known value kinds. `completed: false` on an outcome marks an occurrence as skipped. */
export const CARE_PLAN_VALUE_KINDS = {
  completed: 'completed',
  minutes: 'minutes',
  painDuring: 'pain-during',
  settledNextMorning: 'settled-next-morning',
  pain: 'pain',
  note: 'note',
} as const;

export type CarePlanTaskKind = 'exercise-session' | 'check-in' | 'self-management' | 'other';

/**
 * How an outcome completes an event (CareKit progress strategies):
 * - `outcome-exists`: any outcome with a value, unless it says `completed: false`;
 * - `meets-targets`: every numeric target is reached by the sum of matching outcome values.
 */
export type CarePlanCompletionRule = 'outcome-exists' | 'meets-targets';

/** What a task is, independent of its version. */
export interface CarePlanTaskDefinition {
  readonly taskId: string;
  readonly kind: CarePlanTaskKind;
  readonly title: string;
  readonly instructions: string;
  readonly impactsAdherence: boolean;
  readonly schedule: CarePlanSchedule;
  readonly targetValues: readonly CarePlanValue[];
  readonly completion: CarePlanCompletionRule;
  /** Task-specific content, e.g. the exercises of a session. Plain JSON. */
  readonly details: Readonly<Record<string, unknown>> | null;
}

export interface CarePlanTaskVersion extends CarePlanTaskDefinition {
  /** 1 for the first version, then 2, 3… */
  readonly version: number;
  /** The first day this version is in force. */
  readonly effectiveDate: IsoDate;
  /** A stopped version produces no events from its effective date on. */
  readonly status: 'active' | 'stopped';
}

export interface CarePlan {
  readonly id: string;
  readonly title: string;
  /** Every version of every task, in the order they were made. */
  readonly taskVersions: readonly CarePlanTaskVersion[];
}

/** One scheduled occurrence of a task version (computed, never stored). */
export interface CarePlanEvent {
  readonly taskId: string;
  readonly version: number;
  /** Index of this occurrence in the version's schedule, from 0 at its effective date. */
  readonly occurrenceIndex: number;
  readonly date: IsoDate;
  readonly timeOfDay: string | null;
  readonly kind: CarePlanTaskKind;
  readonly title: string;
  readonly impactsAdherence: boolean;
  readonly targetValues: readonly CarePlanValue[];
}

/** The result recorded for one event, keyed by (taskId, version, occurrenceIndex). */
export interface CarePlanOutcome {
  readonly taskId: string;
  readonly version: number;
  readonly occurrenceIndex: number;
  readonly values: readonly CarePlanValue[];
  readonly recordedOn: IsoDate;
}

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A change to a care plan that would rewrite history or break its rules. */
export class CarePlanError extends Error {
  override readonly name = 'CarePlanError';
}
