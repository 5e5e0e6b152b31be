import type { InjectOptions } from 'fastify';
import type { TestApp } from '../../../test/app';
import type { ActorName, World, WorldActor } from '../../../test/world';

/**
 * The clinician workspace's and the messages' rows for the security
 * engineer's route-table tests (plugins/authorization-matrix.test.ts and
 * plugins/fuzz.test.ts), kept here so those files need one spread line each.
 * Statuses are in ACTOR_NAMES order: anonymous, patientOwn, patientOther,
 * clinicianSameClinic, clinicianOtherClinic, adminSameClinic,
 * adminOtherClinic, clinicianAwaitingTotp. Rows run in this order on one
 * shared world, after the patient app's rows (patient A has done the intake).
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

/** Clinicians of patient A's clinic only: the other clinic gets 404 (the record is not there for them). */
const CLINICIAN_OF_A = (ok: number) => [401, 403, 403, ok, 404, 403, 403, 401] as const;
/** Any clinician, no patient record involved. */
const ANY_CLINICIAN = [401, 403, 403, 200, 200, 403, 403, 401] as const;
const PATIENT_ONLY = (own: number, other: number) => [401, own, other, 403, 403, 403, 403, 401] as const;

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const post = (url: string, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  ...(payload ? { payload } : {}),
});
const patientUrl = (w: World, path: string) => `/api/v1/patients/${w.patientId}${path}`;
const today = (t: TestApp) => t.clock().toISOString().slice(0, 10);
const paracetamol = (t: TestApp) => ({
  drug: 'paracetamol',
  dose: 500,
  unit: 'mg',
  frequency: 'QID',
  route: 'oral',
  startedOn: today(t),
});

/** The first card the engine shows for patient A (read by A's clinician), to decide on. */
async function firstRuleId(w: World): Promise<string> {
  const response = await w.actors.clinicianSameClinic.client.get(patientUrl(w, '/cards'));
  const cards = (response.json() as { cards?: { card: { ruleId: string } }[] }).cards ?? [];
  return cards[0]?.card.ruleId ?? 'no-card-shown';
}

/** Patient A's latest assessment (read by A's clinician), for the red-flag clearance. */
async function latestAssessmentId(w: World): Promise<string> {
  const response = await w.actors.clinicianSameClinic.client.get(patientUrl(w, '/summary'));
  const id = (response.json() as { redFlag?: { assessmentId: string | null } }).redFlag?.assessmentId;
  return id ?? '00000000-0000-4000-8000-000000000002';
}

