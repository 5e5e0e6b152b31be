/** The device's local calendar day, YYYY-MM-DD: check-ins and sessions belong to the patient's day. */
export function localDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` before (negative: after) the given local day. */
export function dayOffset(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return localDay(new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) - days));
}

/** The instant with the device's UTC offset, as the API's `clientRecordedAt` wants it. */
export function nowWithOffset(date: Date = new Date()): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const pad = (value: number) => String(Math.floor(Math.abs(value))).padStart(2, '0');
  // Milliseconds matter: the later of two check-ins for a day wins, and two can come seconds apart.
  const millis = String(date.getMilliseconds()).padStart(3, '0');
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${millis}`;
  return `${localDay(date)}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** A new idempotency key: made once per record on the device, sent again on every retry. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
