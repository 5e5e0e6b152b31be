import type { Database } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import type { PasswordHasher } from './password-hasher';

/** Settings for accounts and sessions, from config.ts (tests override them). */
export interface AuthSettings {
  /** Cookies get Secure and the __Host- prefix; set when BackPlan is reached over TLS. */
  readonly secureCookies: boolean;
  /** Base URL for links in emails and invites, e.g. https://backplan.example.org */
  readonly publicUrl: string;
  /** A session unused this long ends (NIST SP 800-63B §7.2: 30 min at AAL2 reauthentication). */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after sign-in whatever happens (NIST: 12 h at AAL2). */
  readonly sessionAbsoluteHours: number;
  readonly passwordResetMinutes: number;
  readonly inviteDays: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  secureCookies: false,
  publicUrl: 'http://localhost:8080',
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  passwordResetMinutes: 60,
  inviteDays: 14,
};

export interface ServiceLogger {
  warn(message: string): void;
  error(details: object, message: string): void;
}

/**
 * What services need from the outside world, passed in rather than imported,
 * so tests can swap the clock, the hasher and the mailer.
 */
export interface ServiceContext {
  readonly db: Database;
  /**
   * Where read-only reporting queries go: a streaming replica when
   * ANALYTICS_DATABASE_URL is set (docs/scaling.md §3), else the primary.
   * Nothing is ever written through it; audit rows go to `db`.
   */
  readonly analyticsDb?: Database;
  readonly hasher: PasswordHasher;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  readonly settings: AuthSettings;
  readonly log: ServiceLogger;
}

/** Who is asking and from where, for throttling and the audit log. */
export interface RequestMeta {
  readonly ip: string;
  readonly requestId: string;
}
