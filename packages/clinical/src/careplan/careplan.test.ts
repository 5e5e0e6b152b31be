import { describe, expect, it } from 'vitest';
import { listCarePlanEvents } from './events';
import {
  adherenceRecordsFrom,
  applyCarePlanOutcome,
  completionOutcome,
  isCarePlanEventComplete,
} from './outcomes';
import {
  addCarePlanTask,
  carePlanTaskVersionOn,
  createCarePlan,
  reviseCarePlanTask,
  stopCarePlanTask,
} from './plan';
import { type CarePlan, CarePlanError, type CarePlanOutcome, type CarePlanTaskDefinition } from './types';

const walk: CarePlanTaskDefinition = {
  taskId: 'walk',
  kind: 'exercise-session',
  title: 'Walk',
  instructions: 'Walk for 10 minutes.',
  impactsAdherence: true,
  schedule: { kind: 'days-of-week', days: ['mon', 'wed', 'fri'], timeOfDay: '09:00' },
  targetValues: [{ type: 'number', kind: 'minutes', value: 10, units: 'min' }],
  completion: 'meets-targets',
  details: null,
};
const diary: CarePlanTaskDefinition = {
  taskId: 'diary',
  kind: 'check-in',
  title: 'Diary',
  instructions: 'Rate your pain.',
  impactsAdherence: false,
  schedule: { kind: 'daily', timeOfDay: null },
  targetValues: [],
  completion: 'outcome-exists',
  details: null,
};

// 2026-11-02 is a Monday.
const plan = createCarePlan({
  id: 'plan-1',
  title: 'Test plan',
  effectiveDate: '2026-11-02',
  tasks: [walk, diary],
});
const minutes = (value: number) => ({ type: 'number' as const, kind: 'minutes', value, units: 'min' });

describe('care plan versioning', () => {
  const revised = reviseCarePlanTask(
    plan,
    'walk',
    { schedule: { kind: 'daily', timeOfDay: null }, targetValues: [minutes(11)] },
    '2026-11-09',
  );

  it('makes a new version from the effective date and keeps the old one for earlier days', () => {
    expect(carePlanTaskVersionOn(revised, 'walk', '2026-11-08')?.version).toBe(1);
    expect(carePlanTaskVersionOn(revised, 'walk', '2026-11-09')?.version).toBe(2);
    expect(carePlanTaskVersionOn(revised, 'walk', '2026-11-01')).toBeNull();
    const events = listCarePlanEvents(revised, { from: '2026-11-02', to: '2026-11-11' }).filter(
      (e) => e.taskId === 'walk',
    );
    expect(events.map((e) => [e.date, e.version, e.occurrenceIndex])).toEqual([
      ['2026-11-02', 1, 0],
      ['2026-11-04', 1, 1],
      ['2026-11-06', 1, 2],
      ['2026-11-09', 2, 0],
      ['2026-11-10', 2, 1],
      ['2026-11-11', 2, 2],
    ]);
  });

  it('lists the same past events before and after a later change (history stays true)', () => {
    const past = { from: '2026-11-02', to: '2026-11-08' };
    expect(listCarePlanEvents(revised, past)).toEqual(listCarePlanEvents(plan, past));
  });

  it('refuses a change that would rewrite history', () => {
    expect(() => reviseCarePlanTask(revised, 'walk', { title: 'x' }, '2026-11-09')).toThrow(CarePlanError);
    expect(() => reviseCarePlanTask(revised, 'walk', { title: 'x' }, '2026-11-05')).toThrow(CarePlanError);
    expect(() => reviseCarePlanTask(plan, 'nope', { title: 'x' }, '2026-11-20')).toThrow(CarePlanError);
    expect(() => addCarePlanTask(plan, walk, '2026-11-20')).toThrow(CarePlanError);
    expect(() =>
      reviseCarePlanTask(
        plan,
        'walk',
        { schedule: { kind: 'every-n-days', everyDays: 0, timeOfDay: null } },
        '2026-11-20',
      ),
    ).toThrow(CarePlanError);
  });

  it('stops a task from a date without touching earlier events', () => {
    const stopped = stopCarePlanTask(plan, 'walk', '2026-11-05');
    const events = listCarePlanEvents(stopped, { from: '2026-11-02', to: '2026-11-15' }).filter(
      (e) => e.taskId === 'walk',
    );
    expect(events.map((e) => e.date)).toEqual(['2026-11-02', '2026-11-04']);
  });

  it('orders events by date, time of day and task', () => {
    const events = listCarePlanEvents(plan, { from: '2026-11-02', to: '2026-11-02' });
    expect(events.map((e) => e.taskId)).toEqual(['diary', 'walk']);
  });
});

