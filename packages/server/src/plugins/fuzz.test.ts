import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { PATIENT_PASSWORD } from '../../test/fixtures';
import { type ActorName, buildWorld, type World } from '../../test/world';
import { ANALYTICS_FUZZ_TARGETS } from '../modules/analytics/test-support/route-table';
import { CLINICAL_API_FUZZ_TARGETS } from '../modules/clinical-api/test-support/route-table';
import { CLINICIAN_FUZZ_TARGETS } from '../modules/clinician/route-table';
import { patientDataTables } from '../modules/data-rights/patient-tables';
import { PATIENT_APP_FUZZ_TARGETS } from '../modules/patient-app/test-support/route-table';

/**
 * At least 5,000 malformed requests across every endpoint that validates a
 * body, query string or path parameters, each sent by an actor the route
 * admits, so it reaches validation. Every one must get a clear 4xx (JSON with
 * an error code and a message), none a 5xx, and the data must be unchanged.
 */
interface Target {
  readonly method: 'POST' | 'GET' | 'DELETE' | 'PUT';
  /** With `:param` placeholders filled from the world. */
  readonly url: string;
  readonly actor: ActorName;
  /** A valid body the generators break in one or more places. */
  readonly body?: Record<string, unknown>;
  readonly query?: Record<string, string>;
}

const TARGETS: Record<string, Target> = {
  ...PATIENT_APP_FUZZ_TARGETS,
  ...ANALYTICS_FUZZ_TARGETS,
  ...CLINICAL_API_FUZZ_TARGETS,
  ...CLINICIAN_FUZZ_TARGETS,
  'POST /api/v1/auth/signup': {
    method: 'POST',
    url: '/api/v1/auth/signup',
    actor: 'anonymous',
    body: {
      email: 'new.person@example.org',
      password: PATIENT_PASSWORD,
      displayName: 'New',
      acceptTerms: true,
    },
  },
  'POST /api/v1/auth/login': {
    method: 'POST',
    url: '/api/v1/auth/login',
    actor: 'anonymous',
    body: { email: 'someone@example.org', password: 'a password' },
  },
  'POST /api/v1/auth/login/second-factor': {
    method: 'POST',
    url: '/api/v1/auth/login/second-factor',
    actor: 'clinicianAwaitingTotp',
    body: { code: '123456' },
  },
  'POST /api/v1/auth/password-reset/request': {
    method: 'POST',
    url: '/api/v1/auth/password-reset/request',
    actor: 'anonymous',
    body: { email: 'someone@example.org' },
  },
  'POST /api/v1/auth/password-reset/confirm': {
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    actor: 'anonymous',
    body: { token: 'x'.repeat(43), password: 'a fine new passphrase' },
  },
  'POST /api/v1/auth/totp/confirm': {
    method: 'POST',
    url: '/api/v1/auth/totp/confirm',
    actor: 'patientOwn',
    body: { code: '123456' },
  },
  'POST /api/v1/auth/totp/recovery-codes': {
    method: 'POST',
    url: '/api/v1/auth/totp/recovery-codes',
    actor: 'clinicianSameClinic',
    body: { code: '123456' },
  },
  'GET /api/v1/patients/:patientId': {
    method: 'GET',
    url: '/api/v1/patients/:patientId',
    actor: 'clinicianSameClinic',
  },
  'POST /api/v1/organisations/:orgId/invites': {
    method: 'POST',
    url: '/api/v1/organisations/:orgId/invites',
    actor: 'clinicianSameClinic',
  },
  'GET /api/v1/organisations/:orgId/invites': {
    method: 'GET',
    url: '/api/v1/organisations/:orgId/invites',
    actor: 'clinicianSameClinic',
  },
  'POST /api/v1/me/clinic/join': {
    method: 'POST',
    url: '/api/v1/me/clinic/join',
    actor: 'patientOther',
    body: { code: 'ABCD-EFGH-JKMN' },
  },
  'DELETE /api/v1/me': { method: 'DELETE', url: '/api/v1/me', actor: 'patientOwn', body: { password: 'x' } },
  'GET /api/v1/admin/audit': {
    method: 'GET',
    url: '/api/v1/admin/audit',
    actor: 'adminSameClinic',
    query: { format: 'csv', from: '2026-01-01T00:00:00Z' },
  },
};

const RUNS = 5_200;

