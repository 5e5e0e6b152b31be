import { randomUUID } from 'node:crypto';
import { addDays } from '@backplan/clinical/careplan/calendar';
import { EXERCISE_CATALOGUE } from '@backplan/clinical/exercise/catalogue/index';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { assessments, patients } from '../../db/schema';
import { peg, phq9, quietIntake, startBack } from '../patient-app/test-support/intakes';
import { LONG_SESSIONS, setDay } from '../patient-app/test-support/journey';
import { checkInFor, signedInPatient, type TestPatient } from '../patient-app/test-support/patients';
import { factsFromRows, gatherFacts, loadFactRows, rowsOnDay } from './facts';
import { recomputeAllSummaries, refreshPatientSummary } from './refresh';
import { gatherFactsByQueries } from './test-support/facts-by-queries';

/**
 * The rollup kept incrementally (refreshed inside each write's transaction)
 * must equal a full recomputation from the record, whatever the writes were.
 */
let t: TestApp;
const TODAY = '2026-03-20';
const FIRST_EXERCISE = EXERCISE_CATALOGUE[0]?.id ?? 'missing';
const day = (offset: number) => `2026-03-${String(2 + offset).padStart(2, '0')}`;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

type Action =
  | { kind: 'check-in'; offset: number; pain: number; bladder: boolean; later: boolean }
  | { kind: 'session'; offset: number; pain: number; settled: boolean | null }
  | { kind: 'flare-start'; offset: number }
  | { kind: 'flare-log'; settled: boolean; redFlag: boolean }
  | { kind: 'phq-9'; offset: number; item9: number }
  | { kind: 'peg'; offset: number; score: number };

const offset = fc.integer({ min: 0, max: 18 });
/** True about one time in eight. */
const rarely = fc.integer({ min: 0, max: 7 }).map((n) => n === 0);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('check-in' as const),
    offset,
    pain: fc.integer({ min: 0, max: 10 }),
    bladder: rarely,
    later: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('session' as const),
    offset,
    pain: fc.integer({ min: 0, max: 10 }),
    settled: fc.option(fc.boolean(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('flare-start' as const), offset }),
  fc.record({
    kind: fc.constant('flare-log' as const),
    settled: fc.boolean(),
    redFlag: rarely,
  }),
  fc.record({ kind: fc.constant('phq-9' as const), offset, item9: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('peg' as const), offset, score: fc.integer({ min: 0, max: 10 }) }),
);

/** Applies one write; `dayOf` turns an action's offset into its day, `today` is the patient's today. */
async function apply(
  patient: TestPatient,
  step: Action,
  dayOf: (offset: number) => string = day,
  today = TODAY,
): Promise<void> {
  const day = dayOf;
  const client = patient.client;
  switch (step.kind) {
    case 'check-in':
      await client.post(
        '/api/v1/me/check-ins',
        checkInFor(day(step.offset), {
          pain: step.pain,
          newBladderBowelSaddleSymptoms: step.bladder,
          clientRecordedAt: `${day(step.offset)}T${step.later ? '21' : '07'}:00:00Z`,
        }),
      );
      return;
    case 'session': {
      // Logged directly (not through Today, which offers no session while a red flag is open).
      const plan = (await client.get('/api/v1/me/care-plan')).json().carePlan;
      const logged = await client.post('/api/v1/me/sessions', {
        day: day(step.offset),
        carePlanVersion: plan.version,
        exercises: [{ exerciseId: FIRST_EXERCISE, outcome: 'done', painDuring: step.pain }],
        stoppedForSymptoms: false,
        idempotencyKey: randomUUID(),
        clientRecordedAt: `${day(step.offset)}T18:00:00Z`,
      });
      if (logged.statusCode === 201 && step.settled !== null) {
        await client.post(`/api/v1/me/sessions/${logged.json().session.id}/next-morning`, {
          settled: step.settled,
        });
      }
      return;
    }
    case 'flare-start':
      await client.post('/api/v1/me/flares', { day: day(step.offset) });
      return;
    case 'flare-log':
      await client.post('/api/v1/me/flares/current/log', {
        day: today,
        pain: 5,
        settled: step.settled,
        redFlagSymptoms: step.redFlag ? ['fever-or-feeling-unwell'] : [],
      });
      return;
    case 'phq-9':
      await client.post('/api/v1/me/measures/phq-9', {
        day: day(step.offset),
        answers: phq9([1, 1, 0, 0, 0, 0, 0, 0, step.item9]),
        idempotencyKey: randomUUID(),
      });
      return;
    case 'peg':
      await client.post('/api/v1/me/measures/peg-3', {
        day: day(step.offset),
        answers: peg(step.score, step.score, step.score),
        idempotencyKey: randomUUID(),
      });
      return;
  }
}

async function summaries(patientIds: readonly string[]) {
  const { rows } = await t.database.handle.pool.query(
    `SELECT patient_id, triage_priority, triage_reasons, pain_baseline, pain_7d_mean, adherence_14d,
            last_check_in_day::text, flare_started_on::text, red_flag_action, self_harm_flag, step,
            step_started_on::text, next_reassessment_on::text, unread_from_patient
     FROM patient_summaries WHERE patient_id = ANY($1) ORDER BY patient_id`,
    [patientIds],
  );
  return rows;
}

