import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { COMPONENT_TEXT, STEP_TEXT } from './care-plan';
import { MEASURE_REASONS } from './measures-due';
import { COMPONENT_TEXT_ES, MEASURE_REASONS_ES, STEP_TEXT_ES } from './spanish';
import { phq9, quietIntake } from './test-support/intakes';
import { LONG_SESSIONS, setDay } from './test-support/journey';
import { checkInFor, signedInPatient } from './test-support/patients';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

describe('server text in Spanish', () => {
  it('has a Spanish version of every component, step and measure reason', () => {
    expect(Object.keys(COMPONENT_TEXT_ES).sort()).toEqual(Object.keys(COMPONENT_TEXT).sort());
    expect(Object.keys(STEP_TEXT_ES).sort()).toEqual(Object.keys(STEP_TEXT).sort());
    expect(Object.keys(MEASURE_REASONS_ES).sort()).toEqual(Object.keys(MEASURE_REASONS).sort());
  });

  it('answers a Spanish-speaking patient in Spanish', async () => {
    setDay(t, '2026-03-02');
    const patient = await signedInPatient(t);
    await t.database.handle.pool.query(
      "UPDATE users SET preferred_language = 'es' WHERE lower(email) = lower($1)",
      [patient.email],
    );
    const intake = await patient.client.post(
      '/api/v1/me/intake',
      quietIntake('2026-03-02', {
        instruments: { 'pain-nrs': { 'pain-intensity': 6 }, 'phq-9': phq9([1, 1, 0, 0, 0, 0, 0, 0, 1]) },
      }),
    );
    expect(intake.statusCode).toBe(201);
    expect(intake.json().carePlan.components[0].title).toBe('Aprender sobre el dolor de espalda');
    expect(intake.json().crisisResources.message).toMatch(/Gracias por contárnoslo/);
    const today = (await patient.client.get('/api/v1/me/today?date=2026-03-02')).json();
    expect(today.step.title).toBe('Paso 1: ejercicio, aprendizaje y autocuidado');
    expect(today.measuresDue[0].reason).toMatch(/Tu control semanal|Cada dos semanas/);
    const flagged = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor('2026-03-02', { newBladderBowelSaddleSymptoms: true }),
    );
    expect(flagged.json().urgentAction.whatToDoNow).toMatch(/Ve a urgencias ahora/);
    const progress = (await patient.client.get('/api/v1/me/progress')).json();
    expect(progress.explanations[0]).toMatch(/Cuéntanos cómo estás al menos 4 días/);
  });
});
