import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes only from environment variables, validated here once.
 * A bad value is a `ConfigError` naming the variable and what was expected;
 * the process shell turns it into one line on stderr and exit code 2.
 */
const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'a URL like postgres://user:password@host:5432/database' },
);

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'a whole number from 1 to 65535' })
    .int('a whole number from 1 to 65535')
    .min(1, 'a whole number from 1 to 65535')
    .max(65535, 'a whole number from 1 to 65535')
    .default(8080),
  HOST: z.string().min(1, 'a host name or IP address').default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  /** A read replica for analytics reads (docs/scaling.md §3); the primary when unset. */
  ANALYTICS_DATABASE_URL: postgresUrl.optional(),
  BACKPLAN_DATA_DIR: z.string().min(1, 'a directory path').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Directory holding the built web app; served at / when present. */
  BACKPLAN_WEB_DIST: z.string().min(1, 'a directory path').optional(),
  /** Set when BackPlan runs behind TLS, so cookies get the Secure attribute. */
  BACKPLAN_SECURE_COOKIES: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** Base URL users reach BackPlan at, used in emailed links. */
  BACKPLAN_PUBLIC_URL: z.url({ message: 'an absolute URL like https://backplan.example.org' }).optional(),
  /** Set to true (or the proxy's address) behind a TLS-terminating reverse proxy, so client IPs are right. */
  BACKPLAN_TRUST_PROXY: z.string().min(1).optional(),
  /** Outgoing mail, e.g. smtps://user:password@mail.example.org:465; mail is disabled when unset. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'a URL like smtps://user:password@mail.example.org:465')
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'an address like "BackPlan <no-reply@clinic.example>"')
    .default('BackPlan <no-reply@localhost>'),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'a whole number of minutes from 5 to 1440' })
    .int('a whole number of minutes from 5 to 1440')
    .min(5, 'a whole number of minutes from 5 to 1440')
    .max(1440, 'a whole number of minutes from 5 to 1440')
    .default(30),
  /** "off" starts without the demo clinic (docs/demo.md); it is only ever seeded into an empty database. */
  BACKPLAN_DEMO: z.enum(['on', 'off'], { message: 'on or off' }).optional(),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ message: 'a whole number of hours from 1 to 720' })
    .int('a whole number of hours from 1 to 720')
    .min(1, 'a whole number of hours from 1 to 720')
    .max(720, 'a whole number of hours from 1 to 720')
    .default(12),
  /** Requests per minute per client IP across /api (benchmarks raise it; see docs/performance.md). */
  BACKPLAN_RATE_LIMIT_API_PER_MINUTE: z.coerce
    .number({ message: 'a whole number of requests from 1 to 10000000' })
    .int('a whole number of requests from 1 to 10000000')
    .min(1, 'a whole number of requests from 1 to 10000000')
    .max(10_000_000, 'a whole number of requests from 1 to 10000000')
    .default(600),
  /**
   * Server processes sharing the port (node:cluster): one Node process uses one core, so a
   * machine with more cores serves more with more workers (docs/scaling.md §1).
   */
  BACKPLAN_WORKERS: z.coerce
    .number({ message: 'a whole number of processes from 1 to 64' })
    .int('a whole number of processes from 1 to 64')
    .min(1, 'a whole number of processes from 1 to 64')
    .max(64, 'a whole number of processes from 1 to 64')
    .default(1),
  /**
   * Connections each server process keeps to PostgreSQL. Every write waits for its commit to
   * reach disk while holding one, so a burst of check-ins needs enough of them (docs/performance.md).
   */
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'a whole number of connections from 1 to 500' })
    .int('a whole number of connections from 1 to 500')
    .min(1, 'a whole number of connections from 1 to 500')
    .max(500, 'a whole number of connections from 1 to 500')
    .default(10),
  /** Send daily reminders from this instance (several instances never send one twice). */
  BACKPLAN_REMINDERS: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  /** Web Push: VAPID key pair (e.g. from `npx web-push generate-vapid-keys`) and a contact. */
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{80,100}$/, 'a base64url VAPID public key')
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{40,50}$/, 'a base64url VAPID private key')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https: contact, e.g. mailto:admin@clinic.example')
    .optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** When unset, BackPlan starts its own embedded PostgreSQL. */
  readonly databaseUrl: string | undefined;
  /** A read-only replica for analytics reads, or undefined for the primary. */
  readonly analyticsDatabaseUrl: string | undefined;
  /** Base directory for local state; the embedded database lives in `<dataDir>/pg`. */
  readonly dataDir: string;
  /** True when the data directory was chosen by default rather than by BACKPLAN_DATA_DIR. */
  readonly dataDirIsDefault: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly webDist: string | undefined;
  readonly secureCookies: boolean;
  readonly publicUrl: string;
  readonly trustProxy: boolean | string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  /** Per-IP ceiling on /api requests per minute (plugins/rate-limit.ts). */
  readonly rateLimitApiPerMinute: number;
  /** Run the reminder scheduler in this process (modules/reminders). */
  readonly reminders: boolean;
  /** Worker processes `backplan serve` starts (1: serve in this process). */
  readonly workers: number;
  /** PostgreSQL connections per server process. */
  readonly databasePoolSize: number;
  /** Set when all three VAPID variables are set. */
  readonly webPush: { publicKey: string; privateKey: string; subject: string } | null;
  /** Seed the demo clinic into an empty database on start (BACKPLAN_DEMO). */
  readonly demo: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable} is invalid: expected ${expected}.`);
    this.name = 'ConfigError';
  }
}

/** All three VAPID variables, or none: a partial set is a configuration error. */
function vapidSettings(publicKey?: string, privateKey?: string, subject?: string): Config['webPush'] {
  const given = [publicKey, privateKey, subject].filter((v) => v !== undefined).length;
  if (given === 0) return null;
  if (publicKey === undefined)
    throw new ConfigError('VAPID_PUBLIC_KEY', 'set together with VAPID_PRIVATE_KEY and VAPID_SUBJECT');
  if (privateKey === undefined)
    throw new ConfigError('VAPID_PRIVATE_KEY', 'set together with VAPID_PUBLIC_KEY and VAPID_SUBJECT');
  if (subject === undefined)
    throw new ConfigError('VAPID_SUBJECT', 'set together with VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY');
  return { publicKey, privateKey, subject };
}

/** Parse the environment. Throws `ConfigError` for the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  // Empty strings count as unset, as most shells and .env files intend.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'a valid value');
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    analyticsDatabaseUrl: e.ANALYTICS_DATABASE_URL,
    dataDir: path.resolve(cwd, e.BACKPLAN_DATA_DIR ?? '.backplan'),
    dataDirIsDefault: e.BACKPLAN_DATA_DIR === undefined,
    logLevel: e.LOG_LEVEL,
    webDist: e.BACKPLAN_WEB_DIST,
    secureCookies: e.BACKPLAN_SECURE_COOKIES,
    publicUrl: e.BACKPLAN_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    trustProxy:
      e.BACKPLAN_TRUST_PROXY === undefined
        ? false
        : e.BACKPLAN_TRUST_PROXY === 'true'
          ? true
          : e.BACKPLAN_TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    rateLimitApiPerMinute: e.BACKPLAN_RATE_LIMIT_API_PER_MINUTE,
    reminders: e.BACKPLAN_REMINDERS,
    workers: e.BACKPLAN_WORKERS,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    webPush: vapidSettings(e.VAPID_PUBLIC_KEY, e.VAPID_PRIVATE_KEY, e.VAPID_SUBJECT),
    // On by default; under the test runner (VITEST is set) off unless asked for, so tests that
    // start the server keep their empty database.
    demo: e.BACKPLAN_DEMO === undefined ? env.VITEST === undefined : e.BACKPLAN_DEMO === 'on',
  };
}
