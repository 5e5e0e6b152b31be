import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestByDate } from './engine-context';

/** How the engine picked the latest record before issue #11, kept as the oracle: filter, copy, stable sort, take the last. */
function oracleLatest<T extends { date: string }>(records: readonly T[], include: (record: T) => boolean) {
  return [...records.filter(include)].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

describe('latestByDate agrees exactly with filter + sort + last', () => {
  const dates = fc.oneof(
    fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-01', '2025-12-31', '2026-01-10'),
    fc.string({ maxLength: 4 }),
  );
  it('picks the same record (later records win ties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: dates, score: fc.integer() }), { maxLength: 12 }),
        dates,
        (records, cutoff) => {
          for (const include of [() => true, (record: { date: string }) => record.date <= cutoff]) {
            expect(latestByDate(records, include)).toBe(oracleLatest(records, include));
          }
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
