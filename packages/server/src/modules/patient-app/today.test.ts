import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { LONG_SESSIONS, logTodaysSession, patientWithPlan, setDay } from './test-support/journey';
import { checkInFor, signedInPatient } from './test-support/patients';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/me/today', () => {
  it('shows the session with doses and drawings, the self-management item, check-in state, measures and step', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const response = await patient.client.get('/api/v1/me/today?date=2026-03-02');
    expect(response.statusCode).toBe(200);
    const today = response.json();
    expect(today).toMatchObject({
      date: '2026-03-02',
      hasPlan: true,
      urgentAction: null,
      carePlanVersion: 1,
    });
    expect(today.session.isSessionDay).toBe(true); // Monday is always a session day
    expect(today.session.flareSet).toBe(false);
    expect(today.session.exercises.length).toBeGreaterThan(2);
    const first = today.session.exercises[0];
    expect(first.doseText.length).toBeGreaterThan(3);
    expect(first.steps.length).toBeGreaterThan(0);
    const drawing = await patient.client.get(first.illustrationUrl);
    expect(drawing.statusCode).toBe(200);
    expect(drawing.headers['content-type']).toContain('image/svg+xml');
    expect(drawing.body).toContain('<svg');
    expect(today.selfManagement.length).toBeGreaterThan(0);
    expect(today.checkInDone).toBe(false);
    expect(today.weeklySafetyQuestionDue).toBe(true);
    expect(today.measuresDue.map((m: { instrumentId: string }) => m.instrumentId)).toContain('gad-2');
    expect(today.step).toMatchObject({ step: 1 });
    expect(today.step.title).toMatch(/Step 1/);
    for (const card of today.step.cards) expect(card.summary.length).toBeGreaterThan(0);

    await patient.client.post('/api/v1/me/check-ins', checkInFor('2026-03-02'));
    const after = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    expect(after.checkInDone).toBe(true);
  });

  it('is empty but answers before the intake, and refuses a bad date', async () => {
    const patient = await signedInPatient(t);
    const response = await patient.client.get('/api/v1/me/today');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ hasPlan: false, session: null, step: null, measuresDue: [] });
    const bad = await patient.client.get('/api/v1/me/today?date=tomorrow');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toContain('querystring.date');
  });

  it('serves no drawing for an unknown exercise', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exercises/no-such-thing/illustration.svg',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /api/v1/me/sessions and next-morning', () => {
  it('logs a session once per key, asks the next-morning question, and records the answer', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const first = await logTodaysSession(patient, '2026-03-02', 3);
    expect(first.statusCode).toBe(201);
    expect(first.json().session).toMatchObject({
      completed: true,
      maxPainDuring: 3,
      settledNextMorning: null,
    });
    setDay(t, '2026-03-03');
    const today = (await patient.client.get('/api/v1/me/today?date=2026-03-03')).json();
    expect(today.nextMorningQuestion).toEqual({ sessionId: first.json().session.id, day: '2026-03-02' });
    const answer = await patient.client.post(`/api/v1/me/sessions/${first.json().session.id}/next-morning`, {
      settled: true,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().session.settledNextMorning).toBe(true);
    expect(
      (await patient.client.get('/api/v1/me/today?date=2026-03-03')).json().nextMorningQuestion,
    ).toBeNull();
    expect(await patient.rows('session_logs')).toBe(1);
  });

  it('replays the same key without a duplicate', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const key = randomUUID();
    const first = await logTodaysSession(patient, '2026-03-02', 2, { idempotencyKey: key });
    const again = await logTodaysSession(patient, '2026-03-02', 2, { idempotencyKey: key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true });
    expect(again.json().session.id).toBe(first.json().session.id);
    expect(await patient.rows('session_logs')).toBe(1);
  });

  it('gives stop advice when the patient stopped for symptoms', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const response = await logTodaysSession(patient, '2026-03-02', 6, { stoppedForSymptoms: true });
    expect(response.statusCode).toBe(201);
    expect(response.json().stopAdvice).toMatch(/right thing to stop/);
  });

  it('moves the dose up one step after a week that met the pain-monitoring rules (clinical.md §5.5)', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const before = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json().session.exercises;
    for (const day of ['2026-03-02', '2026-03-04', '2026-03-06']) {
      setDay(t, day);
      const logged = await logTodaysSession(patient, day, 3);
      expect(logged.statusCode).toBe(201);
      expect(logged.json().planChange).toBeNull();
      await patient.client.post(`/api/v1/me/sessions/${logged.json().session.id}/next-morning`, {
        settled: true,
      });
    }
    setDay(t, '2026-03-09');
    const monday = await logTodaysSession(patient, '2026-03-09', 3);
    expect(monday.json().planChange).toMatchObject({ version: 2, decision: 'progress' });
    expect(monday.json().planChange.reason).toMatch(/moved up one step/);
    const after = (await patient.client.get('/api/v1/me/today?date=2026-03-10')).json();
    expect(after.carePlanVersion).toBe(2);
    expect(after.session.exercises).not.toEqual(before);
    expect(await patient.rows('care_plans')).toBe(2);
    const again = await logTodaysSession(patient, '2026-03-09', 3);
    expect(again.json().planChange).toBeNull();
  });

  it.each([
    [
      'an unknown exercise',
      { exercises: [{ exerciseId: 'no-such', outcome: 'done', painDuring: 2 }] },
      'body.exercises.0.exerciseId',
    ],
    ['a care-plan version that does not exist', { carePlanVersion: 99 }, 'body.carePlanVersion'],
    [
      'pain out of range',
      { exercises: [{ exerciseId: 'x', outcome: 'done', painDuring: 12 }] },
      'body.exercises.0.painDuring',
    ],
    [
      'an unknown outcome',
      { exercises: [{ exerciseId: 'x', outcome: 'maybe', painDuring: 2 }] },
      'body.exercises.0.outcome',
    ],
  ])('refuses %s with 400 naming the field, writing nothing', async (_name, override, path) => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const response = await logTodaysSession(patient, '2026-03-02', 2, override);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await patient.rows('session_logs')).toBe(0);
  });

  it("answers 404 for another patient's session, and 400 for a malformed id", async () => {
    const owner = await patientWithPlan(t, '2026-03-02');
    const logged = await logTodaysSession(owner, '2026-03-02', 2);
    const stranger = await patientWithPlan(t, '2026-03-02');
    const response = await stranger.client.post(
      `/api/v1/me/sessions/${logged.json().session.id}/next-morning`,
      {
        settled: false,
      },
    );
    expect(response.statusCode).toBe(404);
    const malformed = await stranger.client.post('/api/v1/me/sessions/123/next-morning', { settled: false });
    expect(malformed.statusCode).toBe(400);
    const session = await owner.client.get('/api/v1/me/today?date=2026-03-02');
    expect(session.json().session.loggedSessionId).toBe(logged.json().session.id);
  });
});

describe('POST /api/v1/me/self-management', () => {
  it("marks today's item done once, and refuses a lesson without an id", async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const today = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    const item = today.selfManagement[0];
    const body = { day: '2026-03-02', kind: item.kind, itemId: item.itemId, idempotencyKey: randomUUID() };
    expect((await patient.client.post('/api/v1/me/self-management', body)).statusCode).toBe(201);
    expect((await patient.client.post('/api/v1/me/self-management', body)).json()).toEqual({
      replayed: true,
    });
    const after = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    expect(after.selfManagement[0].done).toBe(true);
    const bad = await patient.client.post('/api/v1/me/self-management', {
      ...body,
      kind: 'lesson',
      itemId: null,
      idempotencyKey: randomUUID(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.itemId');
    expect(await patient.rows('self_management_log')).toBe(1);
  });
});
