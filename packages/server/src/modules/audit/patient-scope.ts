import { and, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { memberships, patients } from '../../db/schema';
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
  if (principal.role === 'patient') {
    return sql`${patients.userId} = ${principal.userId}`;
  }
  if (principal.role === 'clinician' && principal.secondFactorDone) {
    return and(
      sql`EXISTS (SELECT 1 FROM ${memberships} WHERE ${memberships.userId} = ${principal.userId}
        AND ${memberships.orgId} = ${patients.orgId} AND ${memberships.role} = 'clinician')`,
      isNotNull(patients.sharingConsentedAt),
      isNull(patients.sharingRevokedAt),
    ) as SQL;
  }
  return sql`false`;
}
