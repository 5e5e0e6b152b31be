import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../../test/app';
import { quietIntake } from './intakes';
import { signedInPatient, type TestPatient } from './patients';

/** Long sessions, so tests can move the clock by days and weeks. */
export const LONG_SESSIONS = {
  auth: { sessionIdleMinutes: 1440 * 30, sessionAbsoluteHours: 720 * 2 },
} as const;

export function setDay(t: TestApp, day: string, time = '09:00:00'): void {
  t.clock.set(new Date(`${day}T${time}Z`));
}

/** A patient who has done the intake on `day` and has care plan version 1. */
export async function patientWithPlan(t: TestApp, day: string): Promise<TestPatient> {
  setDay(t, day);
  const patient = await signedInPatient(t);
  const intake = await patient.client.post('/api/v1/me/intake', quietIntake(day));
  if (intake.statusCode !== 201 || !intake.json().carePlan) throw new Error(`intake failed: ${intake.body}`);
  return patient;
}

/** Logs today's session as the Today screen lists it, every exercise done at `painDuring`. */
export async function logTodaysSession(
  patient: TestPatient,
  day: string,
  painDuring: number,
  overrides = {},
) {
  const today = (await patient.client.get(`/api/v1/me/today?date=${day}`)).json();
  return patient.client.post('/api/v1/me/sessions', {
    day,
    carePlanVersion: today.carePlanVersion,
    exercises: today.session.exercises.map((e: { exerciseId: string }) => ({
      exerciseId: e.exerciseId,
      outcome: 'done',
      painDuring,
    })),
    stoppedForSymptoms: false,
    idempotencyKey: randomUUID(),
    clientRecordedAt: `${day}T18:00:00Z`,
    ...overrides,
  });
}
