import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type NamedStatement, runNamed } from '../../db/prepared';
import { patients, users } from '../../db/schema';
import { notFound } from '../../errors';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import type { PatientRecord } from '../organisations/repository';
import { patientScope, SCOPE_CONDITION, scopeKind } from './patient-scope';
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

/** The record in scope, with the patient's time zone (patient_care_settings, UTC when unset). */
export type PatientInScope = PatientRecord & { readonly timeZone: string };

export type PatientWork<T> = (tx: Executor, patient: PatientInScope) => Promise<T>;

/**
 * Finds the record through the scope AND writes its 'allowed' audit row in one
 * named statement (the INSERT runs only when the record is found), with the
 * time zone read alongside: every request for patient data pays one round trip
 * here, not three (issue #11). $1 patient id, $2 principal's user id (the
 * scope's $USER), $3 at, $4 action, $5 resource, $6 role, $7 request id, $8 ip.
 */
function findAndAuditStatement(scope: 'own-record' | 'clinic'): NamedStatement {
  return {
    name: `patient_in_scope_${scope}`,
    text: `WITH found AS (
      SELECT patients.org_id, patients.id, patients.user_id, patients.sharing_consented_at,
             patients.sharing_revoked_at, patients.created_at,
             (SELECT s.time_zone FROM patient_care_settings s
               WHERE s.org_id = patients.org_id AND s.patient_id = patients.id) AS time_zone
      FROM patients
      WHERE patients.id = $1::uuid AND ${SCOPE_CONDITION[scope].replaceAll('$USER', '$2::uuid')}
      LIMIT 1
    ), audited AS (
      INSERT INTO audit_log (at, action, resource, outcome, actor_id, actor_role, org_id, patient_id, request_id, ip)
      SELECT $3::timestamptz, $4::text, $5::text, 'allowed', $2::uuid, $6::text, found.org_id, found.id,
             $7::text, $8::text
      FROM found
      RETURNING 1
    )
    SELECT found.org_id, found.id, found.user_id, found.sharing_consented_at, found.sharing_revoked_at,
           found.created_at, found.time_zone, (SELECT count(*) FROM audited) AS audited
    FROM found`,
  };
}

const FIND_AND_AUDIT = {
  'own-record': findAndAuditStatement('own-record'),
  clinic: findAndAuditStatement('clinic'),
} as const;

interface FoundRow extends Record<string, unknown> {
  readonly org_id: string;
  readonly id: string;
  readonly user_id: string;
  readonly sharing_consented_at: Date | null;
  readonly sharing_revoked_at: Date | null;
  readonly created_at: Date;
  readonly time_zone: string | null;
}

async function findAndAudit(
  tx: Executor,
  access: PatientDataAccess,
  entry: { at: Date; requestId: string | null; ip: string | null },
): Promise<PatientInScope | undefined> {
  const { principal } = access;
  const scope = scopeKind(principal);
  if (scope === 'none') return undefined;
  const [row] = await runNamed<FoundRow>(tx, FIND_AND_AUDIT[scope], [
    access.patientId,
    principal.userId,
    entry.at.toISOString(),
    access.action,
    access.resource,
    principal.role,
    entry.requestId,
    entry.ip,
  ]);
  if (!row) return undefined;
  return {
    orgId: row.org_id,
    id: row.id,
    userId: row.user_id,
    sharingConsentedAt: row.sharing_consented_at,
    sharingRevokedAt: row.sharing_revoked_at,
    createdAt: row.created_at,
    timeZone: row.time_zone ?? 'UTC',
  };
}

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
    const patient = await findAndAudit(tx, access, entry);
    if (!patient) return { found: false as const };
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
