import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238): SHA-1, 6 digits, 30-second steps — what every authenticator
 * app supports. One step either side is accepted for clock drift (RFC 6238
 * §5.2); the caller rejects any step not newer than the last accepted one, so a
 * code cannot be replayed.
 */
const PERIOD_SECONDS = 30;
const DRIFT_STEPS = 1;

export interface TotpEnrolment {
  readonly secret: string;
  /** otpauth:// URI for a QR code or for pasting into an authenticator app. */
  readonly uri: string;
}

export function newTotpEnrolment(accountName: string, issuer = 'BackPlan'): TotpEnrolment {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer, label: accountName, secret, period: PERIOD_SECONDS });
  return { secret: secret.base32, uri: totp.toString() };
}

/** The time step a valid code belongs to, or null when the code is wrong. */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: DRIFT_STEPS });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code, for tests and for the CLI's enrolment check. */
export function totpCode(secretBase32: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS }).generate({
    timestamp: at.getTime(),
  });
}
