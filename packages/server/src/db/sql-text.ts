/**
 * Pieces of SQL text shared by the hand-written statements (summaries/facts.ts and the
 * one-statement record reads in modules/clinician).
 */

/** A timestamptz expression as an ISO instant in UTC with milliseconds, as `Date.toISOString()` writes it. */
export const isoInstantSql = (expression: string): string =>
  `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
