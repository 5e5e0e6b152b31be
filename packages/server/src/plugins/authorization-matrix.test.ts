import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { PATIENT_PASSWORD, uniqueEmail } from '../../test/fixtures';
import { ACTOR_NAMES, type ActorName, buildWorld, type World, type WorldActor } from '../../test/world';
import { ANALYTICS_MATRIX } from '../modules/analytics/test-support/route-table';
import { totpCode } from '../modules/auth/totp';
import { CLINICAL_API_MATRIX } from '../modules/clinical-api/test-support/route-table';
import { CLINICIAN_MATRIX } from '../modules/clinician/route-table';
import { PATIENT_APP_MATRIX } from '../modules/patient-app/test-support/route-table';

/**
 * Every /api/v1 route × every kind of actor, acting on patient A (who shares
 * with clinic 1) and clinic 1. Expected statuses are in ACTOR_NAMES order:
 * anonymous, patientOwn, patientOther, clinicianSameClinic,
 * clinicianOtherClinic, adminSameClinic, adminOtherClinic,
 * clinicianAwaitingTotp. A route in the app without a row here fails the test.
 */
interface MatrixRow {
  readonly expect: readonly [number, number, number, number, number, number, number, number];
  /** Build the request; `actor` is who sends it. */
  readonly request: (world: World, actor: WorldActor, t: TestApp) => Promise<InjectOptions> | InjectOptions;
  /** The request changes the actor or the world: use a fresh world for each actor. */
  readonly fresh?: boolean;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const post = (url: string, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  ...(payload ? { payload } : {}),
});

const freshCode = (t: TestApp, actor: WorldActor) => {
  t.clock.advance(30_000);
  return actor.totpSecret ? totpCode(actor.totpSecret, t.clock()) : '123456';
};

