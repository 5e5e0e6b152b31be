import { and, asc, desc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog, users } from '../../db/schema';

/** The audit log's only writer and its readers. Rows are never changed (the database refuses). */
export type AuditOutcome = 'allowed' | 'denied' | 'success' | 'failure';

export interface AuditEntry {
  readonly at: Date;
  readonly action: string;
  readonly resource: string;
  readonly outcome: AuditOutcome;
  readonly actorId?: string | null;
  readonly actorRole?: string | null;
  readonly orgId?: string | null;
  readonly patientId?: string | null;
  readonly requestId?: string | null;
  readonly ip?: string | null;
}

export async function appendAudit(db: Executor, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? (entries as readonly AuditEntry[]) : [entries as AuditEntry];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((e) => ({
      at: e.at,
      action: e.action,
      resource: e.resource,
      outcome: e.outcome,
      actorId: e.actorId ?? null,
      actorRole: e.actorRole ?? null,
      orgId: e.orgId ?? null,
      patientId: e.patientId ?? null,
      requestId: e.requestId ?? null,
      ip: e.ip ?? null,
    })),
  );
}

/** Who touched a patient's record, newest first, with the actor's current name when the account still exists. */
export async function patientAccessEvents(db: Executor, patientId: string, limit: number) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      resource: auditLog.resource,
      outcome: auditLog.outcome,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      actorName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.patientId, patientId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

export type AuditRow = typeof auditLog.$inferSelect;

/** One page of the audit log of some organisations, in id order (keyset pagination for streaming). */
export async function auditPage(
  db: Executor,
  filter: { orgIds: readonly string[]; from?: Date; to?: Date; afterId: number; limit: number },
): Promise<AuditRow[]> {
  if (filter.orgIds.length === 0) return [];
  const conditions = [inArray(auditLog.orgId, [...filter.orgIds]), gt(auditLog.id, filter.afterId)];
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(asc(auditLog.id))
    .limit(filter.limit);
}

export async function countAuditRows(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}
