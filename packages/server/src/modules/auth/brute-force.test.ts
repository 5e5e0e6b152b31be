import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { Client, signedInActor, uniqueEmail } from '../../../test/fixtures';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const attempt = (email: string, password: string, ip = '203.0.113.7') =>
  new Client(t.app).request({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });

/** What a response tells an attacker: status, words and headers that could differ. */
const visible = (r: Awaited<ReturnType<typeof attempt>>) => ({
  status: r.statusCode,
  message: r.json().message,
  retryAfter: r.headers['retry-after'] !== undefined,
});

describe('brute force', () => {
  it('backs off after 5 failures for an account, identically for a real and an unknown address', async () => {
    const real = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    const unknown = uniqueEmail('ghost');
    const realResponses = [];
    const unknownResponses = [];
    for (let i = 0; i < 7; i++) {
      realResponses.push(visible(await attempt(real.email, `guess number ${i}`, `198.51.100.${i}`)));
      unknownResponses.push(visible(await attempt(unknown, `guess number ${i}`, `198.51.100.${i + 20}`)));
    }
    expect(realResponses).toEqual(unknownResponses);
    expect(realResponses.slice(0, 5).map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(realResponses.slice(5).map((r) => r.status)).toEqual([429, 429]);
    expect(realResponses[5]?.retryAfter).toBe(true);

    // Even the right password is refused while blocked, and accepted once the back-off passes.
    expect((await attempt(real.email, real.password, '198.51.100.99')).statusCode).toBe(429);
    t.clock.advance(31_000);
    expect((await attempt(real.email, real.password, '198.51.100.99')).statusCode).toBe(200);
  });

  it('doubles the wait after each further failure', async () => {
    const real = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    for (let i = 0; i < 5; i++) await attempt(real.email, `wrong ${i}`, `192.0.2.${i}`);
    t.clock.advance(31_000);
    expect((await attempt(real.email, 'wrong again', '192.0.2.50')).statusCode).toBe(401);
    t.clock.advance(31_000);
    expect((await attempt(real.email, real.password, '192.0.2.51')).statusCode).toBe(429);
    t.clock.advance(30_000);
    expect((await attempt(real.email, real.password, '192.0.2.51')).statusCode).toBe(200);
  });

  it('blocks one address that tries many accounts', async () => {
    const statuses = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await attempt(uniqueEmail('spray'), 'Winter2024!', '192.0.2.200')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('takes about as long for an unknown address as for a wrong password (a dummy hash is verified)', async () => {
    const real = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
    const time = async (email: string, ip: string) => {
      const start = performance.now();
      await attempt(email, 'definitely wrong', ip);
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(real.email, `10.9.0.${i}`));
      unknown.push(await time(uniqueEmail('timing'), `10.9.1.${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(25, median(known)));
  });
});
