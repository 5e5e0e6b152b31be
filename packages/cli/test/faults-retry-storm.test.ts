import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInRequest } from '../../server/test/check-in-request';
import { createTestDatabase, type TestDatabase } from '../../server/test/db';
import { CookieClient } from './http-client';
import { freePort, type ServerProcess, startServe } from './run-cli';

/**
 * Fault 3 (issue 11): a client retry storm. Devices that lost the answer to a
 * check-in resend it with the same idempotency key, many times and all at
 * once (an outbox flushing on reconnect, several tabs, a flaky proxy). The
 * server must store each check-in exactly once; every copy gets a success
 * answer that points at the same row.
 */

const PASSWORD = 'correct horse battery staple 2026';
const PATIENTS = 3;
const DAYS = 8;
const COPIES = 12;
let server: ServerProcess | undefined;
let database: TestDatabase | undefined;

afterAll(async () => {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
});

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

describe('fault: client retry storm', () => {
  it('stores each check-in once however many copies arrive at the same time', async () => {
    database = await createTestDatabase();
    server = await startServe({
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
      BACKPLAN_REMINDERS: 'false',
    });
    const url = server.url;

    const patients = await Promise.all(
      Array.from({ length: PATIENTS }, async () => {
        const client = new CookieClient(url);
        const created = await client.post('/api/v1/auth/signup', {
          email: `storm.${randomUUID()}@example.org`,
          password: PASSWORD,
          displayName: 'Storm Patient',
          acceptTerms: true,
        });
        expect(created.status, JSON.stringify(created.json)).toBe(201);
        return client;
      }),
    );

    // PATIENTS × DAYS distinct check-ins, each sent COPIES times concurrently (288 requests).
    const checkIns = patients.flatMap((client, lane) =>
      Array.from({ length: DAYS }, (_, n) => ({
        client,
        body: checkInRequest(daysAgo(n + 1), (n + lane) % 11, {
          clientRecordedAt: new Date(Date.now() - n * 1000).toISOString(),
        }),
      })),
    );
    const responses = await Promise.all(
      checkIns.flatMap(({ client, body }) =>
        Array.from({ length: COPIES }, async () => ({
          key: body.idempotencyKey,
          ...(await client.post('/api/v1/me/check-ins', body)),
        })),
      ),
    );

    for (const response of responses)
      expect([200, 201], JSON.stringify(response.json)).toContain(response.status);
    const byKey = new Map<string, { created: number; ids: Set<string> }>();
    for (const response of responses) {
      const entry = byKey.get(response.key) ?? { created: 0, ids: new Set<string>() };
      if (response.status === 201) entry.created++;
      entry.ids.add((response.json as { checkIn: { id: string } }).checkIn.id);
      byKey.set(response.key, entry);
    }
    for (const [key, entry] of byKey) {
      expect(entry.created, `${key} created once`).toBe(1);
      expect(entry.ids.size, `${key} answered with one row`).toBe(1);
    }

    const keys = checkIns.map((c) => c.body.idempotencyKey);
    const { rows } = await database.handle.pool.query<{
      rows: number;
      distinct_keys: number;
      distinct_days: number;
    }>(
      `SELECT count(*)::int AS rows, count(DISTINCT idempotency_key)::int AS distinct_keys,
              count(DISTINCT (patient_id, day))::int AS distinct_days
       FROM check_ins WHERE idempotency_key = ANY($1::text[])`,
      [keys],
    );
    expect(rows[0]).toEqual({ rows: keys.length, distinct_keys: keys.length, distinct_days: keys.length });
    const total = await database.handle.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM check_ins');
    expect(total.rows[0]?.n).toBe(keys.length);
  });
});
