import { describe, expect, it } from 'vitest';
import { localDay } from './own-record';

describe('localDay', () => {
  const at = new Date('2026-03-01T23:30:00Z');
  it.each([
    ['UTC', '2026-03-01'],
    ['Europe/London', '2026-03-01'],
    ['Europe/Madrid', '2026-03-02'],
    ['America/Los_Angeles', '2026-03-01'],
    ['Pacific/Auckland', '2026-03-02'],
    ['Not/A_Zone', '2026-03-01'],
  ])('in %s is %s', (zone, day) => {
    // Twice: the second call uses the cached formatter and must agree with the first.
    expect(localDay(at, zone)).toBe(day);
    expect(localDay(at, zone)).toBe(day);
  });
});
