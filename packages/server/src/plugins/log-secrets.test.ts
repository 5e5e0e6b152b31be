import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logCapture, memoryMailer, type TestApp } from '../../test/app';
import { Client, signedInActor } from '../../test/fixtures';
import { totpCode } from '../modules/auth/totp';

let t: TestApp;
const logs = logCapture();
const mailer = memoryMailer();

beforeAll(async () => {
  t = await createTestApp({ logLevel: 'trace', logStream: logs.stream, mailer });
});

afterAll(async () => {
  await t.close();
});

describe('logs', () => {
  it('never contain passwords, session ids, CSRF tokens, TOTP codes, recovery codes or reset links', async () => {
    const secrets: string[] = [];
    const clinician = await signedInActor(t.app, t.database.handle.db, t.clock, {
      role: 'clinician',
      organisationName: 'Log Clinic',
    });
    secrets.push(
      clinician.password,
      ...clinician.account.recoveryCodes,
      clinician.account.totp?.secret ?? '',
    );
    for (const value of clinician.client.cookies.values()) secrets.push(value);

    const client = new Client(t.app);
    await client.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    t.clock.advance(30_000);
    const code = totpCode(clinician.account.totp?.secret ?? '', t.clock());
    secrets.push(code);
    await client.post('/api/v1/auth/login/second-factor', { code });
    await client.post('/api/v1/auth/login/second-factor', { code });
    for (const value of client.cookies.values()) secrets.push(value);

    // A failed login with the password in the query string too: still not logged.
    const typo = 'my secret typo password';
    secrets.push(typo);
    await client.request({
      method: 'POST',
      url: `/api/v1/auth/login?password=${encodeURIComponent(typo)}`,
      payload: { email: clinician.email, password: typo },
    });

    const patient = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    secrets.push(patient.password);
    await new Client(t.app).post('/api/v1/auth/password-reset/request', { email: patient.email });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const link = mailer.sent.at(-1)?.text.match(/https?:\S+/)?.[0] ?? '';
    const token = link.split('#token=')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    secrets.push(link, token);
    await new Client(t.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'x' });

    const text = logs.text();
    expect(text.length).toBeGreaterThan(1000);
    for (const secret of secrets.filter((s) => s.length >= 6)) {
      expect(text, `log contains a secret (${secret.slice(0, 3)}…)`).not.toContain(secret);
    }
  });
});