describe('care plan outcomes and adherence', () => {
  const revised = reviseCarePlanTask(plan, 'walk', { targetValues: [minutes(11)] }, '2026-11-09');
  const events = listCarePlanEvents(revised, { from: '2026-11-02', to: '2026-11-13' });
  const walkEvents = events.filter((e) => e.taskId === 'walk');

  function record(p: CarePlan, outcomes: readonly CarePlanOutcome[], outcome: CarePlanOutcome) {
    return applyCarePlanOutcome(p, outcomes, outcome);
  }

  it('applies outcomes idempotently by (task, version, occurrence)', () => {
    const first = walkEvents[0];
    if (first === undefined) throw new Error('no event');
    const outcome: CarePlanOutcome = {
      ...completionOutcome(first, true, '2026-11-02'),
      values: [minutes(10)],
    };
    const once = record(revised, [], outcome);
    const twice = record(revised, once, { ...outcome, values: [minutes(12)] });
    expect(twice).toHaveLength(1);
    expect(twice[0]?.values).toEqual([minutes(12)]);
  });

  it('rejects an outcome for an occurrence that never happened', () => {
    const bad = (version: number, occurrenceIndex: number): CarePlanOutcome => ({
      taskId: 'walk',
      version,
      occurrenceIndex,
      values: [minutes(10)],
      recordedOn: '2026-11-10',
    });
    // Version 1 occurrence 3 would be 2026-11-09, when version 2 was already in force.
    expect(() => record(revised, [], bad(1, 3))).toThrow(CarePlanError);
    expect(() => record(revised, [], bad(3, 0))).toThrow(CarePlanError);
    expect(() => record(revised, [], bad(1, -1))).toThrow(CarePlanError);
    expect(() => record(revised, [], { ...bad(1, 0), values: [] })).toThrow(CarePlanError);
  });

  it('completes events by the task’s rule: targets met, or any outcome unless marked skipped', () => {
    const [mon, wed] = walkEvents;
    const [diaryDay] = events.filter((e) => e.taskId === 'diary');
    if (mon === undefined || wed === undefined || diaryDay === undefined) throw new Error('no events');
    const outcome = (values: CarePlanOutcome['values'], e = mon): CarePlanOutcome => ({
      taskId: e.taskId,
      version: e.version,
      occurrenceIndex: e.occurrenceIndex,
      values,
      recordedOn: e.date,
    });
    expect(isCarePlanEventComplete(revised, mon, outcome([minutes(10)]))).toBe(true);
    expect(isCarePlanEventComplete(revised, mon, outcome([minutes(6)]))).toBe(false);
    expect(isCarePlanEventComplete(revised, mon, outcome([minutes(6), minutes(5)]))).toBe(true);
    expect(isCarePlanEventComplete(revised, mon, undefined)).toBe(false);
    expect(
      isCarePlanEventComplete(
        revised,
        diaryDay,
        outcome([{ type: 'number', kind: 'pain', value: 4 }], diaryDay),
      ),
    ).toBe(true);
    expect(
      isCarePlanEventComplete(revised, diaryDay, completionOutcome(diaryDay, false, diaryDay.date)),
    ).toBe(false);
  });

  it('produces one adherence record per event, flagged by impactsAdherence', () => {
    let outcomes: CarePlanOutcome[] = [];
    for (const event of walkEvents.slice(0, 3)) {
      outcomes = record(revised, outcomes, {
        ...completionOutcome(event, true, event.date),
        values: [minutes(15)],
      });
    }
    const records = adherenceRecordsFrom(revised, outcomes, { from: '2026-11-02', to: '2026-11-13' });
    expect(records).toHaveLength(events.length);
    const walks = records.filter((r) => r.taskId === 'walk');
    expect(walks.every((r) => r.impactsAdherence)).toBe(true);
    expect(walks.map((r) => r.completed)).toEqual([true, true, true, false, false, false]);
    expect(
      records.filter((r) => r.taskId === 'diary').every((r) => !r.impactsAdherence && !r.completed),
    ).toBe(true);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['completed', 'date', 'impactsAdherence', 'taskId']);
  });
});
