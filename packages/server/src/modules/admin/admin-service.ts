import { asc, eq, inArray, sql } from 'drizzle-orm';
import { memberships, organisations, patients, users } from '../../db/schema';
import { type AuditRow, appendAudit, auditPage } from '../audit/repository';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';

/** Clinics this admin administers, read from the database at the time of the request. */
async function adminOrgIds(ctx: ServiceContext, principal: Principal): Promise<string[]> {
  const rows = await ctx.db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(sql`${memberships.userId} = ${principal.userId} AND ${memberships.role} = 'admin'`);
  return rows.map((r) => r.orgId);
}

/** Accounts of the admin's clinics: staff and the patients whose record lives there. No clinical data. */
export async function listUsers(ctx: ServiceContext, principal: Principal, meta: RequestMeta) {
  const orgIds = await adminOrgIds(ctx, principal);
  if (orgIds.length === 0) return { organisations: [], users: [] };
  const orgs = await ctx.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, orgIds))
    .orderBy(asc(organisations.name));
  const columns = {
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    role: users.role,
    totpEnabled: sql<boolean>`${users.totpEnabledAt} IS NOT NULL`,
    createdAt: users.createdAt,
  };
  const staff = await ctx.db
    .select({ ...columns, orgId: memberships.orgId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.orgId, orgIds));
  const patientAccounts = await ctx.db
    .select({ ...columns, orgId: patients.orgId })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(inArray(patients.orgId, orgIds));
  const now = ctx.clock();
  await appendAudit(
    ctx.db,
    orgIds.map((orgId) => ({
      at: now,
      action: 'admin.users.list',
      resource: 'account',
      outcome: 'success' as const,
      actorId: principal.userId,
      actorRole: principal.role,
      orgId,
      requestId: meta.requestId,
      ip: meta.ip,
    })),
  );
  const all = [...staff, ...patientAccounts].sort(
    (a, b) => a.role.localeCompare(b.role) || a.displayName.localeCompare(b.displayName),
  );
  return {
    organisations: orgs,
    users: all.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })),
  };
}

export const AUDIT_COLUMNS = [
  'id',
  'at',
  'actorId',
  'actorRole',
  'orgId',
  'patientId',
  'action',
  'resource',
  'outcome',
  'requestId',
  'ip',
] as const satisfies readonly (keyof AuditRow)[];

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Quote always, double inner quotes, and defuse spreadsheet formulas (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function auditRowToCsv(row: AuditRow): string {
  return AUDIT_COLUMNS.map((c) => csvCell(row[c])).join(',');
}

/** Streams the audit log of the admin's clinics in pages, as NDJSON or CSV lines. */
export async function* exportAudit(
  ctx: ServiceContext,
  principal: Principal,
  filter: { format: 'ndjson' | 'csv'; from?: Date; to?: Date },
  meta: RequestMeta,
): AsyncGenerator<string> {
  const orgIds = await adminOrgIds(ctx, principal);
  const now = ctx.clock();
  await appendAudit(
    ctx.db,
    orgIds.map((orgId) => ({
      at: now,
      action: 'admin.audit.export',
      resource: 'audit-log',
      outcome: 'success' as const,
      actorId: principal.userId,
      actorRole: principal.role,
      orgId,
      requestId: meta.requestId,
      ip: meta.ip,
    })),
  );
  if (filter.format === 'csv') yield `${AUDIT_COLUMNS.join(',')}\n`;
  let afterId = 0;
  for (;;) {
    const page = await auditPage(ctx.db, { orgIds, from: filter.from, to: filter.to, afterId, limit: 1000 });
    for (const row of page) {
      yield filter.format === 'csv' ? `${auditRowToCsv(row)}\n` : `${JSON.stringify(row)}\n`;
    }
    if (page.length < 1000) return;
    afterId = page.at(-1)?.id ?? afterId;
  }
}
