import { describe, expect, it } from 'vitest';
import { startFlare } from '../exercise/flare';
import { generateProgramme } from '../exercise/generator';
import type { Programme } from '../exercise/programme-types';
import { assessmentFixture } from '../exercise/test-fixtures';
import { computeAdherence } from '../outcomes/adherence';
import { adherenceRecordSchema } from '../outcomes/records';
import { weekdayOf } from './calendar';
import { listCarePlanEvents } from './events';
import { CARE_PLAN_TASK_IDS, carePlanFromProgramme, reviseExerciseSessionTask } from './from-programme';
import { adherenceRecordsFrom, applyCarePlanOutcome, completionOutcome } from './outcomes';
import { carePlanTaskVersionOn } from './plan';
import type { CarePlanOutcome } from './types';

function programme(): Programme {
  // 2026-11-02 is a Monday; three sessions a week fall on Mon, Wed, Fri.
  const result = generateProgramme(assessmentFixture(), { daysPerWeek: 3 }, { startDate: '2026-11-02' });
  if (result.kind !== 'programme') throw new Error('expected a programme');
  return result;
}

describe('carePlanFromProgramme', () => {
  const source = programme();
  const plan = carePlanFromProgramme(source, { id: 'patient-1-plan' });

  it('makes an exercise-session task that counts for adherence, plus a check-in and a self-management task that do not', () => {
    const session = carePlanTaskVersionOn(plan, CARE_PLAN_TASK_IDS.exerciseSession, '2026-11-02');
    expect(session).toMatchObject({ kind: 'exercise-session', impactsAdherence: true, version: 1 });
    expect(session?.schedule).toEqual({ kind: 'days-of-week', days: ['mon', 'wed', 'fri'], timeOfDay: null });
    expect(session?.details).toMatchObject({ estimatedMinutes: source.session.estimatedMinutes });
    expect(session?.instructions).toContain('March on the spot');
    expect(carePlanTaskVersionOn(plan, CARE_PLAN_TASK_IDS.checkIn, '2026-11-02')?.impactsAdherence).toBe(
      false,
    );
    expect(
      carePlanTaskVersionOn(plan, CARE_PLAN_TASK_IDS.selfManagement, '2026-11-02')?.impactsAdherence,
    ).toBe(false);
  });

  it('schedules sessions on the programme’s days and check-ins every day', () => {
    const events = listCarePlanEvents(plan, { from: '2026-11-02', to: '2026-11-15' });
    const sessions = events.filter((e) => e.taskId === CARE_PLAN_TASK_IDS.exerciseSession);
    expect(sessions).toHaveLength(6);
    for (const e of sessions) expect(['mon', 'wed', 'fri']).toContain(weekdayOf(e.date));
    expect(events.filter((e) => e.taskId === CARE_PLAN_TASK_IDS.checkIn)).toHaveLength(14);
    expect(events.filter((e) => e.taskId === CARE_PLAN_TASK_IDS.selfManagement).map((e) => e.date)).toEqual([
      '2026-11-02',
      '2026-11-05',
      '2026-11-08',
      '2026-11-11',
      '2026-11-14',
    ]);
  });

  it('feeds the adherence calculation: only exercise sessions count', () => {
    const range = { from: '2026-11-02', to: '2026-11-15' };
    let outcomes: CarePlanOutcome[] = [];
    for (const event of listCarePlanEvents(plan, range)) {
      // Every check-in done, sessions done on Mondays only.
      if (event.taskId === CARE_PLAN_TASK_IDS.checkIn || weekdayOf(event.date) === 'mon') {
        outcomes = applyCarePlanOutcome(plan, outcomes, completionOutcome(event, true, event.date));
      }
    }
    const records = adherenceRecordsFrom(plan, outcomes, range);
    for (const record of records) expect(adherenceRecordSchema.parse(record)).toEqual(record);
    const adherence = computeAdherence(records, range.from, range.to);
    expect(adherence).toMatchObject({ prescribed: 6, completed: 2 });
    expect(adherence.rate).toBeCloseTo(1 / 3, 5);
  });

  it('records a flare as a new session version, so the weeks before keep their content', () => {
    const flare = startFlare(source, { startDate: '2026-11-11' });
    const duringFlare = reviseExerciseSessionTask(plan, flare.flareSession, '2026-11-11');
    const afterFlare = reviseExerciseSessionTask(duringFlare, flare.sessionBeforeFlare, '2026-11-14');
    const before = carePlanTaskVersionOn(afterFlare, CARE_PLAN_TASK_IDS.exerciseSession, '2026-11-09');
    const during = carePlanTaskVersionOn(afterFlare, CARE_PLAN_TASK_IDS.exerciseSession, '2026-11-12');
    const after = carePlanTaskVersionOn(afterFlare, CARE_PLAN_TASK_IDS.exerciseSession, '2026-11-16');
    expect([before?.version, during?.version, after?.version]).toEqual([1, 2, 3]);
    expect(during?.details).toMatchObject({ estimatedMinutes: flare.flareSession.estimatedMinutes });
    expect(after?.details).toEqual(before?.details);
    const events = listCarePlanEvents(afterFlare, { from: '2026-11-09', to: '2026-11-16' }).filter(
      (e) => e.taskId === CARE_PLAN_TASK_IDS.exerciseSession,
    );
    expect(events.map((e) => [e.date, e.version])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-11', 2],
      ['2026-11-13', 2],
      ['2026-11-16', 3],
    ]);
  });
});