export const CLINICIAN_MATRIX: Record<string, MatrixRow> = {
  'GET /api/v1/clinician/panel': { expect: ANY_CLINICIAN, request: () => get('/api/v1/clinician/panel') },
  'GET /api/v1/clinician/exercises': {
    expect: ANY_CLINICIAN,
    request: () => get('/api/v1/clinician/exercises'),
  },
  'GET /api/v1/patients/:patientId/summary': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/summary')),
  },
  'GET /api/v1/patients/:patientId/proms': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/proms')),
  },
  'GET /api/v1/patients/:patientId/diary': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/diary')),
  },
  'GET /api/v1/patients/:patientId/sessions': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/sessions')),
  },
  'GET /api/v1/patients/:patientId/decisions': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/decisions')),
  },
  'GET /api/v1/patients/:patientId/clinician-report.pdf': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/clinician-report.pdf')),
  },
  'GET /api/v1/patients/:patientId/report.pdf': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/report.pdf')),
  },
  'GET /api/v1/patients/:patientId/cards': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/cards')),
  },
  'POST /api/v1/patients/:patientId/cards/:ruleId/decision': {
    expect: CLINICIAN_OF_A(201),
    request: async (w) =>
      post(patientUrl(w, `/cards/${await firstRuleId(w)}/decision`), {
        decision: 'declined',
        reason: 'Authorization matrix: reviewed, no change',
      }),
  },
  'GET /api/v1/patients/:patientId/care-plan': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/care-plan')),
  },
  'POST /api/v1/patients/:patientId/care-plan/changes': {
    expect: CLINICIAN_OF_A(201),
    request: (w) =>
      post(patientUrl(w, '/care-plan/changes'), {
        change: { kind: 'directional-preference', preference: 'extension' },
        reason: 'Repeated movement testing in clinic',
      }),
  },
  'POST /api/v1/patients/:patientId/pt-visits': {
    expect: CLINICIAN_OF_A(200),
    request: (w) =>
      post(patientUrl(w, '/pt-visits'), {
        visitsAuthorised: 6,
        visitsUsed: 0,
        reason: 'Six visits approved',
      }),
  },
  'GET /api/v1/patients/:patientId/medications': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/medications')),
  },
  'POST /api/v1/patients/:patientId/medications/check': {
    expect: CLINICIAN_OF_A(200),
    request: (w, _a, t) => post(patientUrl(w, '/medications/check'), paracetamol(t)),
  },
  'POST /api/v1/patients/:patientId/medications': {
    expect: CLINICIAN_OF_A(201),
    request: (w, _a, t) => post(patientUrl(w, '/medications'), paracetamol(t)),
  },
  'POST /api/v1/patients/:patientId/medications/:medicationId/stop': {
    expect: CLINICIAN_OF_A(200),
    fresh: true,
    request: async (w, _a, t) => {
      const added = await w.actors.clinicianSameClinic.client.post(
        patientUrl(w, '/medications'),
        paracetamol(t),
      );
      const id = (added.json() as { medicationId: string }).medicationId;
      return post(patientUrl(w, `/medications/${id}/stop`), {
        stoppedOn: today(t),
        reason: 'No longer needed',
        trialOutcome: 'helped',
      });
    },
  },
  'GET /api/v1/patients/:patientId/safety-facts': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/safety-facts')),
  },
  'POST /api/v1/patients/:patientId/safety-facts': {
    expect: CLINICIAN_OF_A(200),
    request: (w, _a, t) =>
      post(patientUrl(w, '/safety-facts'), {
        profile: { sleepApnoea: true },
        safeguards: { pdmpCheckedOn: today(t) },
      }),
  },
  'GET /api/v1/patients/:patientId/notes': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/notes')),
  },
  'POST /api/v1/patients/:patientId/notes': {
    expect: CLINICIAN_OF_A(201),
    request: (w, _a, t) => post(patientUrl(w, '/notes'), { visitedOn: today(t), body: 'Seen in clinic.' }),
  },
  // Patient A's intake found no red flag, so A's clinician is told there is nothing to clear (409).
  'POST /api/v1/patients/:patientId/red-flags/clearance': {
    expect: CLINICIAN_OF_A(409),
    request: async (w) =>
      post(patientUrl(w, '/red-flags/clearance'), {
        assessmentId: await latestAssessmentId(w),
        reason: 'Authorization matrix: seen in clinic, nothing serious',
        findings: 'Normal neurological examination',
      }),
  },
  'GET /api/v1/me/messages': { expect: PATIENT_ONLY(200, 200), request: () => get('/api/v1/me/messages') },
  // Patient B is self-directed: no care team to message (409).
  'POST /api/v1/me/messages': {
    expect: PATIENT_ONLY(201, 409),
    request: () => post('/api/v1/me/messages', { body: 'A question about my exercises' }),
  },
  'POST /api/v1/me/messages/read': {
    expect: PATIENT_ONLY(200, 200),
    request: () => post('/api/v1/me/messages/read'),
  },
  'GET /api/v1/patients/:patientId/messages': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => get(patientUrl(w, '/messages')),
  },
  'POST /api/v1/patients/:patientId/messages': {
    expect: CLINICIAN_OF_A(201),
    request: (w) => post(patientUrl(w, '/messages'), { body: 'See you on Tuesday.' }),
  },
  'POST /api/v1/patients/:patientId/messages/read': {
    expect: CLINICIAN_OF_A(200),
    request: (w) => post(patientUrl(w, '/messages/read')),
  },
};

/**
 * Fuzz targets. Writes are sent by the other clinic's clinician (admitted by
 * the access rule, so validation runs, but the record is out of scope), so a
 * body that happens to be valid still writes nothing.
 */
const readAs = (url: string, query?: Record<string, string>): FuzzTarget => ({
  method: 'GET',
  url,
  actor: 'clinicianSameClinic',
  ...(query ? { query } : {}),
});
const writeAs = (method: 'POST' | 'PUT', url: string, body?: Record<string, unknown>): FuzzTarget => ({
  method,
  url,
  actor: 'clinicianOtherClinic',
  ...(body ? { body } : {}),
});

