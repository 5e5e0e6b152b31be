import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema';

/**
 * Every table that holds a patient's data, found from the schema itself: a
 * table with both `org_id` and `patient_id` columns. New clinical tables are
 * included in exports without anyone remembering to add them here.
 */
export function patientDataTables(): { name: string; table: PgTable }[] {
  const found: { name: string; table: PgTable }[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const columns = Object.values(getTableColumns(value)).map((c) => c.name);
    if (columns.includes('org_id') && columns.includes('patient_id') && getTableName(value) !== 'audit_log') {
      found.push({ name: getTableName(value), table: value });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
