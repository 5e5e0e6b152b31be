import { and, eq, notExists, sql } from 'drizzle-orm';
import { memberships, organisations, patients, users } from '../../db/schema';
import { badRequest } from '../../errors';
import { withOwnRecord } from '../audit/patient-data';
import { patientAccessEvents } from '../audit/repository';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { blockedUntil, LOGIN_PER_ACCOUNT, recordAttempt, throttleKeys } from '../auth/throttle';
import { tooManyAttempts } from '../auth/throttle-errors';
import { findUserById } from '../auth/users-repository';
import { sharingOf } from '../organisations/sharing';
import { patientDataTables } from './patient-tables';

export const EXPORT_FORMAT = 'backplan-export/1';

/** Everything BackPlan holds about the signed-in patient, as JSON (GDPR Art. 15 and 20). */
export async function exportPatientData(ctx: ServiceContext, principal: Principal, meta: RequestMeta) {
  return withOwnRecord(
    ctx,
    { principal, meta, action: 'export', resource: 'patient' },
    async (tx, patient) => {
      const [account] = await tx
        .select({
          email: users.email,
          displayName: users.displayName,
          language: users.preferredLanguage,
          createdAt: users.createdAt,
          twoStepSignIn: sql<boolean>`${users.totpEnabledAt} IS NOT NULL`,
        })
        .from(users)
        .where(eq(users.id, principal.userId));
      const [org] = await tx.select().from(organisations).where(eq(organisations.id, patient.orgId));
      const records: Record<string, unknown[]> = {};
      for (const { name, table } of patientDataTables()) {
        const result = await tx.execute(
          sql`SELECT * FROM ${table} WHERE org_id = ${patient.orgId} AND patient_id = ${patient.id}`,
        );
        records[name] = result.rows;
      }
      return {
        format: EXPORT_FORMAT,
        exportedAt: ctx.clock().toISOString(),
        account: account ?? null,
        patient: {
          id: patient.id,
          organisation: { name: org?.name ?? '', kind: org?.kind ?? 'personal' },
          sharing: sharingOf(patient),
          sharingConsentedAt: patient.sharingConsentedAt,
          sharingRevokedAt: patient.sharingRevokedAt,
          createdAt: patient.createdAt,
        },
        records,
        accessLog: await patientAccessEvents(tx, patient.id, 10_000),
      };
    },
  );
}

/**
 * Erases the account and every patient-data row (GDPR Art. 17). The password
 * is asked again first. Audit rows stay, holding only the random ids of the
 * erased account and record: pseudonymous once the account is gone.
 */
export async function deleteOwnAccount(
  ctx: ServiceContext,
  principal: Principal,
  password: string,
  meta: RequestMeta,
) {
  const now = ctx.clock();
  const key = throttleKeys.loginAccount(principal.email);
  const blocked = await blockedUntil(ctx.db, [key], now);
  if (blocked) throw tooManyAttempts(blocked, now);
  const user = await findUserById(ctx.db, principal.userId);
  if (!user || !(await ctx.hasher.verify(user.passwordHash, password))) {
    await recordAttempt(ctx.db, key, LOGIN_PER_ACCOUNT, now);
    throw badRequest('The password is not right.', [{ path: 'body.password', message: 'is not right' }]);
  }
  await withOwnRecord(
    ctx,
    { principal, meta, action: 'delete-account', resource: 'account' },
    async (tx, patient) => {
      // Patient-data tables reference patients(org_id, id) ON DELETE CASCADE.
      await tx.delete(patients).where(and(eq(patients.orgId, patient.orgId), eq(patients.id, patient.id)));
      await tx.delete(users).where(eq(users.id, principal.userId));
      await tx
        .delete(organisations)
        .where(
          and(
            eq(organisations.id, patient.orgId),
            eq(organisations.kind, 'personal'),
            notExists(tx.select().from(patients).where(eq(patients.orgId, organisations.id))),
            notExists(tx.select().from(memberships).where(eq(memberships.orgId, organisations.id))),
          ),
        );
    },
  );
}
