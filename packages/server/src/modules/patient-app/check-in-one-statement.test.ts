import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { prepareNewCheckIn, recordNewCheckIn, writeNewCheckIn } from './check-ins';
import type { PatientRequest } from './own-record';
import type { CheckInBody } from './schemas';
import { phq9 } from './test-support/intakes';
import { checkInFor, signedInPatient, type TestPatient } from './test-support/patients';

/**
 * The evening burst's path (check-ins.ts NEW_CHECK_INS): a new day's check-in,
 * its audit row and the summary in one statement, computed from the summary's
 * stored fact rows. It must write everything or nothing, and nothing whenever
 * the record moved after the rows were read; the request then takes the
 * general path, so the summary always equals a fresh recomputation
 * (summaries/recompute.test.ts).
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

async function requestOf(patient: TestPatient): Promise<PatientRequest> {
  const me = (await patient.client.get('/api/v1/auth/me')).json().user;
  const principal: Principal = {
    userId: me.id,
    role: 'patient',
    email: me.email,
    displayName: me.displayName,
    language: me.language,
    totpEnabled: false,
    secondFactorDone: false,
    sessionIdHash: 'test',
    staffOrgIds: [],
    patient: { id: me.patient.id, orgId: me.patient.orgId, timeZone: 'UTC' },
  };
  const ctx = { db: t.database.handle.db, clock: t.clock } as unknown as ServiceContext;
  return { ctx, principal, meta: { requestId: 'one-statement-test', ip: '127.0.0.1' } };
}

const body = (day: string, overrides: Record<string, unknown> = {}) =>
  checkInFor(day, overrides) as unknown as CheckInBody;

async function counts(patientId: string) {
  const { rows } = await t.database.handle.pool.query(
    `SELECT (SELECT count(*)::int FROM check_ins WHERE patient_id = $1) AS check_ins,
            (SELECT count(*)::int FROM audit_log WHERE patient_id = $1 AND resource = 'check-in') AS audited,
            (SELECT xmin::text FROM patient_summaries WHERE patient_id = $1) AS version`,
    [patientId],
  );
  return rows[0] as { check_ins: number; audited: number; version: string };
}

async function summaryOf(patientId: string) {
  const { rows } = await t.database.handle.pool.query(
    `SELECT last_check_in_day::text, self_harm_flag, triage_priority, facts_day::text
     FROM patient_summaries WHERE patient_id = $1`,
    [patientId],
  );
  return rows[0];
}

describe("a new day's check-in in one statement", () => {
  it('is not tried before the summary holds fact rows, then writes check-in, audit row and summary together', async () => {
    const patient = await signedInPatient(t);
    const request = await requestOf(patient);
    // A new patient's summary row has no fact rows yet: the general path takes the first check-in.
    expect(await prepareNewCheckIn(request, body('2026-03-01'), t.clock())).toBeNull();
    expect((await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'))).statusCode).toBe(
      201,
    );
    expect(await summaryOf(patient.patientId)).toMatchObject({ facts_day: '2026-03-02' });

    const before = await counts(patient.patientId);
    const row = await recordNewCheckIn(request, body('2026-03-02', { pain: 9 }), t.clock());
    expect(row).toMatchObject({ day: '2026-03-02', pain: 9 });
    const after = await counts(patient.patientId);
    expect(after.check_ins).toBe(before.check_ins + 1);
    expect(after.audited).toBe(before.audited + 1);
    expect(after.version).not.toBe(before.version);
    expect(await summaryOf(patient.patientId)).toMatchObject({ last_check_in_day: '2026-03-02' });
  });

  it('writes nothing when the record changed after the rows were read; the request then succeeds on the general path', async () => {
    const patient = await signedInPatient(t);
    const request = await requestOf(patient);
    await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'));
    const checkIn = checkInFor('2026-03-02');
    const prepared = await prepareNewCheckIn(request, checkIn as unknown as CheckInBody, t.clock());
    expect(prepared).not.toBeNull();
    if (!prepared) return;
    // Between the read and the write, the patient answers PHQ-9 item 9 above 0.
    const phq = await patient.client.post('/api/v1/me/measures/phq-9', {
      day: '2026-03-02',
      answers: phq9([1, 1, 0, 0, 0, 0, 0, 0, 1]),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(phq.statusCode).toBe(201);
    const before = await counts(patient.patientId);

    expect(await writeNewCheckIn(request, prepared)).toBeNull();
    expect(await counts(patient.patientId)).toEqual(before);
    // The summary computed before the PHQ-9 did not overwrite the flag.
    expect(await summaryOf(patient.patientId)).toMatchObject({ self_harm_flag: true, triage_priority: 1 });

    const sent = await patient.client.post('/api/v1/me/check-ins', checkIn);
    expect(sent.statusCode).toBe(201);
    expect(await summaryOf(patient.patientId)).toMatchObject({
      self_harm_flag: true,
      triage_priority: 1,
      last_check_in_day: '2026-03-02',
    });
  });

  it('writes nothing for a second check-in on the same day or a replayed key (the conflict rule decides)', async () => {
    const patient = await signedInPatient(t);
    const request = await requestOf(patient);
    const first = checkInFor('2026-03-01');
    await patient.client.post('/api/v1/me/check-ins', first);
    await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-02'));
    const before = await counts(patient.patientId);
    expect(await recordNewCheckIn(request, body('2026-03-02'), t.clock())).toBeNull();
    expect(await recordNewCheckIn(request, first as unknown as CheckInBody, t.clock())).toBeNull();
    expect(await counts(patient.patientId)).toEqual(before);
  });

  it("writes nothing to another patient's record, whatever the principal claims", async () => {
    const owner = await signedInPatient(t);
    await owner.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'));
    const intruder = await requestOf(await signedInPatient(t));
    const ownerRequest = await requestOf(owner);
    const forged: PatientRequest = {
      ...intruder,
      principal: { ...intruder.principal, patient: ownerRequest.principal.patient },
    };
    const before = await counts(owner.patientId);
    expect(await recordNewCheckIn(forged, body('2026-03-02'), t.clock())).toBeNull();
    expect(await counts(owner.patientId)).toEqual(before);
  });

  it('keeps the check-ins that share a statement apart: one that fails or finds nothing leaves the others written', async () => {
    const cohort = await Promise.all(Array.from({ length: 4 }, () => signedInPatient(t)));
    for (const patient of cohort) await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'));
    const requests = await Promise.all(cohort.map(requestOf));
    const prepared = await Promise.all(
      requests.map((request, index) =>
        // The database refuses pain 11 (check_ins_pain_range); the API never sends it.
        prepareNewCheckIn(request, body('2026-03-02', { pain: index === 1 ? 11 : 4 }), t.clock()),
      ),
    );
    const [first, refused, stale, last] = prepared;
    if (!first || !refused || !stale || !last) throw new Error('expected the one-statement path');
    const before = await Promise.all(cohort.map((patient) => counts(patient.patientId)));
    // Sent in the same turn of the event loop, so they start as one statement.
    const settled = await Promise.allSettled([
      writeNewCheckIn(requests[0] as PatientRequest, first),
      writeNewCheckIn(requests[1] as PatientRequest, refused),
      writeNewCheckIn(requests[2] as PatientRequest, { ...stale, summaryVersion: '1' }),
      writeNewCheckIn(requests[3] as PatientRequest, last),
    ]);
    expect(settled.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(settled[0]).toMatchObject({ value: { day: '2026-03-02', pain: 4 } });
    expect(settled[2]).toMatchObject({ value: null }); // the general path takes it
    expect(settled[3]).toMatchObject({ value: { day: '2026-03-02', pain: 4 } });
    const after = await Promise.all(cohort.map((patient) => counts(patient.patientId)));
    for (const index of [0, 3]) {
      expect(after[index]?.check_ins).toBe((before[index]?.check_ins ?? 0) + 1);
      expect(after[index]?.audited).toBe((before[index]?.audited ?? 0) + 1);
    }
    for (const index of [1, 2]) expect(after[index]).toEqual(before[index]);
  });

  it('takes two statements over HTTP: the session with the stored fact rows, then the write', async () => {
    const patient = await signedInPatient(t);
    await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'));
    const statements: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { name?: string; text?: string };
      statements.push(typeof config === 'string' ? config : (config.name ?? config.text ?? '?'));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const sent = await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-02'));
      expect(sent.statusCode).toBe(201);
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(statements).toEqual(['live_sessions', 'new_check_ins']);
  });

  it('stores each check-in once when copies and other days arrive all at once (no deadlock)', async () => {
    // A new patient (no stored fact rows yet): the first copies take the general path, and the
    // first summary they write lets later copies take the one-statement path, so both run at
    // once. The one-statement write locks the summary row and then inserts; the general path
    // must take the same order (summaries/refresh.ts lockPatientSummary) or they deadlock.
    const patient = await signedInPatient(t);
    const days = ['2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'];
    const bodies = [...days, '2026-02-28', '2026-03-01'].map((day) => checkInFor(day));
    const copies = 12;
    const answers = await Promise.all(
      bodies.flatMap((body) =>
        Array.from({ length: copies }, () => patient.client.post('/api/v1/me/check-ins', body)),
      ),
    );
    expect(answers.map((a) => a.statusCode).filter((code) => code !== 200 && code !== 201)).toEqual([]);
    for (const [index, body] of bodies.entries()) {
      const ids = answers.slice(index * copies, (index + 1) * copies).map((a) => a.json().checkIn.id);
      expect(new Set(ids).size, body.day).toBe(1);
    }
    expect(await patient.rows('check_ins')).toBe(bodies.length);
    expect(await summaryOf(patient.patientId)).toMatchObject({ last_check_in_day: '2026-03-01' });
  });
});
