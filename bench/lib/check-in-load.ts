import { checkInRequest } from '../../packages/server/test/check-in-request';

/**
 * The check-in load's requests, shared by the API bench and the profile
 * script: distinct patient-days in an order that keeps concurrent requests on
 * different patients.
 */

/** The API accepts check-ins for the last 60 days (own-record.ts OLDEST_SYNC_DAYS); stay inside it. */
export const API_DAYS = 59;

export const isoDay = (daysAgo: number): string =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * Request n's patient and day back, so that concurrent requests are different
 * patients and every request is a new row until the cohort is full. Patients
 * fill in blocks of `blockSize`: within a block, request n is patient
 * n mod blockSize on day ⌊n / blockSize⌋ back; once the block has all its
 * `days`, the next block starts. So the first block (the patients the read
 * loads use) gets all its days before any other patient gets one.
 */
export function slotOf(n: number, blockSize: number, days = Number.POSITIVE_INFINITY) {
  const perBlock = blockSize * days;
  const block = Number.isFinite(perBlock) ? Math.floor(n / perBlock) : 0;
  const inBlock = n - block * (Number.isFinite(perBlock) ? perBlock : 0);
  return {
    patientIndex: block * blockSize + (inBlock % blockSize),
    daysAgo: Math.floor(inBlock / blockSize),
  };
}

/** A valid check-in body for `day`, with a fresh idempotency key. */
export function checkInBody(day: string, pain: number): string {
  return JSON.stringify(checkInRequest(day, pain));
}
