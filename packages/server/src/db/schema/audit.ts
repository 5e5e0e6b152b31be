import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every read and write of patient data (HIPAA
 * §164.312(b) audit controls). No foreign keys and no names or emails: rows
 * keep only random ids, so they stay pseudonymous after an account is erased.
 * UPDATE, DELETE and TRUNCATE are refused by a trigger (migration
 * 0002_audit_append_only).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    /** The organisation the patient belonged to when the event happened. */
    orgId: uuid('org_id'),
    patientId: uuid('patient_id'),
    action: text('action').notNull(),
    resource: text('resource').notNull(),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_patient_idx').on(t.patientId, t.at), index('audit_log_org_idx').on(t.orgId, t.at)],
);
