import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { patients } from './tenancy';

/**
 * Tables the patient app needs beyond the clinical record (records.ts): the
 * intake wizard's saved draft, the patient's self-management log, and the
 * browsers registered for Web Push. Patient-scoped like every record table:
 * `org_id` first in the key, referencing `patients (org_id, id)` with ON UPDATE
 * CASCADE so a patient who joins a clinic brings them along.
 */

const patientRef = (t: { orgId: PgColumn; patientId: PgColumn }, name: string) =>
  foreignKey({ name, columns: [t.orgId, t.patientId], foreignColumns: [patients.orgId, patients.id] })
    .onUpdate('cascade')
    .onDelete('cascade');

/** The intake wizard's answers so far, so the patient can stop and resume (one draft per patient). */
export const intakeDrafts = pgTable(
  'intake_drafts',
  {
    orgId: uuid('org_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    answers: jsonb('answers').notNull(),
    /** The wizard screen reached. */
    screen: integer('screen').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.patientId] }), patientRef(t, 'intake_drafts_patient_fk')],
);

/** A lesson read, a relaxation practised or a goal reviewed: feeds the daily self-management scheduler. */
export const selfManagementLog = pgTable(
  'self_management_log',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['lesson', 'relaxation', 'goal-review'] }).notNull(),
    /** Lesson or relaxation script id; null for a goal review. */
    itemId: text('item_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'self_management_log_patient_fk'),
    index('self_management_log_patient_day').on(t.orgId, t.patientId, t.day),
    uniqueIndex('self_management_log_idempotency').on(t.orgId, t.patientId, t.idempotencyKey),
  ],
);

/** A browser's Web Push subscription (RFC 8030 endpoint and RFC 8291 keys). */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'push_subscriptions_patient_fk'),
    uniqueIndex('push_subscriptions_endpoint').on(t.orgId, t.patientId, t.endpoint),
  ],
);
