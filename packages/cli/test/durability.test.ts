import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInRequest } from '../../server/test/check-in-request';
import { createTestDatabase, type TestDatabase } from '../../server/test/db';
import { CookieClient } from './http-client';
import { freePort, type ServerProcess, startServe } from './run-cli';

/**
 * Durability: kill the server with SIGKILL in the middle of a stream of
 * acknowledged check-ins, restart it, and every acknowledged row is there.
 * PostgreSQL commits with fsync and synchronous_commit on (the defaults), and
 * the API acknowledges a write only after its transaction commits.
 */

const PASSWORD = 'correct horse battery staple 2026';
const dirs: string[] = [];
const databases: TestDatabase[] = [];

afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  for (const database of databases) await database.drop();
});

/** Check-ins are accepted for the last 60 days: day 1 is yesterday, day 58 nearly two months ago. */
function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}
const DAYS_PER_PATIENT = 58;

async function signIn(url: string, email: string, signUp: boolean): Promise<CookieClient> {
  const client = new CookieClient(url);
  if (signUp) {
    const created = await client.post('/api/v1/auth/signup', {
      email,
      password: PASSWORD,
      displayName: 'Durable Patient',
      acceptTerms: true,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
  } else {
    const login = await client.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
  }
  return client;
}

/**
 * Sends check-ins from several patients at once (one stream each, one check-in
 * per day) until stopped; returns what was acknowledged, per patient and day.
 */
function streamCheckIns(clients: readonly CookieClient[]) {
  const acknowledged = new Map<string, number>();
  let stopped = false;
  const done = Promise.all(
    clients.map(async (client, lane) => {
      for (let n = 1; n <= DAYS_PER_PATIENT && !stopped; n++) {
        const day = daysAgo(n);
        const pain = (n + lane) % 11;
        try {
          const response = await client.post('/api/v1/me/check-ins', checkInRequest(day, pain));
          if (response.status === 201) acknowledged.set(`${lane}/${day}`, pain);
        } catch {
          // The server died mid-request: this write was never acknowledged.
          return;
        }
      }
    }),
  );
  return {
    acknowledged,
    count: () => acknowledged.size,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10) : null;
}

const PATIENTS = 4;

async function crashAndCheck(env: NodeJS.ProcessEnv, alsoKillDatabase: () => void): Promise<void> {
  const emails = Array.from({ length: PATIENTS }, () => `durable.${randomUUID()}@example.org`);
  let server: ServerProcess = await startServe(env);
  const clients = await Promise.all(emails.map((email) => signIn(server.url, email, true)));
  const stream = streamCheckIns(clients);
  await waitFor(() => stream.count() >= 60, 60_000);

  server.child.kill('SIGKILL');
  alsoKillDatabase();
  await server.exited;
  await stream.stop();
  const acknowledged = new Map(stream.acknowledged);
  expect(acknowledged.size).toBeGreaterThanOrEqual(60);

  server = await startServe(env);
  try {
    for (const [lane, email] of emails.entries()) {
      const again = await signIn(server.url, email, false);
      const listed = await again.get(
        `/api/v1/me/check-ins?from=${daysAgo(DAYS_PER_PATIENT)}&to=${daysAgo(0)}`,
      );
      expect(listed.status).toBe(200);
      const stored = new Map(
        (listed.json as { checkIns: { day: string; pain: number }[] }).checkIns.map((c) => [c.day, c.pain]),
      );
      for (const [key, pain] of acknowledged) {
        const [ackLane, day] = key.split('/');
        if (Number(ackLane) === lane) expect(stored.get(day ?? ''), key).toBe(pain);
      }
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

describe('durability of acknowledged writes', () => {
  it('keeps every acknowledged check-in when the server and its embedded PostgreSQL are killed', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-durable-'));
    await fs.chmod(dataDir, 0o755);
    dirs.push(dataDir);
    const env = { BACKPLAN_DATA_DIR: dataDir, PORT: String(await freePort()), BACKPLAN_REMINDERS: 'false' };
    await crashAndCheck(env, () => {
      // A harsher crash than the server alone: the postmaster dies too, so the
      // restart must recover from the write-ahead log.
      const pid = postmasterPid(dataDir);
      if (pid) process.kill(pid, 'SIGKILL');
    });
  });

  it('keeps every acknowledged check-in on a PostgreSQL server when the BackPlan server is killed', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const env = { DATABASE_URL: database.url, PORT: String(await freePort()), BACKPLAN_REMINDERS: 'false' };
    await crashAndCheck(env, () => undefined);
  });
});
