import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { Client, signedInActor, uniqueEmail } from '../../../test/fixtures';
import { linkToken, type SmtpListener, startSmtpListener } from '../../../test/smtp';
import { createSmtpMailer } from '../../mail/smtp';

let t: TestApp;
let smtp: SmtpListener;
let mailer: ReturnType<typeof createSmtpMailer>;

beforeAll(async () => {
  smtp = await startSmtpListener();
  mailer = createSmtpMailer({ url: smtp.url, from: 'BackPlan <no-reply@backplan.test>' });
  t = await createTestApp({ mailer, auth: { publicUrl: 'https://backplan.test' } });
});

afterAll(async () => {
  await t.close();
  mailer.close();
  await smtp.close();
});

const requestReset = (email: string) =>
  new Client(t.app).post('/api/v1/auth/password-reset/request', { email });

describe('password reset by one-time emailed link', () => {
  it('emails a link over SMTP; the link sets a new password once and signs out every session', async () => {
    const actor = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    const response = await requestReset(actor.email.toUpperCase());
    expect(response.statusCode).toBe(202);
    const mail = await smtp.waitFor(actor.email);
    expect(mail.raw).toContain('https://backplan.test/reset-password#token=');
    const token = linkToken(mail);

    const newPassword = 'seven blue herons at noon';
    const confirm = await new Client(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: newPassword,
    });
    expect(confirm.statusCode).toBe(204);
    expect((await actor.client.get('/api/v1/auth/me')).statusCode).toBe(401);

    const again = await new Client(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'another fine passphrase',
    });
    expect(again.statusCode).toBe(400);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: actor.email,
      password: newPassword,
    });
    expect(login.statusCode).toBe(200);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const actor = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    const known = await requestReset(actor.email);
    const ghost = uniqueEmail('ghost');
    const unknown = await requestReset(ghost);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json().message).toBe(known.json().message);
    await smtp.waitFor(actor.email);
    expect(smtp.messages.some((m) => m.to.includes(ghost))).toBe(false);
  });

  it('refuses an expired link', async () => {
    const actor = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    await requestReset(actor.email);
    const token = linkToken(await smtp.waitFor(actor.email));
    t.clock.advance(61 * 60_000);
    const confirm = await new Client(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'seven blue herons at noon',
    });
    expect(confirm.statusCode).toBe(400);
  });

  it('sends at most 3 emails an hour to one address, without saying so', async () => {
    const actor = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    for (let i = 0; i < 5; i++) expect((await requestReset(actor.email)).statusCode).toBe(202);
    for (let i = 0; i < 3; i++) await smtp.waitFor(actor.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => m.to.includes(actor.email.toLowerCase()))).toHaveLength(3);
  });
});