export const CLINICIAN_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  'GET /api/v1/clinician/panel': readAs('/api/v1/clinician/panel', { limit: '10' }),
  'GET /api/v1/patients/:patientId/summary': readAs('/api/v1/patients/:patientId/summary'),
  'GET /api/v1/patients/:patientId/proms': readAs('/api/v1/patients/:patientId/proms'),
  'GET /api/v1/patients/:patientId/diary': readAs('/api/v1/patients/:patientId/diary', {
    from: '2026-01-01',
  }),
  'GET /api/v1/patients/:patientId/sessions': readAs('/api/v1/patients/:patientId/sessions', {
    from: '2026-01-01',
  }),
  'GET /api/v1/patients/:patientId/decisions': readAs('/api/v1/patients/:patientId/decisions'),
  'GET /api/v1/patients/:patientId/clinician-report.pdf': readAs(
    '/api/v1/patients/:patientId/clinician-report.pdf',
  ),
  'GET /api/v1/patients/:patientId/report.pdf': readAs('/api/v1/patients/:patientId/report.pdf'),
  'GET /api/v1/patients/:patientId/cards': readAs('/api/v1/patients/:patientId/cards'),
  'POST /api/v1/patients/:patientId/cards/:ruleId/decision': writeAs(
    'POST',
    '/api/v1/patients/:patientId/cards/step2-nsaid-first/decision',
    { decision: 'accepted', reason: 'A reason' },
  ),
  'GET /api/v1/patients/:patientId/care-plan': readAs('/api/v1/patients/:patientId/care-plan'),
  'POST /api/v1/patients/:patientId/care-plan/changes': writeAs(
    'POST',
    '/api/v1/patients/:patientId/care-plan/changes',
    { change: { kind: 'set-level', level: 2 }, reason: 'A reason' },
  ),
  'POST /api/v1/patients/:patientId/pt-visits': writeAs('POST', '/api/v1/patients/:patientId/pt-visits', {
    visitsAuthorised: 4,
    visitsUsed: 1,
    reason: 'A reason',
  }),
  'GET /api/v1/patients/:patientId/medications': readAs('/api/v1/patients/:patientId/medications'),
  'POST /api/v1/patients/:patientId/medications/check': writeAs(
    'POST',
    '/api/v1/patients/:patientId/medications/check',
    { drug: 'morphine', dose: 10, unit: 'mg', frequency: 'BID', route: 'oral', startedOn: '2026-01-01' },
  ),
  'POST /api/v1/patients/:patientId/medications': writeAs('POST', '/api/v1/patients/:patientId/medications', {
    drug: 'morphine',
    dose: 10,
    unit: 'mg',
    frequency: 'BID',
    route: 'oral',
    startedOn: '2026-01-01',
  }),
  'POST /api/v1/patients/:patientId/medications/:medicationId/stop': writeAs(
    'POST',
    '/api/v1/patients/:patientId/medications/00000000-0000-4000-8000-000000000001/stop',
    { stoppedOn: '2026-01-01', reason: 'No longer needed', trialOutcome: 'helped' },
  ),
  'GET /api/v1/patients/:patientId/safety-facts': readAs('/api/v1/patients/:patientId/safety-facts'),
  'POST /api/v1/patients/:patientId/safety-facts': writeAs(
    'POST',
    '/api/v1/patients/:patientId/safety-facts',
    {
      profile: { sleepApnoea: true },
      safeguards: { pdmpCheckedOn: '2026-01-01' },
    },
  ),
  'GET /api/v1/patients/:patientId/notes': readAs('/api/v1/patients/:patientId/notes'),
  'POST /api/v1/patients/:patientId/notes': writeAs('POST', '/api/v1/patients/:patientId/notes', {
    visitedOn: '2026-01-01',
    body: 'A note',
  }),
  'POST /api/v1/patients/:patientId/red-flags/clearance': writeAs(
    'POST',
    '/api/v1/patients/:patientId/red-flags/clearance',
    {
      assessmentId: '00000000-0000-4000-8000-000000000002',
      reason: 'Seen in clinic, nothing serious',
      findings: 'Normal neurological examination',
      clearedOn: '2026-01-01',
    },
  ),
  // Patient B has no care team, so a valid message is refused (409) and nothing is written.
  'POST /api/v1/me/messages': {
    method: 'POST',
    url: '/api/v1/me/messages',
    actor: 'patientOther',
    body: { body: 'Hello' },
  },
  'GET /api/v1/patients/:patientId/messages': readAs('/api/v1/patients/:patientId/messages'),
  'POST /api/v1/patients/:patientId/messages': writeAs('POST', '/api/v1/patients/:patientId/messages', {
    body: 'Hello',
  }),
  'POST /api/v1/patients/:patientId/messages/read': writeAs(
    'POST',
    '/api/v1/patients/:patientId/messages/read',
  ),
};
