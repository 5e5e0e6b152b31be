import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { LONG_SESSIONS, patientWithPlan, setDay } from './test-support/journey';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

const summary = async (patientId: string) =>
  (await t.database.handle.pool.query('SELECT * FROM patient_summaries WHERE patient_id = $1', [patientId]))
    .rows[0];
const log = (day: string, pain: number, settled: boolean, redFlagSymptoms: string[] = []) => ({
  day,
  pain,
  settled,
  redFlagSymptoms,
});

describe('flares', () => {
  it('switches today to the flare set and returns after two settled days (clinical flare rules)', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const usual = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json().session;
    const started = await patient.client.post('/api/v1/me/flares', { day: '2026-03-02' });
    expect(started.statusCode).toBe(201);
    expect(started.json().flare).toMatchObject({ startedOn: '2026-03-02', status: 'active', endedOn: null });
    const again = await patient.client.post('/api/v1/me/flares', { day: '2026-03-02' });
    expect(again.statusCode).toBe(200);
    expect(await patient.rows('flare_episodes')).toBe(1);

    const during = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    expect(during.session.flareSet).toBe(true);
    expect(during.session.estimatedMinutes).toBeLessThan(usual.estimatedMinutes);
    expect(during.flare.status).toBe('active');

    setDay(t, '2026-03-03');
    const first = await patient.client.post('/api/v1/me/flares/current/log', log('2026-03-03', 5, true));
    expect(first.json().outcome).toBe('continues');
    setDay(t, '2026-03-04');
    const second = await patient.client.post('/api/v1/me/flares/current/log', log('2026-03-04', 3, true));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ outcome: 'resolved', urgentAction: null });
    expect(second.json().flare).toMatchObject({ status: 'resolved', endedOn: '2026-03-04' });
    const after = (await patient.client.get('/api/v1/me/today?date=2026-03-04')).json();
    expect(after.session.flareSet).toBe(false);
    expect(after.flare).toBeNull();
    const none = await patient.client.post('/api/v1/me/flares/current/log', log('2026-03-04', 3, true));
    expect(none.statusCode).toBe(404);
  });

  it('sends a red-flag answer down the urgent path and flags the summary (§4.1)', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    await patient.client.post('/api/v1/me/flares', { day: '2026-03-02' });
    const response = await patient.client.post(
      '/api/v1/me/flares/current/log',
      log('2026-03-02', 8, false, ['saddle-numbness']),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe('urgent');
    expect(response.json().urgentAction).toMatchObject({ level: 'emergency' });
    expect(response.json().urgentAction.whatToDoNow).toMatch(/emergency department/);
    const rollup = await summary(patient.patientId);
    expect(rollup.triage_priority).toBe(1);
    expect(rollup.red_flag_action).toBe('emergency');
    const today = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    expect(today.urgentAction.level).toBe('emergency');
    expect(today.session).toBeNull();
  });

  it('shows a flare of more than 7 days in the summary (priority 3)', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    await patient.client.post('/api/v1/me/flares', { day: '2026-03-02' });
    setDay(t, '2026-03-11');
    await patient.client.post('/api/v1/me/flares/current/log', log('2026-03-11', 6, false));
    const rollup = await summary(patient.patientId);
    expect(rollup.triage_priority).toBe(3);
    expect(rollup.triage_reasons.join(' ')).toMatch(/Flare for 9 days/);
  });

  it('lists the red-flag questions in plain words', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const response = await patient.client.get('/api/v1/me/flares/red-flag-questions');
    expect(response.json().questions.length).toBe(7);
  });

  it.each([
    ['a symptom not on the list', log('2026-03-02', 5, false, ['headache']), 'body.redFlagSymptoms.0'],
    ['pain out of range', log('2026-03-02', 11, false), 'body.pain'],
    ['a day before the flare', log('2026-02-20', 5, false), 'body.day'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, body, path) => {
    const patient = await patientWithPlan(t, '2026-03-02');
    await patient.client.post('/api/v1/me/flares', { day: '2026-03-02' });
    const response = await patient.client.post('/api/v1/me/flares/current/log', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    const { rows } = await t.database.handle.pool.query(
      'SELECT log FROM flare_episodes WHERE patient_id = $1',
      [patient.patientId],
    );
    expect(rows[0].log).toEqual([]);
  });

  it('refuses a flare start with a bad day, writing nothing', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const response = await patient.client.post('/api/v1/me/flares', { day: '2026-04-30' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('body.day');
    expect(await patient.rows('flare_episodes')).toBe(0);
  });
});
