import type { IsoDate } from '../core/vocabulary';
import { isIsoDate } from './calendar';
import { scheduleProblems } from './schedule';
import { type CarePlan, CarePlanError, type CarePlanTaskDefinition, type CarePlanTaskVersion } from './types';

/**
 * Making and changing care plans. Every function returns a new plan; nothing is mutated.
 * A change never edits an existing version: it appends a new version whose effective date
 * is later than the task's latest version, so events before that date keep their meaning.
 */

function assertDate(date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new CarePlanError(`${what} must be a YYYY-MM-DD date, got ${date}`);
}

function assertDefinition(definition: CarePlanTaskDefinition): void {
  if (definition.taskId.trim() === '') throw new CarePlanError('A task needs an id');
  const problems = scheduleProblems(definition.schedule);
  if (problems.length > 0) throw new CarePlanError(`Task ${definition.taskId}: ${problems.join('; ')}`);
}

/** All versions of one task, oldest first. */
export function carePlanTaskVersions(plan: CarePlan, taskId: string): CarePlanTaskVersion[] {
  return plan.taskVersions.filter((v) => v.taskId === taskId).sort((a, b) => a.version - b.version);
}

/** Ids of every task in the plan, in the order they were added. */
export function carePlanTaskIds(plan: CarePlan): string[] {
  return [...new Set(plan.taskVersions.map((v) => v.taskId))];
}

/** The version of a task in force on `date`: the latest one whose effective date is on or before it. */
export function carePlanTaskVersionOn(
  plan: CarePlan,
  taskId: string,
  date: IsoDate,
): CarePlanTaskVersion | null {
  let found: CarePlanTaskVersion | null = null;
  for (const version of carePlanTaskVersions(plan, taskId)) {
    if (version.effectiveDate <= date) found = version;
  }
  return found;
}

/** The first day after `version` stops being in force, or null if it is the latest. */
export function versionEndsBefore(plan: CarePlan, version: CarePlanTaskVersion): IsoDate | null {
  const next = carePlanTaskVersions(plan, version.taskId).find((v) => v.version === version.version + 1);
  return next?.effectiveDate ?? null;
}

export function createCarePlan(input: {
  readonly id: string;
  readonly title: string;
  readonly effectiveDate: IsoDate;
  readonly tasks: readonly CarePlanTaskDefinition[];
}): CarePlan {
  const empty: CarePlan = { id: input.id, title: input.title, taskVersions: [] };
  return input.tasks.reduce((plan, task) => addCarePlanTask(plan, task, input.effectiveDate), empty);
}

export function addCarePlanTask(
  plan: CarePlan,
  definition: CarePlanTaskDefinition,
  effectiveDate: IsoDate,
): CarePlan {
  assertDate(effectiveDate, 'Effective date');
  assertDefinition(definition);
  if (plan.taskVersions.some((v) => v.taskId === definition.taskId)) {
    throw new CarePlanError(`Task ${definition.taskId} already exists; revise it instead`);
  }
  const first: CarePlanTaskVersion = { ...definition, version: 1, effectiveDate, status: 'active' };
  return { ...plan, taskVersions: [...plan.taskVersions, first] };
}

function appendVersion(
  plan: CarePlan,
  taskId: string,
  effectiveDate: IsoDate,
  make: (latest: CarePlanTaskVersion) => CarePlanTaskVersion,
): CarePlan {
  assertDate(effectiveDate, 'Effective date');
  const latest = carePlanTaskVersions(plan, taskId).at(-1);
  if (latest === undefined) throw new CarePlanError(`No task ${taskId} in care plan ${plan.id}`);
  if (effectiveDate <= latest.effectiveDate) {
    throw new CarePlanError(
      `A new version of ${taskId} must take effect after ${latest.effectiveDate} (version ${latest.version}); got ${effectiveDate}`,
    );
  }
  const next = make(latest);
  assertDefinition(next);
  return { ...plan, taskVersions: [...plan.taskVersions, next] };
}

/** A new version of a task with some fields changed, in force from `effectiveDate`. */
export function reviseCarePlanTask(
  plan: CarePlan,
  taskId: string,
  changes: Partial<Omit<CarePlanTaskDefinition, 'taskId'>>,
  effectiveDate: IsoDate,
): CarePlan {
  return appendVersion(plan, taskId, effectiveDate, (latest) => ({
    ...latest,
    ...changes,
    taskId,
    version: latest.version + 1,
    effectiveDate,
    status: 'active',
  }));
}

/** A new version that stops the task from `effectiveDate` (its history stays). */
export function stopCarePlanTask(plan: CarePlan, taskId: string, effectiveDate: IsoDate): CarePlan {
  return appendVersion(plan, taskId, effectiveDate, (latest) => ({
    ...latest,
    version: latest.version + 1,
    effectiveDate,
    status: 'stopped',
  }));
}
