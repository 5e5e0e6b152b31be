import { quietIntake } from './intakes';
import { type FuzzTarget, MEDICATION, PUSH_SUBSCRIPTION, REMINDERS, sessionBody } from './route-shared';

/** The patient app's targets for plugins/fuzz.test.ts (see route-shared.ts). */
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
