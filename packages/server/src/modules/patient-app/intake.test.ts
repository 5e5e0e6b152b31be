import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { peg, phq9, quietIntake, startBack } from './test-support/intakes';
import { signedInPatient } from './test-support/patients';

let t: TestApp;
const TODAY = '2026-03-02';

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const summary = async (patientId: string) =>
  (await t.database.handle.pool.query('SELECT * FROM patient_summaries WHERE patient_id = $1', [patientId]))
    .rows[0];

describe('POST /api/v1/me/intake', () => {
  it('assesses an eligible intake, stores it with its questionnaires, and starts care plan version 1', async () => {
    const patient = await signedInPatient(t);
    await patient.client.request({
      method: 'PUT',
      url: '/api/v1/me/intake-draft',
      payload: { answers: { ageYears: 45 }, screen: 3 },
    });
    const response = await patient.client.post('/api/v1/me/intake', quietIntake(TODAY));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.assessment).toMatchObject({
      kind: 'intake',
      eligible: true,
      urgentAction: null,
      riskGroup: 'low',
    });
    expect(body.crisisResources).toBeNull();
    expect(body.carePlan).toMatchObject({ version: 1, step: 1, stepStartedOn: TODAY });
    expect(body.carePlan.components.map((c: { kind: string }) => c.kind)).toEqual([
      'education',
      'home-exercise',
      'self-management',
    ]);
    expect(body.carePlan.sessionDays.length).toBeGreaterThan(0);
    expect(await patient.rows('assessments')).toBe(1);
    expect(await patient.rows('instrument_responses')).toBe(4);
    expect(await patient.rows('care_plans')).toBe(1);
    expect(await patient.rows('intake_drafts')).toBe(0);
    expect((await summary(patient.patientId)).step).toBe(1);

    const latest = await patient.client.get('/api/v1/me/assessment');
    expect(latest.json().assessment.id).toBe(body.assessment.id);
    const plan = await patient.client.get('/api/v1/me/care-plan');
    expect(plan.json().carePlan.version).toBe(1);

    const again = await patient.client.post('/api/v1/me/intake', quietIntake(TODAY));
    expect(again.statusCode).toBe(409);
    expect(await patient.rows('assessments')).toBe(1);
  });

  it('adds psychologically informed physio and CBT for high STarT Back risk (clinical.md §1.5)', async () => {
    const patient = await signedInPatient(t);
    const intake = quietIntake(TODAY, {
      instruments: { 'pain-nrs': { 'pain-intensity': 7 }, startback: startBack([1, 2, 3, 4, 5, 6, 7, 8], 4) },
    });
    const response = await patient.client.post('/api/v1/me/intake', intake);
    expect(response.statusCode).toBe(201);
    expect(response.json().assessment.riskGroup).toBe('high');
    const kinds = response.json().carePlan.components.map((c: { kind: string }) => c.kind);
    expect(kinds).toContain('psychologically-informed-physiotherapy');
    expect(kinds).toContain('cbt-counselling');
  });

  it('stops at an emergency red flag: what to do now, no programme, and the clinician is told (§4.1)', async () => {
    const patient = await signedInPatient(t);
    const response = await patient.client.post(
      '/api/v1/me/intake',
      quietIntake(TODAY, { redFlagSymptoms: { newUrinaryRetention: true } }),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.carePlan).toBeNull();
    expect(body.assessment.eligible).toBe(false);
    expect(body.assessment.urgentAction.level).toBe('emergency');
    expect(body.assessment.urgentAction.whatToDoNow.length).toBeGreaterThan(20);
    expect(await patient.rows('care_plans')).toBe(0);
    const rollup = await summary(patient.patientId);
    expect(rollup.triage_priority).toBe(1);
    expect(rollup.red_flag_action).toBe('emergency');
    const today = await patient.client.get(`/api/v1/me/today?date=${TODAY}`);
    if (today.statusCode === 200) expect(today.json().hasPlan).toBe(false);
  });

  it('shows crisis resources and raises the safety flag when PHQ-9 item 9 is above 0 (§3.3)', async () => {
    const patient = await signedInPatient(t);
    const response = await patient.client.post(
      '/api/v1/me/intake',
      quietIntake(TODAY, {
        instruments: {
          'pain-nrs': { 'pain-intensity': 5 },
          'phq-9': phq9([1, 1, 0, 0, 0, 0, 0, 0, 1]),
          'peg-3': peg(5, 5, 5),
        },
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().crisisResources.resources.length).toBeGreaterThan(0);
    expect(response.json().assessment.selfHarmSafetyFlag).toBe(true);
    const rollup = await summary(patient.patientId);
    expect(rollup.self_harm_flag).toBe(true);
    expect(rollup.triage_priority).toBe(1);
  });

  it.each([
    [
      'missing red-flag answers',
      (i: Record<string, unknown>) => ({ ...i, redFlagSymptoms: undefined }),
      'body.redFlagSymptoms',
    ],
    [
      'a clinician-only section',
      (i: Record<string, unknown>) => ({ ...i, clinicianFindings: {} }),
      'body.clinicianFindings',
    ],
    ['an age under 16', (i: Record<string, unknown>) => ({ ...i, ageYears: 12 }), 'body.ageYears'],
    [
      'an answer out of range',
      (i: Record<string, unknown>) => ({ ...i, instruments: { 'pain-nrs': { 'pain-intensity': 14 } } }),
      'body.instruments.pain-nrs',
    ],
    [
      'a future date',
      (i: Record<string, unknown>) => ({ ...i, assessedOn: '2026-04-01' }),
      'body.assessedOn',
    ],
  ])('refuses %s with 400 naming the field, writing nothing', async (_name, change, path) => {
    const patient = await signedInPatient(t);
    const response = await patient.client.post('/api/v1/me/intake', change({ ...quietIntake(TODAY) }));
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .issues.map((i: { path: string }) => i.path)
        .join(' '),
    ).toContain(path);
    for (const table of ['assessments', 'instrument_responses', 'care_plans', 'patient_summaries']) {
      expect(await patient.rows(table)).toBe(0);
    }
  });
});

describe('PUT/GET /api/v1/me/intake-draft', () => {
  it('saves and resumes the wizard, and refuses a bad screen number', async () => {
    const patient = await signedInPatient(t);
    expect((await patient.client.get('/api/v1/me/intake-draft')).json()).toEqual({ draft: null });
    const saved = await patient.client.request({
      method: 'PUT',
      url: '/api/v1/me/intake-draft',
      payload: { answers: { ageYears: 52, sex: 'male' }, screen: 4 },
    });
    expect(saved.statusCode).toBe(200);
    const loaded = await patient.client.get('/api/v1/me/intake-draft');
    expect(loaded.json().draft).toMatchObject({ answers: { ageYears: 52, sex: 'male' }, screen: 4 });
    const bad = await patient.client.request({
      method: 'PUT',
      url: '/api/v1/me/intake-draft',
      payload: { answers: {}, screen: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.screen');
    const huge = await patient.client.request({
      method: 'PUT',
      url: '/api/v1/me/intake-draft',
      payload: { answers: { text: 'x'.repeat(70_000) }, screen: 1 },
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().issues[0].path).toBe('body.answers');
    expect((await patient.client.get('/api/v1/me/intake-draft')).json().draft.screen).toBe(4);
  });
});
