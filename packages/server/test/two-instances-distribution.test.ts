import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema';
import { createTestDatabase, type TestDatabase } from './db';

/**
 * The schema distributes by organisation (docs/scaling.md): every
 * patient-scoped table — one with a patient_id, and patients itself — has
 * org_id first in its primary key, org_id in every unique index, and reaches
 * patients through (org_id, patient_id). That is what lets Citus (or another
 * PostgreSQL-compatible distributed engine) co-locate a clinic's rows on one
 * shard with org_id as the distribution column. Checked against the Drizzle
 * schema and against a migrated database, so neither can drift.
 *
 * Known exceptions, each with what would change on Citus (docs/scaling.md):
 */
const EXCEPTIONS: Record<string, string> = {
  // audit_log is keyed by a global id and allows a null org_id (a denied request may name no
  // clinic). Distributed, it becomes (org_id, id) with denied rows under a sentinel org.
  'audit_log:primary-key': 'append-only log keyed by a global id',
  // One patient record per user across all clinics: Citus cannot enforce a unique index without
  // the distribution column, so the rule moves to the users reference table.
  'patients:patients_user_unique': 'one patient record per user, across clinics',
};

const tables = Object.values(schema).flatMap((value: unknown) =>
  value instanceof PgTable ? [getTableConfig(value)] : [],
);
const patientScoped = tables.filter(
  (table) => table.name === 'patients' || table.columns.some((column) => column.name === 'patient_id'),
);
const columnName = (column: object): string =>
  'name' in column && typeof column.name === 'string' ? column.name : '(expression)';

describe('the schema distributes by organisation (Drizzle schema)', () => {
  it('finds the patient-scoped tables', () => {
    expect(patientScoped.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'patients',
        'check_ins',
        'patient_summaries',
        'reminder_deliveries',
        'audit_log',
      ]),
    );
  });

  it.each(patientScoped.map((t) => [t.name, t] as const))(
    '%s has org_id first in its primary key',
    (name, table) => {
      if (EXCEPTIONS[`${name}:primary-key`]) return;
      const key =
        table.primaryKeys[0]?.columns.map((c) => c.name) ??
        table.columns.filter((c) => c.primary).map((c) => c.name);
      expect(key[0], `${name} primary key ${key.join(', ')}`).toBe('org_id');
      expect(table.columns.find((c) => c.name === 'org_id')?.notNull).toBe(true);
    },
  );

  it.each(patientScoped.map((t) => [t.name, t] as const))(
    '%s has org_id in every unique index',
    (name, table) => {
      for (const index of table.indexes.filter((i) => i.config.unique)) {
        if (EXCEPTIONS[`${name}:${index.config.name}`]) continue;
        expect(index.config.columns.map(columnName), `${name}.${index.config.name}`).toContain('org_id');
      }
    },
  );

  it.each(patientScoped.filter((t) => t.name !== 'patients').map((t) => [t.name, t] as const))(
    '%s references patients by (org_id, patient_id)',
    (name, table) => {
      if (EXCEPTIONS[`${name}:primary-key`]) return; // audit_log keeps no foreign keys by design
      const toPatients = table.foreignKeys
        .map((fk) => fk.reference())
        .filter((ref) => getTableConfig(ref.foreignTable).name === 'patients');
      expect(toPatients.length, `${name} has a foreign key to patients`).toBeGreaterThan(0);
      for (const ref of toPatients) {
        expect(ref.columns.map((c) => c.name)).toEqual(['org_id', 'patient_id']);
        expect(ref.foreignColumns.map((c) => c.name)).toEqual(['org_id', 'id']);
      }
    },
  );
});

describe('the schema distributes by organisation (migrated database)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('every table with a patient_id column has org_id first in its primary key, as migrated', async () => {
    const { rows } = await database.handle.pool.query<{
      table_name: string;
      first_key_column: string | null;
    }>(
      `SELECT c.table_name,
              (SELECT k.column_name FROM information_schema.table_constraints t
                 JOIN information_schema.key_column_usage k
                   ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY'
                ORDER BY k.ordinal_position LIMIT 1) AS first_key_column
       FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'patient_id'
       ORDER BY c.table_name`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const offenders = rows.filter(
      (r) => r.first_key_column !== 'org_id' && !EXCEPTIONS[`${r.table_name}:primary-key`],
    );
    expect(offenders).toEqual([]);
  });
});