describe('the triage rollup', () => {
  it('kept incrementally equals a full recomputation after random writes', async () => {
    const patientIds: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 10 }),
        rarely,
        async (actions, intakeSelfHarm) => {
          // Intake dated 2 March but sent today, so every refresh (incremental or full) uses the same today.
          setDay(t, TODAY);
          const patient = await signedInPatient(t);
          // Now and then the intake's own PHQ-9 item 9 is above 0 (the flag then comes from the assessment).
          const intake = quietIntake('2026-03-02', {
            instruments: {
              'pain-nrs': { 'pain-intensity': 6 },
              'peg-3': peg(6, 6, 6),
              startback: startBack([1], 1),
              'phq-9': phq9([0, 0, 0, 0, 0, 0, 0, 0, intakeSelfHarm ? 1 : 0]),
            },
          });
          expect((await patient.client.post('/api/v1/me/intake', intake)).statusCode).toBe(201);
          patientIds.push(patient.patientId);
          for (const step of actions) await apply(patient, step);
        },
      ),
      { numRuns: 12, seed: 7 },
    );
    const incremental = await summaries(patientIds);
    expect(incremental).toHaveLength(patientIds.length);
    const recomputed = await recomputeAllSummaries(t.database.handle.db, TODAY);
    expect(recomputed).toBeGreaterThanOrEqual(patientIds.length);
    expect(await summaries(patientIds)).toEqual(incremental);
    // The one-statement fact loader reads exactly what one query per fact reads.
    const db = t.database.handle.db;
    for (const id of patientIds) {
      const [row] = (await t.database.handle.pool.query('SELECT org_id FROM patients WHERE id = $1', [id]))
        .rows;
      for (const today of [TODAY, '2026-03-05', '2026-04-30']) {
        expect(await gatherFacts(db, row.org_id, id, today)).toEqual(
          await gatherFactsByQueries(db, row.org_id, id, today),
        );
      }
    }
    // The rows read for one day, carried to a later day (what a check-in does with the summary's
    // stored rows), give the facts of a fresh read on that day — or say that they cannot.
    let carried = 0;
    let refused = 0;
    const pairs = [
      [TODAY, TODAY],
      [TODAY, '2026-03-27'],
      [TODAY, '2026-04-30'],
      ['2026-03-05', '2026-03-12'],
      ['2026-03-05', TODAY],
      ['2026-03-12', '2026-04-02'],
    ] as const;
    for (const id of patientIds) {
      const [row] = (await t.database.handle.pool.query('SELECT org_id FROM patients WHERE id = $1', [id]))
        .rows;
      for (const [readOn, later] of pairs) {
        const rows = await loadFactRows(db, row.org_id, id, readOn);
        const onLater = rowsOnDay(rows, readOn, later);
        if (onLater) {
          carried++;
          expect(factsFromRows(onLater, later)).toEqual(
            await gatherFactsByQueries(db, row.org_id, id, later),
          );
        } else {
          refused++;
          // Only a dated row taking effect in between makes the rows unusable.
          expect(rows.nextDatedChange !== null && rows.nextDatedChange <= later).toBe(true);
          expect(readOn).not.toBe(TODAY); // nothing in these runs is dated after today
        }
      }
    }
    expect(carried).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    // The runs covered more than the quiet case, including a self-harm flag from the intake alone.
    expect(incremental.some((row) => row.self_harm_flag)).toBe(true);
    expect(new Set(incremental.map((row) => row.triage_priority)).size).toBeGreaterThan(1);
  });

  it('kept incrementally equals a full recomputation when the writes come on later days', async () => {
    // Each step comes 0–3 days after the one before; the last is a check-in on the final day, which
    // adds itself to the summary's stored rows (patient-app/check-ins.ts) when they still hold.
    const START = '2026-03-02';
    const patientIds: string[] = [];
    const finals: string[] = [];
    let oneStatement = 0;
    const pool = t.database.handle.pool;
    const query = pool.query.bind(pool) as (
      ...args: unknown[]
    ) => Promise<{ rows: { inserted_id?: unknown }[] }>;
    // Counts the check-ins the one-statement path wrote (its statement returns each new id).
    (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
      const result = await query(...args);
      const config = args[0] as { name?: string } | undefined;
      if (config?.name === 'new_check_ins')
        oneStatement += result.rows.filter((row) => row.inserted_id).length;
      return result;
    };
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), action), { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 1, max: 4 }),
          async (steps, finalPain, lastGap) => {
            let today = START;
            setDay(t, today);
            const patient = await signedInPatient(t);
            expect((await patient.client.post('/api/v1/me/intake', quietIntake(START))).statusCode).toBe(201);
            patientIds.push(patient.patientId);
            for (const [gap, step] of steps) {
              today = addDays(today, gap);
              setDay(t, today);
              // Offsets reach back up to 18 days, never before the start.
              const dayOf = (offset: number) => {
                const back = addDays(today, -offset);
                return back < START ? START : back;
              };
              await apply(patient, step, dayOf, today);
            }
            today = addDays(today, lastGap);
            setDay(t, today);
            finals.push(today);
            const last = await patient.client.post(
              '/api/v1/me/check-ins',
              checkInFor(today, { pain: finalPain }),
            );
            expect(last.statusCode).toBe(201);
          },
        ),
        { numRuns: 12, seed: 11 },
      );
    } finally {
      (pool as unknown as { query: unknown }).query = query;
    }
    // Each patient against a recomputation on their own final day.
    for (const [index, id] of patientIds.entries()) {
      const [incremental] = await summaries([id]);
      const final = finals[index] as string;
      const [row] = (await pool.query('SELECT org_id FROM patients WHERE id = $1', [id])).rows;
      await t.database.handle.db.transaction((tx) => refreshPatientSummary(tx, row.org_id, id, final));
      expect(await summaries([id])).toEqual([incremental]);
    }
    // Most final check-ins took the one-statement path (the others found a dated row in between).
    expect(oneStatement).toBeGreaterThan(patientIds.length / 2);
  });

  it('kept incrementally equals a full recomputation when many patients check in at once (one statement for several)', async () => {
    // The evening burst: check-ins of different patients that arrive together are written in
    // one statement (patient-app/check-ins.ts, db/batcher.ts). Each patient's summary must still
    // be the one a recomputation gives, whatever else shared the statement.
    const START = '2026-04-01';
    setDay(t, START);
    const cohort = await Promise.all(Array.from({ length: 24 }, () => signedInPatient(t)));
    for (const patient of cohort) {
      expect((await patient.client.post('/api/v1/me/intake', quietIntake(START))).statusCode).toBe(201);
    }
    const NEXT = addDays(START, 1);
    setDay(t, NEXT);
    const pool = t.database.handle.pool;
    const query = pool.query.bind(pool) as (
      ...args: unknown[]
    ) => Promise<{ rows: { inserted_id?: unknown }[] }>;
    const statements: number[] = [];
    (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
      const result = await query(...args);
      const config = args[0] as { name?: string } | undefined;
      if (config?.name === 'new_check_ins')
        statements.push(result.rows.filter((row) => row.inserted_id).length);
      return result;
    };
    try {
      const answers = await Promise.all(
        cohort.map((patient, index) =>
          patient.client.post(
            '/api/v1/me/check-ins',
            checkInFor(NEXT, {
              pain: index % 11,
              newBladderBowelSaddleSymptoms: index % 7 === 0 ? true : null,
            }),
          ),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(cohort.map(() => 201));
    } finally {
      (pool as unknown as { query: unknown }).query = query;
    }
    // Every check-in went through the statement, and fewer statements than check-ins ran.
    expect(statements.reduce((sum, n) => sum + n, 0)).toBe(cohort.length);
    expect(statements.length).toBeLessThan(cohort.length);
    for (const patient of cohort) {
      expect(await patient.rows('check_ins')).toBe(1);
      const audited = await pool.query(
        "SELECT count(*)::int AS n FROM audit_log WHERE patient_id = $1 AND resource = 'check-in' AND action = 'create'",
        [patient.patientId],
      );
      expect(audited.rows[0].n).toBe(1);
      const [incremental] = await summaries([patient.patientId]);
      const [row] = (await pool.query('SELECT org_id FROM patients WHERE id = $1', [patient.patientId])).rows;
      await t.database.handle.db.transaction((tx) =>
        refreshPatientSummary(tx, row.org_id, patient.patientId, NEXT),
      );
      expect(await summaries([patient.patientId])).toEqual([incremental]);
    }
  });

  it('reads every part of a stored assessment the triage uses, as one query per fact does', async () => {
    // An assessment whose result alone carries the facts (no questionnaire rows beside it), e.g. a
    // reassessment recorded by a clinician: the statement sends only parts of the result, so each
    // part the triage reads must arrive.
    setDay(t, TODAY);
    const patient = await signedInPatient(t);
    const db = t.database.handle.db;
    const [record] = await db.select().from(patients).where(eq(patients.id, patient.patientId));
    if (!record) throw new Error('no patient');
    const cases = [
      { mood: { phq9Item9: 2 }, programmeEligibility: { eligible: true }, baseline: { painNrs: 3 } },
      { mood: { phq9Item9: 0 }, programmeEligibility: { eligible: false, requiredAction: 'urgent' } },
      { baseline: { peg: 2 } },
    ];
    for (const [index, result] of cases.entries()) {
      await db.insert(assessments).values({
        orgId: record.orgId,
        patientId: record.id,
        kind: index === 2 ? 'intake' : 'reassessment',
        assessedOn: `2026-03-1${index}`,
        intake: {},
        result,
      });
      const facts = await gatherFacts(db, record.orgId, record.id, TODAY);
      expect(facts).toEqual(await gatherFactsByQueries(db, record.orgId, record.id, TODAY));
      if (index === 0) expect(facts.selfHarmFlag).toBe(true);
      if (index === 1) expect(facts.redFlag?.action).toBe('urgent');
    }
  });
});
