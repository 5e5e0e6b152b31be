import type { IsoDate } from '../core/vocabulary';
import type { AdherenceRecord } from '../outcomes/records';
import { findCarePlanEvent, listCarePlanEvents } from './events';
import { carePlanTaskVersions } from './plan';
import {
  CARE_PLAN_VALUE_KINDS,
  type CarePlan,
  CarePlanError,
  type CarePlanEvent,
  type CarePlanOutcome,
  type DateRange,
} from './types';

/**
 * Outcomes complete events. They are keyed by (taskId, version, occurrenceIndex), so
 * recording the same outcome twice — for example when an offline device syncs again —
 * replaces it rather than adding a second one (products.md §7, CareKit).
 */
const keyOf = (o: { taskId: string; version: number; occurrenceIndex: number }): string =>
  `${o.taskId}#${o.version}#${o.occurrenceIndex}`;

/** Records an outcome for an event that exists; replaces any earlier outcome for it. */
export function applyCarePlanOutcome(
  plan: CarePlan,
  outcomes: readonly CarePlanOutcome[],
  outcome: CarePlanOutcome,
): CarePlanOutcome[] {
  const event = findCarePlanEvent(plan, outcome);
  if (event === null) {
    throw new CarePlanError(
      `No event for task ${outcome.taskId} version ${outcome.version} occurrence ${outcome.occurrenceIndex}`,
    );
  }
  if (outcome.values.length === 0) throw new CarePlanError('An outcome needs at least one value');
  const key = keyOf(outcome);
  return [...outcomes.filter((o) => keyOf(o) !== key), outcome];
}

/** Whether an outcome completes its event under the task's completion rule. */
export function isCarePlanEventComplete(
  plan: CarePlan,
  event: CarePlanEvent,
  outcome: CarePlanOutcome | undefined,
): boolean {
  if (outcome === undefined || outcome.values.length === 0) return false;
  const skipped = outcome.values.some(
    (v) => v.type === 'boolean' && v.kind === CARE_PLAN_VALUE_KINDS.completed && !v.value,
  );
  if (skipped) return false;
  const version = carePlanTaskVersions(plan, event.taskId).find((v) => v.version === event.version);
  if (version?.completion !== 'meets-targets') return true;
  return event.targetValues.every((target) => {
    if (target.type !== 'number') return true;
    const achieved = outcome.values
      .filter((v) => v.type === 'number' && v.kind === target.kind)
      .reduce((sum, v) => sum + (v.type === 'number' ? v.value : 0), 0);
    return achieved >= target.value;
  });
}

export interface CarePlanEventWithOutcome {
  readonly event: CarePlanEvent;
  readonly outcome: CarePlanOutcome | null;
  readonly completed: boolean;
}

/** Events in a range joined with their outcomes (CareKit's OCKEvent). */
export function carePlanEventsWithOutcomes(
  plan: CarePlan,
  outcomes: readonly CarePlanOutcome[],
  range: DateRange,
): CarePlanEventWithOutcome[] {
  const byKey = new Map(outcomes.map((o) => [keyOf(o), o]));
  return listCarePlanEvents(plan, range).map((event) => {
    const outcome = byKey.get(keyOf(event));
    return { event, outcome: outcome ?? null, completed: isCarePlanEventComplete(plan, event, outcome) };
  });
}

/**
 * One adherence record per scheduled event in the range — the shape the stepped-care engine
 * and outcomes/adherence.ts read. Records carry the task's `impactsAdherence` flag, so only
 * exercise sessions count toward adherence (clinical.md §6.2; CareKit).
 */
export function adherenceRecordsFrom(
  plan: CarePlan,
  outcomes: readonly CarePlanOutcome[],
  range: DateRange,
): AdherenceRecord[] {
  return carePlanEventsWithOutcomes(plan, outcomes, range).map(({ event, completed }) => ({
    date: event.date,
    taskId: event.taskId,
    impactsAdherence: event.impactsAdherence,
    completed,
  }));
}

/** Outcome builder for the common case: a session marked done (or skipped) on a day. */
export function completionOutcome(event: CarePlanEvent, done: boolean, recordedOn: IsoDate): CarePlanOutcome {
  return {
    taskId: event.taskId,
    version: event.version,
    occurrenceIndex: event.occurrenceIndex,
    values: [{ type: 'boolean', kind: CARE_PLAN_VALUE_KINDS.completed, value: done }],
    recordedOn,
  };
}
