import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { Client } from '../../test/fixtures';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ rateLimits: { apiPerMinute: 40, authPerMinute: 5 } });
});

afterAll(async () => {
  await t.close();
});

describe('security headers', () => {
  it('sends a strict CSP with no inline script or style, and the usual hardening headers', async () => {
    const response = await t.app.inject('/healthz');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('gives the API explorer its own policy that allows inline styles only', async () => {
    const response = await t.app.inject('/api/docs/');
    expect(response.statusCode).toBeLessThan(400);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
  });

  it('marks API responses as not cacheable', async () => {
    const response = await t.app.inject('/api/v1/auth/me');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('body size limits', () => {
  it('refuses a sign-in body over 16 KiB with a 413 before reading it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@example.org', password: 'x'.repeat(17 * 1024) },
      remoteAddress: '192.0.2.90',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'payload_too_large' });
  });
});

describe('rate limits', () => {
  it('limits the auth endpoints per IP more tightly than the rest of the API', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const response = await new Client(t.app).request({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: `limit${i}@example.org` },
        remoteAddress: '192.0.2.77',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('limits the whole API per IP', async () => {
    const statuses = [];
    for (let i = 0; i < 42; i++) {
      statuses.push((await t.app.inject({ url: '/api/v1/auth/me', remoteAddress: '192.0.2.78' })).statusCode);
    }
    expect(statuses.slice(0, 40).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(40)).toEqual([429, 429]);
    const limited = await t.app.inject({ url: '/api/v1/auth/me', remoteAddress: '192.0.2.78' });
    expect(limited.json()).toMatchObject({ error: 'too_many_requests' });
  });

  it('limits the FHIR API per IP too', async () => {
    const statuses = [];
    for (let i = 0; i < 42; i++) {
      const response = await t.app.inject({
        url: '/fhir/R4/CodeSystem/backplan',
        remoteAddress: '192.0.2.79',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(40)).toEqual([429, 429]);
  });
});
