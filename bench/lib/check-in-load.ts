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
 * Spreads writes so that concurrent requests are different patients: request n
 * is patient n mod P on day ⌊n / P⌋ back. Every request is a new row until
 * P × days requests have been sent.
 */
export function slotOf(n: number, patientCount: number) {
  return { patientIndex: n % patientCount, daysAgo: Math.floor(n / patientCount) };
}

/** A valid check-in body for `day`, with a fresh idempotency key. */
export function checkInBody(day: string, pain: number): string {
  return JSON.stringify(checkInRequest(day, pain));
}