const MATRIX: Record<string, MatrixRow> = {
  ...PATIENT_APP_MATRIX,
  ...ANALYTICS_MATRIX,
  ...CLINICAL_API_MATRIX,
  ...CLINICIAN_MATRIX,
  'POST /api/v1/auth/signup': {
    expect: [201, 201, 201, 201, 201, 201, 201, 201],
    fresh: true,
    request: () =>
      post('/api/v1/auth/signup', {
        email: uniqueEmail('matrix'),
        password: PATIENT_PASSWORD,
        displayName: 'New',
        acceptTerms: true,
      }),
  },
  'POST /api/v1/auth/login': {
    expect: [200, 200, 200, 200, 200, 200, 200, 200],
    fresh: true,
    request: (_w, actor) => post('/api/v1/auth/login', { email: actor.email, password: actor.password }),
  },
  'POST /api/v1/auth/login/second-factor': {
    expect: [401, 400, 400, 200, 200, 200, 200, 200],
    fresh: true,
    request: (_w, actor, t) => post('/api/v1/auth/login/second-factor', { code: freshCode(t, actor) }),
  },
  'POST /api/v1/auth/logout': {
    expect: [401, 204, 204, 204, 204, 204, 204, 204],
    fresh: true,
    request: () => post('/api/v1/auth/logout'),
  },
  'GET /api/v1/auth/me': {
    expect: [401, 200, 200, 200, 200, 200, 200, 200],
    request: () => get('/api/v1/auth/me'),
  },
  'POST /api/v1/auth/password-reset/request': {
    expect: [202, 202, 202, 202, 202, 202, 202, 202],
    request: (_w, actor) => post('/api/v1/auth/password-reset/request', { email: actor.email }),
  },
  'POST /api/v1/auth/password-reset/confirm': {
    expect: [400, 400, 400, 400, 400, 400, 400, 400],
    request: () =>
      post('/api/v1/auth/password-reset/confirm', {
        token: 'x'.repeat(43),
        password: 'a fine new passphrase',
      }),
  },
  'POST /api/v1/auth/totp/enrol': {
    expect: [401, 200, 200, 409, 409, 409, 409, 401],
    request: () => post('/api/v1/auth/totp/enrol'),
  },
  'POST /api/v1/auth/totp/confirm': {
    expect: [401, 400, 400, 409, 409, 409, 409, 401],
    request: () => post('/api/v1/auth/totp/confirm', { code: '123456' }),
  },
  'POST /api/v1/auth/totp/recovery-codes': {
    expect: [401, 400, 400, 200, 200, 200, 200, 401],
    request: (_w, actor, t) => post('/api/v1/auth/totp/recovery-codes', { code: freshCode(t, actor) }),
  },
  'GET /api/v1/patients': {
    expect: [401, 403, 403, 200, 200, 403, 403, 401],
    request: () => get('/api/v1/patients'),
  },
  'GET /api/v1/patients/:patientId': {
    expect: [401, 200, 404, 200, 404, 403, 403, 401],
    request: (w) => get(`/api/v1/patients/${w.patientId}`),
  },
  'POST /api/v1/organisations/:orgId/invites': {
    expect: [401, 403, 403, 201, 403, 201, 403, 401],
    request: (w) => post(`/api/v1/organisations/${w.clinicId}/invites`),
  },
  'GET /api/v1/organisations/:orgId/invites': {
    expect: [401, 403, 403, 200, 403, 200, 403, 401],
    request: (w) => get(`/api/v1/organisations/${w.clinicId}/invites`),
  },
  'POST /api/v1/me/clinic/join': {
    expect: [401, 409, 200, 403, 403, 403, 403, 401],
    fresh: true,
    request: async (w) => {
      const invite = await w.actors.clinicianSameClinic.client.post(
        `/api/v1/organisations/${w.clinicId}/invites`,
      );
      return post('/api/v1/me/clinic/join', { code: invite.json().code });
    },
  },
  'GET /api/v1/me/sharing': {
    expect: [401, 200, 200, 403, 403, 403, 403, 401],
    request: () => get('/api/v1/me/sharing'),
  },
  'POST /api/v1/me/sharing/revoke': {
    expect: [401, 204, 400, 403, 403, 403, 403, 401],
    fresh: true,
    request: () => post('/api/v1/me/sharing/revoke'),
  },
  'GET /api/v1/me/access-log': {
    expect: [401, 200, 200, 403, 403, 403, 403, 401],
    request: () => get('/api/v1/me/access-log'),
  },
  'GET /api/v1/me/export': {
    expect: [401, 200, 200, 403, 403, 403, 403, 401],
    request: () => get('/api/v1/me/export'),
  },
  'DELETE /api/v1/me': {
    expect: [401, 204, 204, 403, 403, 403, 403, 401],
    fresh: true,
    request: (_w, actor) => ({ method: 'DELETE', url: '/api/v1/me', payload: { password: actor.password } }),
  },
  'GET /api/v1/admin/users': {
    expect: [401, 403, 403, 403, 403, 200, 200, 401],
    request: () => get('/api/v1/admin/users'),
  },
  'GET /api/v1/admin/audit': {
    expect: [401, 403, 403, 403, 403, 200, 200, 401],
    request: () => get('/api/v1/admin/audit'),
  },
};

/** Actors outside patient A's circle must never see A's id or email, whatever the status. */
const OUTSIDERS: readonly ActorName[] = ['patientOther', 'clinicianOtherClinic', 'adminOtherClinic'];

let t: TestApp;
let shared: World;

beforeAll(async () => {
  // Long sessions: fresh worlds move the clock (TOTP steps), which must not expire the shared world.
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440, sessionAbsoluteHours: 720 } });
  shared = await buildWorld(t.app, t.database.handle.db, t.clock);
});

afterAll(async () => {
  await t.close();
});

describe('authorization matrix', () => {
  it('has a row for every /api/v1 route the app serves, and no row for a route it does not', () => {
    const served = t.app.routeRegistry
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(served).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [route, row] of Object.entries(MATRIX)) {
    it(route, async () => {
      const outcomes: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      for (const [index, name] of ACTOR_NAMES.entries()) {
        const world = row.fresh ? await buildWorld(t.app, t.database.handle.db, t.clock) : shared;
        const actor = world.actors[name];
        const response = await actor.client.request(await row.request(world, actor, t));
        outcomes[name] = response.statusCode;
        wanted[name] = row.expect[index] ?? 0;
        if (OUTSIDERS.includes(name) && !route.startsWith('POST /api/v1/auth/')) {
          expect(response.body, `${name} must not see patient A`).not.toContain(world.patientId);
          expect(response.body, `${name} must not see patient A`).not.toContain(world.patientEmail);
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }
});
