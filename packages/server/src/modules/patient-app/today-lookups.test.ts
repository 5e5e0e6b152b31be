import { addDays } from '@backplan/clinical/careplan/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/db';
import { simulatedClinic } from '../../../test/simulated-clinic';
import type { Database } from '../../db/client';
import { selfManagementLog } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { todayLookupsByQueries } from './test-support/today-lookups-by-queries';
import { readTodayLookups, type TodayLookups } from './today-lookups';

/**
 * `/me/today`'s one look-up statement must say what the nine queries it
 * replaced say, for every patient of a simulated clinic (histories of 2 to 30
 * weeks: sessions with and without next-morning answers, lessons and
 * relaxation done, questionnaires, reassessments, red flags), on the clinic's
 * day, days before it and a day after.
 */
const TODAY = '2026-06-15';
let database: TestDatabase;
let db: Database;
let records: PatientRecord[];

beforeAll(async () => {
  ({ database, db, records } = await simulatedClinic({
    name: 'Today Look-ups Clinic',
    patients: 20,
    weeks: { min: 2, max: 30 },
    seed: 11,
    today: TODAY,
  }));
  // The simulator logs no self-management; every other patient gets some: lessons on earlier
  // days, a relaxation script on the clinic's day (and a lesson too for one of them), and a
  // goal review, which has no item id.
  for (const [index, patient] of records.entries()) {
    if (index % 2 === 1) continue;
    const rows = [
      { day: addDays(TODAY, -9), kind: 'lesson' as const, itemId: 'pain-science-basics' },
      { day: addDays(TODAY, -2), kind: 'lesson' as const, itemId: 'pacing' },
      { day: TODAY, kind: 'relaxation' as const, itemId: 'breathing-4-6' },
      { day: addDays(TODAY, -1), kind: 'goal-review' as const, itemId: null },
      ...(index === 0 ? [{ day: TODAY, kind: 'lesson' as const, itemId: 'sleep' }] : []),
    ];
    await db.insert(selfManagementLog).values(
      rows.map((row) => ({
        ...row,
        orgId: patient.orgId,
        patientId: patient.id,
        idempotencyKey: crypto.randomUUID(),
      })),
    );
  }
}, 120_000);

afterAll(async () => {
  await database.drop();
});

describe("/me/today's look-ups in one statement", () => {
  it('say what the nine queries say, for every patient on five days', async () => {
    const seen = {
      selfManagement: 0,
      answered: 0,
      logged: 0,
      checkIn: 0,
      weekly: 0,
      reassessment: 0,
      redFlag: 0,
    };
    const count = (lookups: TodayLookups) => {
      if (lookups.selfManagementDone.length > 0) seen.selfManagement++;
      if (lookups.answered.length > 0) seen.answered++;
      if (lookups.loggedSessionId) seen.logged++;
      if (lookups.checkInDone) seen.checkIn++;
      if (lookups.weeklyAnswered) seen.weekly++;
      if (lookups.lastReassessmentOn) seen.reassessment++;
      if (lookups.redFlagAction) seen.redFlag++;
    };
    for (const patient of records) {
      for (const day of [
        TODAY,
        addDays(TODAY, -1),
        addDays(TODAY, -4),
        addDays(TODAY, -30),
        addDays(TODAY, 1),
      ]) {
        const oneStatement = await db.transaction((tx) => readTodayLookups(tx, patient, day));
        const byQueries = await db.transaction((tx) => todayLookupsByQueries(tx, patient, day));
        // The self-management rows are read as a set (latest days first, no order within a day).
        const sorted = (lookups: TodayLookups) => ({
          ...lookups,
          selfManagementDone: [...lookups.selfManagementDone].sort((a, b) =>
            `${a.day}${a.kind}${a.itemId}`.localeCompare(`${b.day}${b.kind}${b.itemId}`),
          ),
        });
        expect(sorted(oneStatement), `${patient.id} on ${day}`).toEqual(sorted(byQueries));
        count(oneStatement);
      }
    }
    // The comparison is only as good as the variety: each kind of fact occurred.
    for (const [fact, times] of Object.entries(seen))
      expect(times, `${fact} ${JSON.stringify(seen)}`).toBeGreaterThan(0);
  });
});
