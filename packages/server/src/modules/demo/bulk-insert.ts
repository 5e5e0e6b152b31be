import type { Executor } from '../../db/client';
import {
  assessments,
  careDecisions,
  carePlans,
  checkIns,
  flareEpisodes,
  instrumentResponses,
  medications,
  messages,
  patientCareSettings,
  patients,
  sessionLogs,
  users,
} from '../../db/schema';
import type { DemoRows } from './history-rows';

/**
 * Batched multi-row INSERTs: at most `rowsPerStatement` rows per statement (500 keeps each
 * statement well under PostgreSQL's 65,535 bind parameters for the widest table here), in
 * foreign-key order. Run on a transaction, the whole write is atomic; run on the pool, each
 * statement commits on its own (one transaction per ~500 rows), which suits very large clinics.
 */
export const ROWS_PER_STATEMENT = 500;

async function insertChunked<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  rowsPerStatement: number,
): Promise<number> {
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await write(rows.slice(start, start + rowsPerStatement));
  }
  return rows.length;
}

export interface AccountRows {
  users: (typeof users.$inferInsert)[];
  patients: (typeof patients.$inferInsert)[];
}

export async function insertAccounts(db: Executor, rows: AccountRows, rowsPerStatement = ROWS_PER_STATEMENT) {
  await insertChunked(rows.users, (chunk) => db.insert(users).values(chunk), rowsPerStatement);
  await insertChunked(rows.patients, (chunk) => db.insert(patients).values(chunk), rowsPerStatement);
}

/** Inserts every record row; returns the number of rows written. */
export async function insertRecords(
  db: Executor,
  rows: DemoRows,
  rowsPerStatement = ROWS_PER_STATEMENT,
): Promise<number> {
  const n = rowsPerStatement;
  let total = 0;
  total += await insertChunked(rows.assessments, (c) => db.insert(assessments).values(c), n);
  total += await insertChunked(rows.instrumentResponses, (c) => db.insert(instrumentResponses).values(c), n);
  total += await insertChunked(rows.checkIns, (c) => db.insert(checkIns).values(c), n);
  total += await insertChunked(rows.carePlans, (c) => db.insert(carePlans).values(c), n);
  total += await insertChunked(rows.sessionLogs, (c) => db.insert(sessionLogs).values(c), n);
  total += await insertChunked(rows.flareEpisodes, (c) => db.insert(flareEpisodes).values(c), n);
  total += await insertChunked(rows.medications, (c) => db.insert(medications).values(c), n);
  total += await insertChunked(rows.careDecisions, (c) => db.insert(careDecisions).values(c), n);
  total += await insertChunked(rows.messages, (c) => db.insert(messages).values(c), n);
  total += await insertChunked(rows.patientCareSettings, (c) => db.insert(patientCareSettings).values(c), n);
  return total;
}
