import { classifyMeaningfulChange } from '@backplan/clinical/outcomes/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { explainChange } from './change-words';
import { LONG_SESSIONS, logTodaysSession, patientWithPlan, setDay } from './test-support/journey';
import { checkInFor, signedInPatient } from './test-support/patients';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/me/progress', () => {
  it('charts the 7-day mean, explains a real change in plain words, and keeps a neutral calendar', async () => {
    const patient = await patientWithPlan(t, '2026-03-02'); // intake pain 6/10
    await logTodaysSession(patient, '2026-03-02', 3);
    const pains = [4, 3, 4, 3, 4, 3];
    for (const [index, pain] of pains.entries()) {
      const day = `2026-03-0${3 + index}`;
      setDay(t, day);
      const saved = await patient.client.post(
        '/api/v1/me/check-ins',
        checkInFor(day, { pain, activityMinutes: 20 + index }),
      );
      expect(saved.statusCode).toBe(201);
    }
    const response = await patient.client.get('/api/v1/me/progress?days=30');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: '2026-02-07', to: '2026-03-08' });
    expect(body.painMean7d).toHaveLength(30);
    expect(body.painMean7d.at(-1)).toEqual({ date: '2026-03-08', mean: 3.5 });
    expect(body.explanations[0]).toBe(
      'Your pain is down 2.5 points since you started — that counts as a real change.',
    );
    const calendar = Object.fromEntries(
      body.adherenceCalendar.map((d: { date: string; status: string }) => [d.date, d.status]),
    );
    expect(calendar['2026-03-02']).toBe('done');
    expect(calendar['2026-03-04']).toBe('planned');
    expect(calendar['2026-03-01']).toBe('none');
    expect(new Set(Object.values(calendar))).toEqual(new Set(['done', 'planned', 'none']));
    expect(body.activityMinutes).toHaveLength(6);
    expect(body.peg).toEqual([{ date: '2026-03-02', score: 6 }]);
    expect(body.step).toMatchObject({ step: 1 });
    expect(body.activityQuotas.length).toBeGreaterThan(0);
    for (const quota of body.activityQuotas) expect(quota.text).toMatch(/minute/);
  });

  it('answers with empty series before the intake, and refuses a bad range', async () => {
    const patient = await signedInPatient(t);
    const response = await patient.client.get('/api/v1/me/progress');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ peg: [], explanations: [], step: null, adherence14d: null });
    for (const days of ['3', '1000', 'many']) {
      const bad = await patient.client.get(`/api/v1/me/progress?days=${days}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0].path).toBe('querystring.days');
    }
  });
});

describe('explaining change (clinical.md §3.1, §3.2)', () => {
  it.each([
    [6, 2.5, 'is down 3.5 points since you started — that is a big change.'],
    [6, 3.5, 'is down 2.5 points since you started — that counts as a real change.'],
    [6, 5, 'is down 1 point since you started. A change of 2 points or more counts as a real change.'],
    [6, 6.5, 'is about the same as when you started.'],
    [4, 6, 'is up 2 points since you started. Your care team can see this too.'],
  ])('pain %d → %d', (baseline, current, text) => {
    expect(explainChange('pain', classifyMeaningfulChange('pain', baseline, current))).toContain(text);
  });
});
