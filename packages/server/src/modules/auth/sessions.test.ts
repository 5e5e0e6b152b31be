import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { Client, logInClient, PATIENT_PASSWORD, signedInActor, uniqueEmail } from '../../../test/fixtures';
import { totpCode } from './totp';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

async function patient() {
  return signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
}

describe('session fixation', () => {
  it('ignores a session id the server never issued and issues a new one at sign-in', async () => {
    const actor = await patient();
    const client = new Client(t.app);
    client.cookies.set('bp_session', 'planted-by-an-attacker-0123456789abcdef');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
    await logInClient(client, t.clock, actor.email, actor.password);
    expect(client.cookies.get('bp_session')).not.toBe('planted-by-an-attacker-0123456789abcdef');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('rotates the id when an already signed-in browser signs in again, ending the old session', async () => {
    const actor = await patient();
    const before = actor.account && actor.client.cookies.get('bp_session');
    const stolen = new Client(t.app);
    stolen.cookies.set('bp_session', before ?? '');
    await logInClient(actor.client, t.clock, actor.email, actor.password);
    expect(actor.client.cookies.get('bp_session')).not.toBe(before);
    expect((await stolen.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('logout', () => {
  it('kills the session on the server, so a copied cookie stops working', async () => {
    const actor = await patient();
    const copy = new Client(t.app);
    for (const [k, v] of actor.client.cookies) copy.cookies.set(k, v);
    const out = await actor.client.post('/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await copy.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('expiry', () => {
  it('ends a session left idle past the idle timeout', async () => {
    const actor = await patient();
    t.clock.advance(29 * 60_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('slides the idle timeout in the look-up itself, at most once a minute', async () => {
    const actor = await patient();
    const { rows: users } = await t.database.handle.pool.query(
      'SELECT id FROM users WHERE lower(email) = lower($1)',
      [actor.email],
    );
    const seen = async () => {
      const { rows } = await t.database.handle.pool.query(
        'SELECT last_seen_at, idle_expires_at FROM sessions WHERE user_id = $1',
        [users[0].id],
      );
      expect(rows).toHaveLength(1);
      return rows[0] as { last_seen_at: Date; idle_expires_at: Date };
    };
    const signedIn = await seen();
    t.clock.advance(30_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(await seen()).toEqual(signedIn);
    t.clock.advance(31_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    const touched = await seen();
    expect(touched.last_seen_at.getTime()).toBe(t.clock().getTime());
    expect(touched.idle_expires_at.getTime()).toBe(t.clock().getTime() + 30 * 60_000);
  });

  it('ends an active session at the absolute timeout', async () => {
    const actor = await patient();
    for (let hour = 0; hour < 11; hour++) {
      t.clock.advance(20 * 60_000);
      expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
      t.clock.advance(20 * 60_000);
      expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
      t.clock.advance(20 * 60_000);
      expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(61 * 60_000);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('look-ups that arrive together', () => {
  it('share one statement, and each request gets its own session and no other', async () => {
    // sessions-repository.ts answers the look-ups that arrive in the same turn of the event loop
    // with one statement (db/batcher.ts). A principal handed to the wrong request would be the
    // worst possible bug, so: patients, clinicians, a signed-out copy and an unknown cookie, all
    // at once, several rounds.
    // One after another: staff sign in with a TOTP code read off the shared manual clock, which
    // each sign-in moves on, so concurrent sign-ins would race for it.
    const patients = [];
    for (let n = 0; n < 6; n += 1) patients.push(await patient());
    const clinicians = [];
    for (let n = 0; n < 3; n += 1) {
      clinicians.push(
        await signedInActor(t.app, t.database.handle.db, t.clock, {
          role: 'clinician',
          organisationName: 'Batch',
        }),
      );
    }
    const signedOut = await patient();
    const copy = new Client(t.app);
    for (const [k, v] of signedOut.client.cookies) copy.cookies.set(k, v);
    await signedOut.client.post('/api/v1/auth/logout');
    const stranger = new Client(t.app);
    stranger.cookies.set('bp_session', 'never-issued-0123456789abcdef-0123456789');
    const actors = [...patients, ...clinicians];

    const pool = t.database.handle.pool;
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<{ rows: unknown[] }>;
    let statements = 0;
    (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
      if ((args[0] as { name?: string } | undefined)?.name === 'live_sessions') statements += 1;
      return query(...args);
    };
    try {
      for (let round = 0; round < 3; round += 1) {
        const [answers, copied, unknown] = await Promise.all([
          Promise.all(actors.map((actor) => actor.client.get('/api/v1/auth/me'))),
          copy.get('/api/v1/auth/me'),
          stranger.get('/api/v1/auth/me'),
        ]);
        expect(answers.map((answer) => answer.json().user?.email)).toEqual(
          actors.map((actor) => actor.email),
        );
        expect(answers.map((answer) => answer.json().user?.role)).toEqual([
          ...patients.map(() => 'patient'),
          ...clinicians.map(() => 'clinician'),
        ]);
        expect(copied.statusCode).toBe(401);
        expect(unknown.statusCode).toBe(401);
      }
    } finally {
      (pool as unknown as { query: unknown }).query = query;
    }
    const requests = 3 * (actors.length + 2);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(requests);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token', async () => {
    const actor = await patient();
    const response = await actor.client.request({ method: 'POST', url: '/api/v1/auth/logout', csrf: false });
    expect(response.statusCode).toBe(403);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a wrong token, and the token of another session', async () => {
    const actor = await patient();
    const other = await patient();
    for (const token of ['wrong-token', other.client.csrfToken ?? '']) {
      const response = await actor.client.request({
        method: 'POST',
        url: '/api/v1/auth/logout',
        csrf: false,
        headers: { 'x-csrf-token': token },
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a write from another origin', async () => {
    const actor = await patient();
    const response = await actor.client.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('TOTP', () => {
  it('requires the second factor for staff before /me reports a complete session', async () => {
    const clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
      role: 'clinician',
      organisationName: 'Riverside Physio',
    });
    expect((await clinician.client.get('/api/v1/auth/me')).json().user.secondFactor).toBe('done');
    const fresh = new Client(t.app);
    await fresh.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    expect((await fresh.get('/api/v1/auth/me')).json().user.secondFactor).toBe('pending');
  });

  it('refuses a replayed code', async () => {
    const clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
      role: 'clinician',
      organisationName: 'Riverside Physio',
    });
    const secret = clinician.account.totp?.secret ?? '';
    t.clock.advance(30_000);
    const code = totpCode(secret, t.clock());
    const first = new Client(t.app);
    await first.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    expect((await first.post('/api/v1/auth/login/second-factor', { code })).statusCode).toBe(200);
    const second = new Client(t.app);
    await second.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    const replay = await second.post('/api/v1/auth/login/second-factor', { code });
    expect(replay.statusCode).toBe(401);
    expect((await second.get('/api/v1/auth/me')).json().user.secondFactor).toBe('pending');
  });

  it('accepts a recovery code once', async () => {
    const clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
      role: 'admin',
      organisationName: 'Riverside Physio',
      password: 'a long admin passphrase here',
    });
    const recoveryCode = clinician.account.recoveryCodes[0] ?? '';
    const first = new Client(t.app);
    await first.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    expect((await first.post('/api/v1/auth/login/second-factor', { recoveryCode })).statusCode).toBe(200);
    const second = new Client(t.app);
    await second.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    expect((await second.post('/api/v1/auth/login/second-factor', { recoveryCode })).statusCode).toBe(401);
  });

  it('lets a patient enrol, then asks for a code at the next sign-in', async () => {
    const email = uniqueEmail('totp');
    const client = new Client(t.app);
    await client.post('/api/v1/auth/signup', {
      email,
      password: PATIENT_PASSWORD,
      displayName: 'Bea',
      acceptTerms: true,
    });
    const enrol = await client.post('/api/v1/auth/totp/enrol');
    expect(enrol.statusCode).toBe(200);
    const { secret, uri } = enrol.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const confirm = await client.post('/api/v1/auth/totp/confirm', { code: totpCode(secret, t.clock()) });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    const later = new Client(t.app);
    await later.post('/api/v1/auth/login', { email, password: PATIENT_PASSWORD });
    expect((await later.get('/api/v1/auth/me')).json().user.secondFactor).toBe('pending');
    t.clock.advance(30_000);
    const done = await later.post('/api/v1/auth/login/second-factor', { code: totpCode(secret, t.clock()) });
    expect(done.json().user.secondFactor).toBe('done');
  });
});
