import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { patients, users } from '../../db/schema';
import { notFound } from '../../errors';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import type { PatientRecord } from '../organisations/repository';
import { patientScope } from './patient-scope';
import { appendAudit } from './repository';

/**
 * THE path to a patient's data. It finds the record through the principal's
 * scope (patient-scope.ts), writes the audit row in the same transaction as
 * the work, and refuses with 404 — recording the refusal — when the record is
 * out of scope, so a response never reveals that a record exists.
 */
export interface PatientDataAccess {
  readonly principal: Principal;
  readonly meta: RequestMeta;
  readonly patientId: string;
  /** What is done, e.g. 'read', 'update', 'export', 'revoke-sharing'. */
  readonly action: string;
  /** What it is done to, e.g. 'patient', 'sharing', 'access-log'. */
  readonly resource: string;
}

export type PatientWork<T> = (tx: Executor, patient: PatientRecord) => Promise<T>;

export async function withPatientRecord<T>(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  access: PatientDataAccess,
  work: PatientWork<T>,
): Promise<T> {
  const now = ctx.clock();
  const entry = {
    at: now,
    action: access.action,
    resource: access.resource,
    actorId: access.principal.userId,
    actorRole: access.principal.role,
    patientId: access.patientId,
    requestId: access.meta.requestId,
    ip: access.meta.ip,
  };
  const result = await ctx.db.transaction(async (tx) => {
    const [patient] = await tx
      .select()
      .from(patients)
      .where(and(eq(patients.id, access.patientId), patientScope(access.principal)))
      .limit(1);
    if (!patient) return { found: false as const };
    await appendAudit(tx, { ...entry, orgId: patient.orgId, outcome: 'allowed' });
    return { found: true as const, value: await work(tx, patient) };
  });
  if (!result.found) {
    await appendAudit(ctx.db, { ...entry, outcome: 'denied' });
    throw notFound('There is no patient record here that you can open.');
  }
  return result.value;
}

/** The record of the signed-in patient, through the same path. */
export function withOwnRecord<T>(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  access: Omit<PatientDataAccess, 'patientId'>,
  work: PatientWork<T>,
): Promise<T> {
  const patientId = access.principal.patient?.id;
  if (!patientId) throw notFound('This account has no patient record.');
  return withPatientRecord(ctx, { ...access, patientId }, work);
}

/** Lists the records in scope with one audit row per record listed (names are patient data). */
export async function listPatientsInScope(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  principal: Principal,
  meta: RequestMeta,
) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: patients.id,
        orgId: patients.orgId,
        displayName: users.displayName,
        sharingConsentedAt: patients.sharingConsentedAt,
      })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(patientScope(principal))
      .orderBy(asc(users.displayName))
      .limit(500);
    await appendAudit(
      tx,
      rows.map((row) => ({
        at: now,
        action: 'list',
        resource: 'patient',
        outcome: 'allowed' as const,
        actorId: principal.userId,
        actorRole: principal.role,
        orgId: row.orgId,
        patientId: row.id,
        requestId: meta.requestId,
        ip: meta.ip,
      })),
    );
    return rows;
  });
}
