import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('security configuration', () => {
  it('defaults to 30-minute idle and 12-hour absolute sessions, mail disabled, no proxy trusted', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      smtpUrl: undefined,
      trustProxy: false,
      secureCookies: false,
    });
  });

  it('reads TLS, proxy, mail and session settings', () => {
    const config = loadConfig({
      BACKPLAN_SECURE_COOKIES: 'true',
      BACKPLAN_TRUST_PROXY: '127.0.0.1',
      SMTP_URL: 'smtps://user:secret@mail.example.org:465',
      MAIL_FROM: 'BackPlan <no-reply@example.org>',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
    });
    expect(config).toMatchObject({
      secureCookies: true,
      trustProxy: '127.0.0.1',
      smtpUrl: 'smtps://user:secret@mail.example.org:465',
      mailFrom: 'BackPlan <no-reply@example.org>',
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
    });
    expect(loadConfig({ BACKPLAN_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });

  it.each([
    ['SMTP_URL', 'mail.example.org'],
    ['SESSION_IDLE_MINUTES', '2'],
    ['SESSION_ABSOLUTE_HOURS', '0'],
  ])('rejects %s=%s with one line naming the variable', (variable, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toMatch(new RegExp(`^${variable} is invalid: expected `));
  });
});
