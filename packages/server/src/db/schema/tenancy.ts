import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts';

/**
 * A patient's record. Patient-scoped tables carry `org_id` in their primary
 * key (docs/scaling.md) and reference `(org_id, id)` here with ON UPDATE
 * CASCADE, so moving a patient to the clinic they join moves their data too.
 * Self-directed patients live in their personal organisation.
 */
export const patients = pgTable(
  'patients',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    /** Random, carries no personal data: audit rows keep it after the account is erased. */
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** When the patient agreed to share their record with the clinic (null: not shared). */
    sharingConsentedAt: timestamp('sharing_consented_at', { withTimezone: true }),
    sharingRevokedAt: timestamp('sharing_revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex('patients_user_unique').on(t.userId)],
);

/** Clinic invitations: a short code to type or a link token, both stored as digests. */
export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invites_code_unique').on(t.codeHash),
    uniqueIndex('invites_token_unique').on(t.tokenHash),
    index('invites_org_idx').on(t.orgId, sql`${t.createdAt} DESC`),
  ],
);
