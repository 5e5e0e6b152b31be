import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAdherence } from './adherence';
import type { AdherenceRecord } from './records';

const record = (date: string, completed: boolean, impactsAdherence = true): AdherenceRecord => ({
  date,
  taskId: 'home-exercise',
  impactsAdherence,
  completed,
});

describe('adherence', () => {
  it('divides sessions done by sessions prescribed inside the window', () => {
    const records = [
      record('2026-01-01', true),
      record('2026-01-02', false),
      record('2026-01-03', true),
      record('2026-01-04', true),
      record('2026-01-09', false), // outside the window
    ];
    expect(computeAdherence(records, '2026-01-01', '2026-01-07')).toEqual({
      from: '2026-01-01',
      to: '2026-01-07',
      prescribed: 4,
      completed: 3,
      rate: 0.75,
    });
  });

  it('counts only tasks that impact adherence', () => {
    const records = [record('2026-01-01', false, false), record('2026-01-02', true)];
    expect(computeAdherence(records, '2026-01-01', '2026-01-07').rate).toBe(1);
  });

  it('is null when nothing was prescribed', () => {
    expect(computeAdherence([record('2026-01-01', true, false)], '2026-01-01', '2026-01-07').rate).toBeNull();
  });

  it('always lies between 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.boolean(), fc.boolean())), (rows) => {
        const records = rows.map(([day, done, counts]) =>
          record(`2026-02-${String(day).padStart(2, '0')}`, done, counts),
        );
        const { rate } = computeAdherence(records, '2026-02-01', '2026-02-28');
        if (rate !== null) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
