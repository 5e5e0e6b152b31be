import { randomUUID } from 'node:crypto';
import { EXERCISE_CATALOGUE } from '@backplan/clinical/exercise/catalogue/index';
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

const FIRST_EXERCISE = EXERCISE_CATALOGUE[0]?.id ?? 'missing';

function sessionBody(day: string, idempotencyKey: string) {
  return {
    day,
    carePlanVersion: 1,
    exercises: [{ exerciseId: FIRST_EXERCISE, outcome: 'done', painDuring: 2 }],
    stoppedForSymptoms: false,
    idempotencyKey,
    clientRecordedAt: `${day}T10:00:00Z`,
  };
}

const MEDICATION = {
  drug: 'naproxen',
  dose: 250,
  unit: 'mg',
  frequency: 'BID',
  route: 'oral',
  startedOn: '2026-01-05',
};

const REMINDERS = {
  time: '08:30',
  timeZone: 'Europe/Madrid',
  repeatAfterMinutes: null,
  quietDays: [],
  channels: ['in_app'],
};
const PUSH_SUBSCRIPTION = { endpoint: 'https://push.example/abc', keys: { p256dh: 'key', auth: 'secret' } };

const goalFor = (t: TestApp) => ({
  activity: 'Walk to the shop',
  measure: 'times',
  target: 3,
  period: 'week',
  reason: 'To shop on my own',
  deadline: new Date(t.clock().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
  confidence: 8,
});

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
  'GET /api/v1/me/today': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/today') },
  'POST /api/v1/me/sessions': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) => post('/api/v1/me/sessions', sessionBody(today(t), randomUUID())),
  },
  'POST /api/v1/me/sessions/:id/next-morning': {
    expect: PATIENT_ONLY(200),
    request: async (_w, actor, t) => {
      const logged = await actor.client.post('/api/v1/me/sessions', sessionBody(today(t), randomUUID()));
      const id = logged.statusCode === 201 ? logged.json().session.id : randomUUID();
      return post(`/api/v1/me/sessions/${id}/next-morning`, { settled: true });
    },
  },
  'POST /api/v1/me/self-management': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) =>
      post('/api/v1/me/self-management', {
        day: today(t),
        kind: 'goal-review',
        itemId: null,
        idempotencyKey: randomUUID(),
      }),
  },
  'POST /api/v1/me/flares': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) => post('/api/v1/me/flares', { day: today(t) }),
  },
  'POST /api/v1/me/flares/current/log': {
    expect: PATIENT_ONLY(200),
    request: (_w, _a, t) =>
      post('/api/v1/me/flares/current/log', { day: today(t), pain: 4, settled: false, redFlagSymptoms: [] }),
  },
  'GET /api/v1/me/flares/red-flag-questions': {
    expect: PATIENT_ONLY(200),
    request: () => get('/api/v1/me/flares/red-flag-questions'),
  },
  'POST /api/v1/me/measures/:instrumentId': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) =>
      post('/api/v1/me/measures/peg-3', {
        day: today(t),
        answers: { 'pain-average': 5, 'enjoyment-interference': 4, 'activity-interference': 4 },
        idempotencyKey: randomUUID(),
      }),
  },
  'GET /api/v1/me/measures/due': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/measures/due') },
  'GET /api/v1/me/progress': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/progress?days=30') },
  'GET /api/v1/me/medications': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/medications') },
  'POST /api/v1/me/medications': {
    expect: PATIENT_ONLY(201),
    request: () => post('/api/v1/me/medications', MEDICATION),
  },
  'DELETE /api/v1/me/medications/:id': {
    expect: PATIENT_ONLY(204),
    request: async (_w, actor) => {
      const added = await actor.client.post('/api/v1/me/medications', MEDICATION);
      const id = added.statusCode === 201 ? added.json().medication.id : randomUUID();
      return { method: 'DELETE', url: `/api/v1/me/medications/${id}` };
    },
  },
  'GET /api/v1/me/reminders': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/reminders') },
  'PUT /api/v1/me/reminders': {
    expect: PATIENT_ONLY(200),
    request: () => ({ method: 'PUT', url: '/api/v1/me/reminders', payload: REMINDERS }),
  },
  'GET /api/v1/me/notifications': {
    expect: PATIENT_ONLY(200),
    request: () => get('/api/v1/me/notifications'),
  },
  'POST /api/v1/me/push-subscriptions': {
    expect: PATIENT_ONLY(201),
    request: () => post('/api/v1/me/push-subscriptions', PUSH_SUBSCRIPTION),
  },
  'GET /api/v1/me/goals': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/goals') },
  'POST /api/v1/me/goals': {
    expect: PATIENT_ONLY(201),
    request: (_w, _a, t) => post('/api/v1/me/goals', goalFor(t)),
  },
  'POST /api/v1/me/goals/:id/reviews': {
    expect: PATIENT_ONLY(200),
    request: async (_w, actor, t) => {
      const added = await actor.client.post('/api/v1/me/goals', goalFor(t));
      const id = added.statusCode === 201 ? added.json().goal.id : randomUUID();
      return post(`/api/v1/me/goals/${id}/reviews`, {
        weekEnding: today(t),
        achieved: 2,
        confidence: 7,
        hadFlare: false,
      });
    },
  },
  'GET /api/v1/me/report.pdf': { expect: PATIENT_ONLY(200), request: () => get('/api/v1/me/report.pdf') },
  'GET /api/v1/exercises/:id/illustration.svg': {
    expect: [200, 200, 200, 200, 200, 200, 200, 200],
    request: () => get(`/api/v1/exercises/${FIRST_EXERCISE}/illustration.svg`),
  },
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
  'GET /api/v1/me/today': {
    method: 'GET',
    url: '/api/v1/me/today',
    actor: 'patientOwn',
    query: { date: '2026-03-02' },
  },
  'POST /api/v1/me/sessions': {
    method: 'POST',
    url: '/api/v1/me/sessions',
    actor: 'patientOwn',
    body: sessionBody('2026-03-02', '0b8a3c52-2a51-4f7e-9b8e-5f0e8f9a7d11'),
  },
  'POST /api/v1/me/sessions/:id/next-morning': {
    method: 'POST',
    url: '/api/v1/me/sessions/:id/next-morning',
    actor: 'patientOwn',
    body: { settled: true },
  },
  'POST /api/v1/me/self-management': {
    method: 'POST',
    url: '/api/v1/me/self-management',
    actor: 'patientOwn',
    body: {
      day: '2026-03-02',
      kind: 'relaxation',
      itemId: 'short-breathing',
      idempotencyKey: '5a2d1c3e-7b4f-4e8a-9c6d-1f2e3a4b5c6d',
    },
  },
  'POST /api/v1/me/flares': {
    method: 'POST',
    url: '/api/v1/me/flares',
    actor: 'patientOwn',
    body: { day: '2026-03-02' },
  },
  'POST /api/v1/me/flares/current/log': {
    method: 'POST',
    url: '/api/v1/me/flares/current/log',
    actor: 'patientOwn',
    body: { day: '2026-03-02', pain: 4, settled: true, redFlagSymptoms: [] },
  },
  'POST /api/v1/me/measures/:instrumentId': {
    method: 'POST',
    url: '/api/v1/me/measures/:instrumentId',
    actor: 'patientOwn',
    body: {
      day: '2026-03-02',
      answers: { 'pain-average': 5 },
      idempotencyKey: '9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
    },
  },
  'GET /api/v1/me/measures/due': {
    method: 'GET',
    url: '/api/v1/me/measures/due',
    actor: 'patientOwn',
    query: { date: '2026-03-02' },
  },
  'GET /api/v1/me/progress': {
    method: 'GET',
    url: '/api/v1/me/progress',
    actor: 'patientOwn',
    query: { days: '30' },
  },
  'POST /api/v1/me/medications': {
    method: 'POST',
    url: '/api/v1/me/medications',
    actor: 'patientOwn',
    body: MEDICATION,
  },
  'DELETE /api/v1/me/medications/:id': {
    method: 'DELETE',
    url: '/api/v1/me/medications/:id',
    actor: 'patientOwn',
  },
  // Nullable fields hold null here, so no differently-typed replacement can make the body valid.
  'PUT /api/v1/me/reminders': {
    method: 'PUT',
    url: '/api/v1/me/reminders',
    actor: 'patientOwn',
    body: { ...REMINDERS, time: null },
  },
  'POST /api/v1/me/push-subscriptions': {
    method: 'POST',
    url: '/api/v1/me/push-subscriptions',
    actor: 'patientOwn',
    body: PUSH_SUBSCRIPTION,
  },
  'POST /api/v1/me/goals': {
    method: 'POST',
    url: '/api/v1/me/goals',
    actor: 'patientOwn',
    body: {
      activity: 'Walk to the shop',
      measure: 'times',
      target: 3,
      period: 'week',
      reason: 'To shop on my own',
      deadline: '2026-04-30',
      confidence: 8,
    },
  },
  'POST /api/v1/me/goals/:id/reviews': {
    method: 'POST',
    url: '/api/v1/me/goals/:id/reviews',
    actor: 'patientOwn',
    body: { weekEnding: '2026-03-01', achieved: 2, confidence: 7, hadFlare: false },
  },
  'GET /api/v1/exercises/:id/illustration.svg': {
    method: 'GET',
    url: '/api/v1/exercises/:id/illustration.svg',
    actor: 'anonymous',
  },
};
