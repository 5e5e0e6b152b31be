import { EXERCISE_CATALOGUE } from '@backplan/clinical/exercise/catalogue/index';
import type { InjectOptions } from 'fastify';
import type { TestApp } from '../../../../test/app';
import type { ActorName, World, WorldActor } from '../../../../test/world';

/**
 * The patient app's rows for the security engineer's route-table tests
 * (plugins/authorization-matrix.test.ts and plugins/fuzz.test.ts), kept here
 * so those files need one spread line each. Statuses are in ACTOR_NAMES order:
 * anonymous, patientOwn, patientOther, clinicianSameClinic, clinicianOtherClinic,
 * adminSameClinic, adminOtherClinic, clinicianAwaitingTotp.
 */
export interface MatrixRow {
  readonly expect: readonly [number, number, number, number, number, number, number, number];
  readonly request: (world: World, actor: WorldActor, t: TestApp) => Promise<InjectOptions> | InjectOptions;
  readonly fresh?: boolean;
}

export interface FuzzTarget {
  readonly method: 'POST' | 'GET' | 'DELETE' | 'PUT';
  readonly url: string;
  readonly actor: ActorName;
  readonly body?: Record<string, unknown>;
  readonly query?: Record<string, string>;
}

/** Patients only: anonymous 401, both patients succeed on their own record, staff 403, half-signed-in 401. */
export const PATIENT_ONLY = (ok: number) => [401, ok, ok, 403, 403, 403, 403, 401] as const;

export const FIRST_EXERCISE = EXERCISE_CATALOGUE[0]?.id ?? 'missing';

export function sessionBody(day: string, idempotencyKey: string) {
  return {
    day,
    carePlanVersion: 1,
    exercises: [{ exerciseId: FIRST_EXERCISE, outcome: 'done', painDuring: 2 }],
    stoppedForSymptoms: false,
    idempotencyKey,
    clientRecordedAt: `${day}T10:00:00Z`,
  };
}

export const MEDICATION = {
  drug: 'naproxen',
  dose: 250,
  unit: 'mg',
  frequency: 'BID',
  route: 'oral',
  startedOn: '2026-01-05',
};

export const REMINDERS = {
  time: '08:30',
  timeZone: 'Europe/Madrid',
  repeatAfterMinutes: null,
  quietDays: [],
  channels: ['in_app'],
};
export const PUSH_SUBSCRIPTION = {
  endpoint: 'https://push.example/abc',
  keys: { p256dh: 'key', auth: 'secret' },
};

export const goalFor = (t: TestApp) => ({
  activity: 'Walk to the shop',
  measure: 'times',
  target: 3,
  period: 'week',
  reason: 'To shop on my own',
  deadline: new Date(t.clock().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
  confidence: 8,
});

export const today = (t: TestApp) => t.clock().toISOString().slice(0, 10);
export const get = (url: string): InjectOptions => ({ method: 'GET', url });
export const post = (url: string, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  ...(payload ? { payload } : {}),
});
