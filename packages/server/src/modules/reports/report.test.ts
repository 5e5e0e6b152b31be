import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { peg } from '../patient-app/test-support/intakes';
import {
  LONG_SESSIONS,
  logTodaysSession,
  patientWithPlan,
  setDay,
} from '../patient-app/test-support/journey';
import { checkInFor, signedInPatient } from '../patient-app/test-support/patients';
import { pdfPages } from './pdf-text.test-support';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

const download = async (client: {
  get(url: string): Promise<{ statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer }>;
}) => {
  const response = await client.get('/api/v1/me/report.pdf');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return pdfPages(response.rawPayload);
};

describe('GET /api/v1/me/report.pdf', () => {
  it('is one page with the pain and PEG trends, sessions, step, medicines, flags and goals', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    await patient.client.post('/api/v1/me/medications', {
      drug: 'ibuprofen',
      dose: 400,
      unit: 'mg',
      frequency: 'TID',
      route: 'oral',
      startedOn: '2026-02-01',
    });
    await t.database.handle.pool.query(
      `INSERT INTO goals (org_id, patient_id, goal) SELECT org_id, id, $2::jsonb FROM patients WHERE id = $1`,
      [
        patient.patientId,
        JSON.stringify({
          activity: 'Walk to the park and back',
          target: 3,
          measure: 'times',
          period: 'week',
        }),
      ],
    );
    await logTodaysSession(patient, '2026-03-02', 3);
    for (const [index, pain] of [5, 4, 4, 3, 4, 3, 3].entries()) {
      const day = `2026-03-0${3 + index}`;
      setDay(t, day);
      await patient.client.post('/api/v1/me/check-ins', checkInFor(day, { pain }));
    }
    await patient.client.post('/api/v1/me/measures/peg-3', {
      day: '2026-03-09',
      answers: peg(4, 3, 4),
      idempotencyKey: crypto.randomUUID(),
    });

    const pages = await download(patient.client);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    for (const fact of [
      'BackPlan report',
      'Pain: 7-day average',
      'PEG score',
      'Pain now (7-day average): 3.7, at the start: 6.0',
      'Latest PEG: 3.7 on 2026-03-09',
      'Change since the start: down 2.3 points, a meaningful improvement (2 points and 30% or more).',
      'Exercise sessions: 1 of',
      'Step 1: exercise, learning and self-care',
      'Home exercises',
      'ibuprofen 400 mg, TID',
      'Walk to the park and back: 3 times per week',
      'None reported.',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('shows a red flag and works before any plan', async () => {
    const patient = await signedInPatient(t);
    await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor('2026-03-09', { newBladderBowelSaddleSymptoms: true }),
    );
    const text = (await download(patient.client))[0] ?? '';
    expect(text).toContain('Warning signs reported (emergency)');
    expect(text).toContain('No care plan yet.');
    expect(text).toContain('not enough check-ins');
  });

  it('is for the signed-in patient only', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/report.pdf' });
    expect(anonymous.statusCode).toBe(401);
  });
});