/** Values of every JSON type, and some that break bounds. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ minLength: 1100, maxLength: 1200 }),
  fc.constantFrom(null, true, -1, 1e308, [], {}, '', ' ', '\u0000', '<script>', "' OR 1=1 --"),
);

/** Breaks a valid body so it can never pass validation. */
function brokenBody(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const replace = fc
    .tuple(fc.constantFrom(...keys), wrongValue)
    .filter(
      ([key, value]) =>
        typeof value !== typeof valid[key] || (typeof value === 'string' && value.length > 1024),
    )
    .map(([key, value]) => ({ ...valid, [key]: value }));
  const remove = fc.constantFrom(...keys).map((key) => {
    const copy = { ...valid };
    delete copy[key];
    return copy;
  });
  const extra = fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k) && k !== '__proto__'),
      wrongValue,
    )
    .map(([key, value]) => ({ ...valid, [key]: value }));
  const whole = fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));
  return fc.oneof(replace, remove, extra, whole);
}

type Malformed = { payload?: unknown; raw?: string; contentType?: string; urlPart?: string; query?: string };

function malformedFor(target: Target): fc.Arbitrary<Malformed> {
  const options: fc.Arbitrary<Malformed>[] = [];
  if (target.body) {
    options.push(brokenBody(target.body).map((payload) => ({ payload })));
    options.push(
      fc
        .string({ maxLength: 60 })
        .filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        })
        .map((raw) => ({ raw, contentType: 'application/json' })),
    );
    options.push(fc.string({ maxLength: 40 }).map((raw) => ({ raw, contentType: 'text/plain' })));
  }
  if (target.url.includes(':')) {
    options.push(
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.uuid().map((u) => `${u}x`),
          fc.constant('00000000'),
        )
        .map((s) => ({ urlPart: encodeURIComponent(s) })),
    );
  }
  if (target.query) {
    options.push(
      fc
        .dictionary(
          fc.constantFrom('format', 'from', 'to', 'extra'),
          fc.string({ minLength: 1, maxLength: 30 }),
          {
            minKeys: 1,
          },
        )
        .filter((q) => q.format !== 'csv' && q.format !== 'ndjson')
        .map((q) => ({ query: new URLSearchParams(q).toString() })),
    );
  }
  return fc.oneof(...options);
}

let t: TestApp;
let world: World;

const STABLE_TABLES = [
  'organisations',
  'users',
  'memberships',
  'patients',
  'invites',
  'password_reset_tokens',
  'recovery_codes',
];

/** A digest of all account and patient data. Throttle counters and the audit log grow by design. */
async function dataChecksum(): Promise<Record<string, string>> {
  const pool = t.database.handle.pool;
  const tables = [...STABLE_TABLES, ...patientDataTables().map((p) => p.name)];
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await pool.query(
      `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM ${table} t`,
    );
    sums[table] = rows[0]?.sum;
  }
  const { rows } = await pool.query(
    "SELECT md5(string_agg(id_hash, ',' ORDER BY id_hash)) AS sum FROM sessions",
  );
  sums.sessions = rows[0]?.sum;
  return sums;
}

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  world = await buildWorld(t.app, t.database.handle.db, t.clock);
});

afterAll(async () => {
  await t.close();
});

describe('fuzzing every validating endpoint', () => {
  it('covers every route that validates input', () => {
    const validating = t.app.routeRegistry
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.validates.length > 0)
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(validating).toEqual(Object.keys(TARGETS).sort());
  });

  it(`answers ${RUNS} malformed requests with a clear 4xx and changes no data`, async () => {
    const before = await dataChecksum();
    const targets = Object.values(TARGETS);
    const request = fc
      .constantFrom(...targets)
      .chain((target) => fc.tuple(fc.constant(target), malformedFor(target)));
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async ([target, bad]) => {
        let url = target.url.replace(':patientId', world.patientId).replace(':orgId', world.clinicId);
        if (bad.urlPart !== undefined) url = target.url.replace(/:[a-zA-Z]+/, bad.urlPart);
        const query = bad.query ?? (target.query ? new URLSearchParams(target.query).toString() : '');
        if (query) url = `${url}?${query}`;
        const client = world.actors[target.actor].client;
        let payload: string | undefined;
        let contentType: string | undefined;
        if (bad.raw !== undefined) {
          payload = bad.raw;
          contentType = bad.contentType;
        } else if ('payload' in bad || target.body !== undefined) {
          payload = JSON.stringify('payload' in bad ? bad.payload : target.body);
          contentType = 'application/json';
        }
        const response = await client.request({
          method: target.method,
          url,
          ...(payload === undefined
            ? {}
            : { payload, headers: { 'content-type': contentType ?? 'text/plain' } }),
        });
        sent += 1;
        expect(response.statusCode, `${target.method} ${url} → ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${target.method} ${url} → ${response.body}`).toBeLessThan(500);
        const body = response.json();
        expect(typeof body.error).toBe('string');
        expect(typeof body.message).toBe('string');
      }),
      { numRuns: RUNS, seed: 20260302 },
    );
    expect(sent).toBeGreaterThanOrEqual(5_000);
    expect(await dataChecksum()).toEqual(before);
  });
});
