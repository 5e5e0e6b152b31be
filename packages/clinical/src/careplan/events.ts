import type { IsoDate } from '../core/vocabulary';
import { datesBetween } from './calendar';
import { carePlanTaskIds, carePlanTaskVersionOn, carePlanTaskVersions, versionEndsBefore } from './plan';
import { occurrenceDate, occurrenceIndexOn } from './schedule';
import type { CarePlan, CarePlanEvent, CarePlanTaskVersion, DateRange } from './types';

function eventFor(version: CarePlanTaskVersion, date: IsoDate, occurrenceIndex: number): CarePlanEvent {
  return {
    taskId: version.taskId,
    version: version.version,
    occurrenceIndex,
    date,
    timeOfDay: version.schedule.timeOfDay,
    kind: version.kind,
    title: version.title,
    impactsAdherence: version.impactsAdherence,
    targetValues: version.targetValues,
  };
}

/**
 * Every event from `range.from` to `range.to` inclusive, using for each day the task version
 * in force on that day. Ordered by date, then time of day, then task order in the plan.
 */
export function listCarePlanEvents(plan: CarePlan, range: DateRange): CarePlanEvent[] {
  const taskIds = carePlanTaskIds(plan);
  const events: CarePlanEvent[] = [];
  for (const date of datesBetween(range.from, range.to)) {
    for (const taskId of taskIds) {
      const version = carePlanTaskVersionOn(plan, taskId, date);
      if (version === null || version.status === 'stopped') continue;
      const index = occurrenceIndexOn(version.schedule, version.effectiveDate, date);
      if (index !== null) events.push(eventFor(version, date, index));
    }
  }
  const order = new Map(taskIds.map((id, i) => [id, i]));
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.timeOfDay ?? '').localeCompare(b.timeOfDay ?? '') ||
      (order.get(a.taskId) ?? 0) - (order.get(b.taskId) ?? 0),
  );
}

/**
 * The event a (task, version, occurrence) key refers to, or null when that version never
 * had such an occurrence while it was in force (before a later version took over, or after
 * it was stopped).
 */
export function findCarePlanEvent(
  plan: CarePlan,
  key: { readonly taskId: string; readonly version: number; readonly occurrenceIndex: number },
): CarePlanEvent | null {
  const version = carePlanTaskVersions(plan, key.taskId).find((v) => v.version === key.version);
  if (version === undefined || version.status === 'stopped') return null;
  const date = occurrenceDate(version.schedule, version.effectiveDate, key.occurrenceIndex);
  if (date === null) return null;
  const endsBefore = versionEndsBefore(plan, version);
  if (endsBefore !== null && date >= endsBefore) return null;
  return eventFor(version, date, key.occurrenceIndex);
}
