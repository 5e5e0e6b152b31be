import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CookieClient } from '../../cli/test/http-client';
import { freePort, type ServerProcess, startServe } from '../../cli/test/run-cli';
import { createTestDatabase, type TestDatabase } from './db';
import { type SmtpListener, startSmtpListener } from './smtp';

/**
 * Two `backplan serve` processes on one database (docs/scaling.md): both run
 * the reminder scheduler, both tick for the same due reminders, and each
 * reminder is sent once — one email per patient, one delivery row per
 * channel, claimed by one instance (FOR UPDATE SKIP LOCKED). The in-process
 * version with a fake clock is modules/reminders/reminders.test.ts; this one
 * uses real processes, real pools and the real clock, so it waits for the
 * schedulers' first minute.
 */

const PASSWORD = 'correct horse battery staple 2026';
const PATIENTS = 6;
const servers: ServerProcess[] = [];
let database: TestDatabase | undefined;
let smtp: SmtpListener | undefined;

afterAll(async () => {
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
  await smtp?.close();
});

/** A fixed-offset zone where it is now between 02:00 and 22:00, so "this minute" is today there. */
function middayZone(now: Date): { timeZone: string; time: string } {
  for (const offset of [0, 6, -6, 12]) {
    const local = new Date(now.getTime() + offset * 3_600_000);
    const hour = local.getUTCHours();
    if (hour >= 2 && hour < 22) {
      const timeZone = offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
      return { timeZone, time: local.toISOString().slice(11, 16) };
    }
  }
  throw new Error('no zone found');
}

describe('two server processes on one database', () => {
  it('send each due reminder once', { timeout: 240_000 }, async () => {
    database = await createTestDatabase();
    smtp = await startSmtpListener();
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      BACKPLAN_REMINDERS: 'true',
      BACKPLAN_DEMO: 'off',
    };
    const [first, second] = await Promise.all([
      startServe({ ...env, PORT: String(await freePort()) }),
      startServe({ ...env, PORT: String(await freePort()) }),
    ]);
    if (!first || !second) throw new Error('servers did not start');
    const bothStarted = Date.now();
    servers.push(first, second);

    const { timeZone, time } = middayZone(new Date());
    const emails: string[] = [];
    for (let n = 0; n < PATIENTS; n++) {
      // Alternate instances: any instance serves any session (sessions live in PostgreSQL).
      const client = new CookieClient((n % 2 === 0 ? first : second).url);
      const email = `two.instances.${n}.${randomUUID()}@example.org`;
      const created = await client.post('/api/v1/auth/signup', {
        email,
        password: PASSWORD,
        displayName: `Reminder Patient ${n}`,
        acceptTerms: true,
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      const saved = await client.request('PUT', '/api/v1/me/reminders', {
        time,
        timeZone,
        repeatAfterMinutes: null,
        quietDays: [],
        channels: ['in_app', 'email'],
      });
      expect(saved.status, JSON.stringify(saved.json)).toBe(200);
      emails.push(email.toLowerCase());
    }

    // Both schedulers tick within about a minute of starting; wait for every email.
    await Promise.all(emails.map((email) => smtp?.waitFor(email, 150_000)));
    // Both schedulers tick a minute after start: count only once both have certainly ticked.
    await new Promise((r) => setTimeout(r, Math.max(5_000, bothStarted + 75_000 - Date.now())));

    for (const email of emails) {
      expect(
        smtp.messages.filter((m) => m.to.includes(email)),
        email,
      ).toHaveLength(1);
    }
    const { rows } = await database.handle.pool.query<{ channel: string; status: string; n: number }>(
      `SELECT channel, status, count(*)::int AS n FROM reminder_deliveries GROUP BY channel, status ORDER BY channel`,
    );
    expect(rows).toEqual([
      { channel: 'email', status: 'sent', n: PATIENTS },
      { channel: 'in_app', status: 'sent', n: PATIENTS },
    ]);
    const senders = await database.handle.pool.query<{ sent_by: string }>(
      'SELECT DISTINCT sent_by FROM reminder_deliveries',
    );
    expect(senders.rows.every((r) => /^reminders-/.test(r.sent_by))).toBe(true);
  });
});
