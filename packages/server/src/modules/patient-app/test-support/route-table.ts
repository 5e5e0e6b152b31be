import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import type { TestApp } from '../../../../test/app';
import type { ActorName, World, WorldActor } from '../../../../test/world';
import { quietIntake } from './intakes';

/**
 * The patient app's rows for the security engineer's route-table tests
 * (plugins/authorization-matrix.test.ts and plugins/fuzz.test.ts), kept here
 * so those files need one spread line each. Statuses are in ACTOR_NAMES order:
 * anonymous, patientOwn, patientOther, clinicianSameClinic, clinicianOtherClinic,
 * adminSameClinic, adminOtherClinic, clinicianAwaitingTotp.
 */
interface MatrixRow {
  readonly expect: readonly [number, number, number, number, number, number, number, number];
  readonly request: (world: World, actor: WorldActor, t: TestApp) => Promise<InjectOptions> | InjectOptions;
  readonly fresh?: boolean;
}

interface FuzzTarget {
  readonly method: 'POST' | 'GET' | 'DELETE' | 'PUT';
  readonly url: string;
  readonly actor: ActorName;
  readonly body?: Record<string, unknown>;
  readonly query?: Record<string, string>;
}

/** Patients only: anonymous 401, both patients succeed on their own record, staff 403, half-signed-in 401. */
const PATIENT_ONLY = (ok: number) => [401, ok, ok, 403, 403, 403, 403, 401] as const;

const today = (t: TestApp) => t.clock().toISOString().slice(0, 10);
const get = (url: string): InjectOptions => ({ method: 'GET', url });
const post = (url: string, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  ...(payload ? { payload } : {}),
});

export const PATIENT_APP_MATRIX: Record<string, MatrixRow> = {
  'POST /api/v1/me/check-ins': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) =>
      post('/api/v1/me/check-ins', {
        day: today(t),
        pain: 4,
        sleepQuality: 5,
        mood: 6,
        activityMinutes: 20,
        sideEffects: [],
        flare: false,
        newBladderBowelSaddleSymptoms: null,
        idempotencyKey: randomUUID(),
        clientRecordedAt: t.clock().toISOString(),
      }),
  },
  'GET /api/v1/me/check-ins': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/check-ins') },
  // Intake before everything that needs a care plan: rows run in this order on one shared world.
  'POST /api/v1/me/intake': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) => post('/api/v1/me/intake', quietIntake(today(t))),
  },
  'POST /api/v1/me/reassessments': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) => post('/api/v1/me/reassessments', quietIntake(today(t))),
  },
  'GET /api/v1/me/assessment': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/assessment') },
  'PUT /api/v1/me/intake-draft': {
    expect: PATIENT_ONLY(200),
    request: () => ({
      method: 'PUT',
      url: '/api/v1/me/intake-draft',
      payload: { answers: { a: 1 }, screen: 2 },
    }),
  },
  'GET /api/v1/me/intake-draft': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/intake-draft') },
  'GET /api/v1/me/care-plan': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/care-plan') },
};

export const PATIENT_APP_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  'POST /api/v1/me/check-ins': {
    method: 'POST',
    url: '/api/v1/me/check-ins',
    actor: 'patientOwn',
    body: {
      day: '2026-03-02',
      pain: 4,
      sleepQuality: 5,
      mood: 6,
      activityMinutes: 20,
      sideEffects: [],
      flare: false,
      newBladderBowelSaddleSymptoms: null,
      idempotencyKey: '7d7f6a4e-8d2a-4a39-9a53-3c1d5b7e2f10',
      clientRecordedAt: '2026-03-02T08:00:00Z',
    },
  },
  'GET /api/v1/me/check-ins': {
    method: 'GET',
    url: '/api/v1/me/check-ins',
    actor: 'patientOwn',
    query: { from: '2026-03-01' },
  },
  'POST /api/v1/me/intake': {
    method: 'POST',
    url: '/api/v1/me/intake',
    actor: 'patientOwn',
    body: quietIntake('2026-03-02'),
  },
  'POST /api/v1/me/reassessments': {
    method: 'POST',
    url: '/api/v1/me/reassessments',
    actor: 'patientOwn',
    body: quietIntake('2026-03-02'),
  },
  'PUT /api/v1/me/intake-draft': {
    method: 'PUT',
    url: '/api/v1/me/intake-draft',
    actor: 'patientOwn',
    body: { answers: { ageYears: 40 }, screen: 1 },
  },
};
