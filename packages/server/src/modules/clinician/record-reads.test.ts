import { recommend } from '@backplan/clinical/stepped-care/index';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/db';
import { simulatedClinic } from '../../../test/simulated-clinic';
import type { Database } from '../../db/client';
import { assessments, carePlans, users, visitNotes } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { refreshPatientSummary } from '../summaries/refresh';
import { redFlagStatus } from './clearance-service';
import { addDays } from './dates';
import { buildPatientState } from './patient-state';
import { header } from './record-service';
import { loadRecordSnapshot } from './record-snapshot';
import { loadStateInput } from './record-state-read';
import { summariseRecord } from './record-summary';
import { readRecordSummary } from './record-summary-read';

/**
 * The one-statement record reads must say exactly what the general record snapshot says of the
 * same record: the clinician summary (record-summary-read.ts; the oracle is the snapshot's ten
 * queries, the header and the red-flag status read afresh) and the engine's state with its
 * cards (record-state-read.ts, which the patient's /me/today uses). A simulated clinic gives the variety
 * (red flags planted at intake, self-harm answers, flares, medicines, histories from 2 to 60 weeks, so
 * some care plans began before the 400-day record window), read on the day the triage rows
 * were stored, on later days (stored rows carried forward) and on an earlier day (stored rows
 * cannot say, read afresh).
 */
const TODAY = '2026-06-15';
let database: TestDatabase;
let db: Database;
let records: PatientRecord[];

async function oracle(patient: PatientRecord, today: string) {
  return db.transaction(async (tx) => {
    const snapshot = await loadRecordSnapshot(tx, patient, today);
    return {
      patient: await header(tx, patient),
      ...summariseRecord(snapshot),
      redFlag: await redFlagStatus(tx, patient, today),
    };
  });
}

const oneStatement = (patient: PatientRecord, today: string) =>
  db.transaction((tx) => readRecordSummary(tx, patient, today));

/** The engine's state and cards, from the general snapshot or from the one-statement read. */
async function stateAndCards(patient: PatientRecord, today: string, read: 'snapshot' | 'one statement') {
  const input =
    read === 'snapshot'
      ? await loadRecordSnapshot(db, patient, today)
      : await loadStateInput(db, patient, today);
  const built = buildPatientState(input);
  return { ...built, cards: built.state ? recommend(built.state) : [] };
}

beforeAll(async () => {
  const clinic = await simulatedClinic({
    name: 'Summary Read Clinic',
    patients: 24,
    weeks: { min: 2, max: 60 },
    seed: 7,
    today: TODAY,
  });
  ({ database, db, records } = clinic);

  // A clinician clears the planted intake red flag of one patient (the clearance view reads its
  // time, author, reason and findings), and the triage row is refreshed as the clearance route does.
  const [clinician] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'clinician'))
    .limit(1);
  const [target] = await db
    .select({ orgId: assessments.orgId, id: assessments.id, patientId: assessments.patientId })
    .from(assessments)
    .where(
      and(
        eq(assessments.orgId, clinic.orgId),
        eq(assessments.kind, 'intake'),
        sql`jsonb_array_length(${assessments.result} -> 'redFlags') > 0`,
        // The clearance view reads the latest assessment: none may come after this one.
        sql`NOT EXISTS (SELECT 1 FROM assessments later WHERE later.org_id = ${assessments.orgId}
              AND later.patient_id = ${assessments.patientId} AND later.assessed_on > ${assessments.assessedOn})`,
      ),
    )
    .orderBy(asc(assessments.patientId))
    .limit(1);
  if (!target || !clinician) throw new Error('the demo clinic has no red flag at intake or no clinician');
  await db
    .update(assessments)
    .set({
      clearedAt: new Date(`${TODAY}T09:30:12.345678Z`),
      clearedBy: clinician.id,
      clearanceReason: 'Seen in clinic; examination normal.',
      clearanceFindings: 'No saddle anaesthesia; normal power.',
    })
    .where(and(eq(assessments.orgId, target.orgId), eq(assessments.id, target.id)));
  await refreshPatientSummary(db, target.orgId, target.patientId, TODAY);
  // A visit note is a clinician review in the engine's state.
  await db.insert(visitNotes).values({
    orgId: target.orgId,
    patientId: target.patientId,
    authorId: clinician.id,
    visitedOn: addDays(TODAY, -10),
    body: 'Reviewed in clinic.',
  });
}, 180_000);

afterAll(async () => {
  await database.drop();
});

describe('the one-statement record reads', () => {
  it('has the variety the comparison needs', async () => {
    const summaries = await Promise.all(records.map((patient) => oracle(patient, TODAY)));
    expect(summaries.some((s) => s.redFlag.active !== null)).toBe(true);
    expect(summaries.some((s) => s.redFlag.clearance !== null)).toBe(true);
    expect(summaries.some((s) => s.assessment?.selfHarmSafetyFlag)).toBe(true);
    expect(summaries.some((s) => s.medications.active.length > 0)).toBe(true);
    expect(summaries.some((s) => s.trends.peg.change !== null)).toBe(true);
    expect(summaries.some((s) => s.adherence.last28Days.prescribed > 0)).toBe(true);
    const firstPlans = await db
      .select({ effectiveFrom: carePlans.effectiveFrom })
      .from(carePlans)
      .where(eq(carePlans.version, 1));
    expect(firstPlans.some((p) => p.effectiveFrom < addDays(TODAY, -400))).toBe(true);
  });

  it.each([
    ['the day the triage rows were stored', 0],
    ['the next day', 1],
    ['a week later', 7],
    ['a day before them (read afresh)', -1],
  ])('the summary says what the general snapshot says, read on %s', async (_label, offset) => {
    const today = addDays(TODAY, offset);
    for (const patient of records) {
      expect(await oneStatement(patient, today), patient.id).toEqual(await oracle(patient, today));
    }
  });

  it.each([0, 7, 30])(
    'the engine state and its cards are the snapshot’s, %i days after the data',
    async (offset) => {
      const today = addDays(TODAY, offset);
      const states = [];
      for (const patient of records) {
        const fromSnapshot = await stateAndCards(patient, today, 'snapshot');
        expect(await stateAndCards(patient, today, 'one statement'), patient.id).toEqual(fromSnapshot);
        states.push(fromSnapshot);
      }
      // The comparison covers states with cards, reviews, PHQ-9 series and medicines.
      expect(states.filter((s) => s.state !== null).length).toBeGreaterThan(records.length / 2);
      expect(states.some((s) => s.cards.length > 0)).toBe(true);
      expect(states.some((s) => (s.state?.clinicianReviews.length ?? 0) > 0)).toBe(true);
      expect(states.some((s) => (s.state?.records.phq9.length ?? 0) > 0)).toBe(true);
      expect(states.some((s) => (s.state?.medications.length ?? 0) > 0)).toBe(true);
    },
  );
});
