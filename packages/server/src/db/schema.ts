import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The one Drizzle schema. Tables are grouped by feature in this file's
 * neighbours and re-exported here, so drizzle-kit sees a single schema.
 *
 * Rule for patient data (docs/scaling.md): every patient-scoped table carries
 * `org_id` in its primary key, so the schema can be distributed by organisation.
 */

/** Installation-wide facts, e.g. whether the demo clinic has been seeded. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export * from './schema/accounts';
export * from './schema/audit';
export * from './schema/patient-app';
export * from './schema/records';
export * from './schema/tenancy';
