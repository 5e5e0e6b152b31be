import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { signedInActor } from '../../../test/fixtures';
import { checkInFor, signedInPatient, type TestPatient } from './test-support/patients';

let t: TestApp;
let patient: TestPatient;

beforeAll(async () => {
  t = await createTestApp();
  patient = await signedInPatient(t);
});

afterAll(async () => {
  await t.close();
});

const summaryOf = async (patientId: string) => {
  const { rows } = await t.database.handle.pool.query(
    'SELECT *, last_check_in_day::text AS last_check_in_day FROM patient_summaries WHERE patient_id = $1',
    [patientId],
  );
  return rows[0];
};

describe('POST /api/v1/me/check-ins', () => {
  it('stores a check-in (201), replays the same key (200) without a duplicate, and updates the summary', async () => {
    const body = checkInFor('2026-03-01');
    const first = await patient.client.post('/api/v1/me/check-ins', body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ replayed: false, superseded: false, urgentAction: null });
    expect(first.json().checkIn).toMatchObject({
      day: '2026-03-01',
      pain: 5,
      idempotencyKey: body.idempotencyKey,
    });

    const again = await patient.client.post('/api/v1/me/check-ins', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, superseded: false });
    expect(again.json().checkIn.id).toBe(first.json().checkIn.id);
    expect(await patient.rows('check_ins')).toBe(1);
    expect((await summaryOf(patient.patientId)).last_check_in_day).toBe('2026-03-01');
    // Every write goes through withOwnRecord: one audit row per request, in the same transaction.
    const { rows: audit } = await t.database.handle.pool.query(
      "SELECT action, resource, outcome FROM audit_log WHERE patient_id = $1 AND resource = 'check-in'",
      [patient.patientId],
    );
    expect(audit).toEqual([
      { action: 'create', resource: 'check-in', outcome: 'allowed' },
      { action: 'create', resource: 'check-in', outcome: 'allowed' },
    ]);
  });

  it('same day, different key: a newer device time replaces the values, an older one is superseded', async () => {
    const day = '2026-02-27';
    const original = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(day, { pain: 4, clientRecordedAt: '2026-02-27T10:00:00Z' }),
    );
    expect(original.statusCode).toBe(201);

    const newer = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(day, { pain: 6, clientRecordedAt: '2026-02-27T12:00:00+01:00' }),
    );
    expect(newer.statusCode).toBe(201);
    expect(newer.json().checkIn).toMatchObject({ pain: 6, id: original.json().checkIn.id });

    const older = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(day, { pain: 9, clientRecordedAt: '2026-02-27T09:30:00Z' }),
    );
    expect(older.statusCode).toBe(200);
    expect(older.json()).toMatchObject({ superseded: true, replayed: false });
    expect(older.json().checkIn.pain).toBe(6);

    const list = await patient.client.get(`/api/v1/me/check-ins?from=${day}&to=${day}`);
    expect(list.json().checkIns).toHaveLength(1);
    expect(list.json().checkIns[0].pain).toBe(6);
  });

  it('a yes to new bladder, bowel or saddle symptoms starts the emergency path and flags the summary', async () => {
    const other = await signedInPatient(t);
    const response = await other.client.post(
      '/api/v1/me/check-ins',
      checkInFor('2026-03-02', { newBladderBowelSaddleSymptoms: true }),
    );
    expect(response.statusCode).toBe(201);
    const action = response.json().urgentAction;
    expect(action.level).toBe('emergency');
    expect(action.whatToDoNow).toMatch(/emergency department/);
    const summary = await summaryOf(other.patientId);
    expect(summary.triage_priority).toBe(1);
    expect(summary.red_flag_action).toBe('emergency');
    expect(summary.triage_reasons.join(' ')).toMatch(/bladder, bowel or saddle/);
  });

  it.each([
    ['pain', { pain: 11 }, 'body.pain'],
    ['sleepQuality', { sleepQuality: -1 }, 'body.sleepQuality'],
    ['idempotencyKey', { idempotencyKey: 'not-a-uuid' }, 'body.idempotencyKey'],
    ['clientRecordedAt', { clientRecordedAt: 'yesterday' }, 'body.clientRecordedAt'],
    ['day format', { day: '2026-13-01' }, 'body.day'],
    ['day in the future', { day: '2026-03-05' }, 'body.day'],
    ['day too long ago', { day: '2025-11-01' }, 'body.day'],
    ['unknown field', { extra: 1 }, 'body'],
  ])('refuses bad %s with 400 naming the field, writing nothing', async (_name, override, path) => {
    const fresh = await signedInPatient(t);
    const response = await fresh.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01', override));
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .issues.map((i: { path: string }) => i.path)
        .join(' '),
    ).toContain(path);
    expect(await fresh.rows('check_ins')).toBe(0);
    expect(await fresh.rows('patient_summaries')).toBe(0);
  });

  it('is for patients only, and each patient sees only their own check-ins', async () => {
    const clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
      role: 'clinician',
      organisationName: `Clinic ${randomUUID()}`,
    });
    const denied = await clinician.client.post('/api/v1/me/check-ins', checkInFor('2026-03-01'));
    expect(denied.statusCode).toBe(403);
    const stranger = await signedInPatient(t);
    const list = await stranger.client.get('/api/v1/me/check-ins');
    expect(list.statusCode).toBe(200);
    expect(list.json().checkIns).toEqual([]);
  });
});

describe('GET /api/v1/me/check-ins', () => {
  it('lists a range oldest first and refuses a reversed or too-long range', async () => {
    const list = await patient.client.get('/api/v1/me/check-ins?from=2026-02-01&to=2026-03-02');
    expect(list.statusCode).toBe(200);
    const days = list.json().checkIns.map((c: { day: string }) => c.day);
    expect(days).toEqual([...days].sort());
    const reversed = await patient.client.get('/api/v1/me/check-ins?from=2026-03-02&to=2026-02-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().issues[0].path).toBe('querystring.from');
    const long = await patient.client.get('/api/v1/me/check-ins?from=2024-01-01&to=2026-03-02');
    expect(long.statusCode).toBe(400);
    const bad = await patient.client.get('/api/v1/me/check-ins?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toContain('querystring');
  });
});
