import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { Client, PATIENT_PASSWORD, uniqueEmail } from '../../../test/fixtures';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const signUpBody = (email: string) => ({
  email,
  password: PATIENT_PASSWORD,
  displayName: 'Ana',
  acceptTerms: true,
});

describe('sign-up and sign-in', () => {
  it('creates a self-directed patient in a personal organisation and signs them in', async () => {
    const client = new Client(t.app);
    const email = uniqueEmail('ana');
    const response = await client.post('/api/v1/auth/signup', signUpBody(email));
    expect(response.statusCode).toBe(201);
    const { user } = response.json();
    expect(user).toMatchObject({ email, role: 'patient', secondFactor: 'not-required' });
    expect(user.patient.orgId).toBeTruthy();
    const { rows } = await t.database.handle.pool.query('SELECT kind FROM organisations WHERE id = $1', [
      user.patient.orgId,
    ]);
    expect(rows[0]?.kind).toBe('personal');
    expect((await client.get('/api/v1/auth/me')).json().user.email).toBe(email);
  });

  it('stores an argon2id hash, never the password', async () => {
    const email = uniqueEmail('hash');
    await new Client(t.app).post('/api/v1/auth/signup', signUpBody(email));
    const { rows } = await t.database.handle.pool.query('SELECT password_hash FROM users WHERE email = $1', [
      email,
    ]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(PATIENT_PASSWORD);
  });

  it('rejects a common password, naming the field', async () => {
    const response = await new Client(t.app).post('/api/v1/auth/signup', {
      ...signUpBody(uniqueEmail('weak')),
      password: 'iloveyou123',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'body.password' })]);
  });

  it('requires accepting the terms', async () => {
    const response = await new Client(t.app).post('/api/v1/auth/signup', {
      ...signUpBody(uniqueEmail('terms')),
      acceptTerms: false,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('body.acceptTerms');
  });

  it('treats email addresses case-insensitively', async () => {
    const email = uniqueEmail('Case');
    await new Client(t.app).post('/api/v1/auth/signup', signUpBody(email));
    const again = await new Client(t.app).post('/api/v1/auth/signup', signUpBody(email.toUpperCase()));
    expect(again.statusCode).toBe(409);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: email.toUpperCase(),
      password: PATIENT_PASSWORD,
    });
    expect(login.statusCode).toBe(200);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and a CSRF cookie', async () => {
    const client = new Client(t.app);
    const response = await client.post('/api/v1/auth/signup', signUpBody(uniqueEmail('cookie')));
    const session = response.cookies.find((c) => c.name === 'bp_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.secure).toBeFalsy();
    const csrf = response.cookies.find((c) => c.name === 'bp_csrf');
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const email = uniqueEmail('same');
    await new Client(t.app).post('/api/v1/auth/signup', signUpBody(email));
    const wrong = await new Client(t.app).post('/api/v1/auth/login', { email, password: 'not the password' });
    const unknown = await new Client(t.app).post('/api/v1/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });
});

describe('secure cookies behind TLS', () => {
  it('uses the __Host- prefix and Secure when configured', async () => {
    const tls = await createTestApp({ auth: { secureCookies: true } });
    try {
      const response = await new Client(tls.app).post('/api/v1/auth/signup', signUpBody(uniqueEmail('tls')));
      const session = response.cookies.find((c) => c.name === '__Host-bp_session');
      expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/' });
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await tls.close();
    }
  });
});
