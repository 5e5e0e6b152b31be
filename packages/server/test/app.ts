import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type AppDependencies, buildApp } from '../src/app';
import type { Mailer } from '../src/mail/mailer';
import { createArgon2Hasher, type PasswordHasher } from '../src/modules/auth/password-hasher';
import { createTestDatabase, type TestDatabase } from './db';

/** argon2id with tiny costs: the same code path, fast enough for hundreds of sign-ins in a test. */
export const fastHasher: PasswordHasher = createArgon2Hasher({
  memoryCost: 1024,
  timeCost: 1,
  parallelism: 1,
});

/** A clock tests move by hand. */
export interface ManualClock {
  (): Date;
  advance(ms: number): void;
  set(at: Date): void;
}

export function manualClock(start = new Date('2026-03-02T09:00:00Z')): ManualClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as ManualClock;
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (at) => {
    now = at.getTime();
  };
  return clock;
}

/** Collects every log line, to prove secrets never reach the logs. */
export function logCapture(): { stream: Writable; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, text: () => lines.join('') };
}

/** Mail kept in memory (the SMTP path itself is tested with a real listener). */
export function memoryMailer(): Mailer & { sent: { to: string; subject: string; text: string }[] } {
  const sent: { to: string; subject: string; text: string }[] = [];
  return {
    enabled: true,
    sent,
    async send(message) {
      sent.push({ ...message });
    },
  };
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly clock: ManualClock;
  close(): Promise<void>;
}

/** A fresh database and an app on it, with a fast hasher, a manual clock and generous rate limits. */
export async function createTestApp(
  overrides: Partial<Omit<AppDependencies, 'database'>> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = manualClock();
  const app = await buildApp({
    database: database.handle,
    logLevel: 'silent',
    passwordHasher: fastHasher,
    clock,
    rateLimits: { apiPerMinute: 100_000, authPerMinute: 100_000 },
    ...overrides,
  });
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
