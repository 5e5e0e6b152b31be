import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../auth/principal';

/**
 * The access scope of a principal, as SQL over `patients`. Every query that
 * touches patient data filters by this condition, so who-may-see-what lives in
 * one place and in the database query itself, never in a route:
 *
 * - a patient sees their own record;
 * - a clinician sees the records of the clinics they are a member of *now*
 *   (checked in the same query), only while the patient consents to share,
 *   and only in a session that passed the second factor;
 * - admins and everyone else see no patient records.
 */
export function patientScope(principal: Principal): SQL {
  const scope = scopeKind(principal);
  if (scope === 'none') return sql`false`;
  // The condition text with each $USER bound as a parameter.
  const chunks = SCOPE_CONDITION[scope].split('$USER');
  const parts: SQL[] = [];
  chunks.forEach((chunk, index) => {
    if (index > 0) parts.push(sql`${principal.userId}::uuid`);
    parts.push(sql.raw(chunk));
  });
  return sql`(${sql.join(parts)})`;
}

/** Which of the scopes above applies to a principal. */
export function scopeKind(principal: Principal): 'own-record' | 'clinic' | 'none' {
  if (principal.role === 'patient') return 'own-record';
  if (principal.role === 'clinician' && principal.secondFactorDone) return 'clinic';
  return 'none';
}

/**
 * The two scopes as SQL text over a table named `patients`, with `$USER` for the
 * principal's user id: the ONE definition, used by patientScope here and, with
 * $USER replaced by a numbered parameter, by the named statement of
 * withPatientRecord (audit/patient-data.ts).
 */
export const SCOPE_CONDITION = {
  'own-record': 'patients.user_id = $USER',
  clinic: `EXISTS (SELECT 1 FROM memberships WHERE memberships.user_id = $USER
        AND memberships.org_id = patients.org_id AND memberships.role = 'clinician')
      AND patients.sharing_consented_at IS NOT NULL AND patients.sharing_revoked_at IS NULL`,
} as const;
