import { randomUUID } from 'node:crypto';
import { quietIntake } from './intakes';
import {
  FIRST_EXERCISE,
  get,
  goalFor,
  type MatrixRow,
  MEDICATION,
  PATIENT_ONLY,
  PUSH_SUBSCRIPTION,
  post,
  REMINDERS,
  sessionBody,
  today,
} from './route-shared';

/** The patient app's rows for plugins/authorization-matrix.test.ts (see route-shared.ts). */
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
