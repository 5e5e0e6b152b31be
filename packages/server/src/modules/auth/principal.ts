import type { Role } from './users-repository';

/** The signed-in person behind a request, resolved once per request from the session cookie. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string;
  readonly language: string;
  readonly totpEnabled: boolean;
  /** The second factor was presented (or enrolled) in this session. */
  readonly secondFactorDone: boolean;
  readonly sessionIdHash: string;
  /** Clinics this person works in (clinicians and admins). */
  readonly staffOrgIds: readonly string[];
  /** The patient record of a patient account. */
  readonly patient: {
    readonly id: string;
    readonly orgId: string;
    /** The IANA time zone of the patient's care settings (UTC when unset), as read with the session. */
    readonly timeZone: string;
  } | null;
}

/**
 * Who may call a route, declared on every /api/v1 route (`config.access`):
 * - 'public': anyone;
 * - 'awaiting-second-factor': a session, even one still owing its TOTP code;
 * - 'signed-in': a complete session of any role;
 * - a list of roles: a complete session of one of them. Clinicians and admins
 *   must also have used TOTP in this session before they reach patient data.
 */
export type AccessRule = 'public' | 'awaiting-second-factor' | 'signed-in' | readonly Role[];

export function isStaff(role: Role): boolean {
  return role === 'clinician' || role === 'admin';
}

/** The session is complete: the second factor is done, or the account has none. */
export function sessionComplete(principal: Principal): boolean {
  return !principal.totpEnabled || principal.secondFactorDone;
}

export type AccessDecision = 'allow' | 'sign-in' | 'second-factor' | 'enrol-second-factor' | 'forbidden';

export function decideAccess(rule: AccessRule, principal: Principal | null): AccessDecision {
  if (rule === 'public') return 'allow';
  if (!principal) return 'sign-in';
  if (rule === 'awaiting-second-factor') return 'allow';
  if (!sessionComplete(principal)) return 'second-factor';
  if (rule === 'signed-in') return 'allow';
  if (!rule.includes(principal.role)) return 'forbidden';
  if (isStaff(principal.role) && !principal.secondFactorDone) return 'enrol-second-factor';
  return 'allow';
}
