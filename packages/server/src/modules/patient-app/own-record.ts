import { addDays } from '@backplan/clinical/careplan/calendar';
import { badRequest } from '../../errors';
import { type PatientInScope, type PatientWork, withOwnRecord } from '../audit/patient-data';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';

/**
 * What every patient-app service receives: who asks, from where, and the
 * services' collaborators. All reads and writes of the patient's own record go
 * through `own()` — withOwnRecord: scoped in SQL, audited in the same transaction.
 */
export interface PatientRequest {
  readonly ctx: ServiceContext;
  readonly principal: Principal;
  readonly meta: RequestMeta;
}

export function own<T>(
  request: PatientRequest,
  action: string,
  resource: string,
  work: PatientWork<T>,
): Promise<T> {
  return withOwnRecord(
    request.ctx,
    { principal: request.principal, meta: request.meta, action, resource },
    work,
  );
}

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more
 * than formatting with one, and every check-in asks for the patient's today.
 * The cache is bounded by the IANA zones in use (a few hundred at most).
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat | null>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      formatter = null; // an unknown zone: UTC, as before
    }
    if (dayFormatters.size < 1000) dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day at `at` in an IANA time zone (UTC when the zone is unknown). */
export function localDay(at: Date, timeZone: string): string {
  return dayFormatter(timeZone)?.format(at) ?? at.toISOString().slice(0, 10);
}

/** Today in the patient's time zone, read with the record by withPatientRecord. */
export function patientToday(patient: PatientInScope, now: Date): string {
  return localDay(now, patient.timeZone);
}

/** How far back a device may sync a record: the PWA keeps 30 days offline; allow twice that. */
export const OLDEST_SYNC_DAYS = 60;

/**
 * A day sent by the device must be a real recent day: not after tomorrow (time
 * zones differ by up to a day from the server's idea of today) and not older
 * than OLDEST_SYNC_DAYS. Refuses with 400 naming the field.
 */
export function checkRecentDay(day: string, today: string, field: string): void {
  if (day > addDays(today, 1)) {
    throw badRequest(`${field} is in the future.`, [{ path: field, message: 'must not be after today' }]);
  }
  if (day < addDays(today, -OLDEST_SYNC_DAYS)) {
    throw badRequest(`${field} is too long ago.`, [
      { path: field, message: `must be within the last ${OLDEST_SYNC_DAYS} days` },
    ]);
  }
}
