import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentAnswerError } from './errors';
import { INSTRUMENT_IDS, INSTRUMENTS, scoreInstrument, tryScoreInstrument } from './registry';
import type { InstrumentAnswerValue, InstrumentDefinition } from './types';

/**
 * Any valid response set: every item gets one of its own option values (or, for the ODI, one or
 * two marks), and items beyond the instrument's minimum may be left unanswered.
 */
function validResponseSet(
  definition: InstrumentDefinition,
): fc.Arbitrary<Record<string, InstrumentAnswerValue>> {
  const answerFor = (values: number[]): fc.Arbitrary<InstrumentAnswerValue> =>
    definition.allowsMultipleMarksPerItem
      ? fc.oneof(
          fc.constantFrom(...values),
          fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 2 }),
        )
      : fc.constantFrom(...values);
  const answered = fc.tuple(
    ...definition.items.map((item) => answerFor(item.options.map((option) => option.value))),
  );
  const skippable = definition.items.length - definition.minimumAnsweredItems;
  const skipped = fc.subarray(
    definition.items.map((item) => item.id),
    { maxLength: skippable },
  );
  return fc
    .tuple(answered, skipped)
    .map(([values, skippedIds]) =>
      Object.fromEntries(
        definition.items
          .map((item, index) => [item.id, values[index] ?? null] as const)
          .filter(([itemId]) => !skippedIds.includes(itemId)),
      ),
    );
}

describe.each(INSTRUMENT_IDS)('%s: properties', (id) => {
  const { definition } = INSTRUMENTS[id];

  it('any valid response set scores within every score’s range', () => {
    fc.assert(
      fc.property(validResponseSet(definition), (answers) => {
        const result = scoreInstrument(id, answers);
        expect(result.instrumentId).toBe(id);
        expect(result.scores.map((score) => score.id)).toEqual(definition.scoreDefinitions.map((s) => s.id));
        for (const score of result.scores) {
          expect(score.value).toBeGreaterThanOrEqual(score.min);
          expect(score.value).toBeLessThanOrEqual(score.max);
        }
      }),
    );
  });

  it('an impossible value on any item is refused and the item is named', () => {
    const impossible = fc.oneof(fc.integer({ min: 11, max: 1000 }), fc.integer({ min: -1000, max: -1 }));
    fc.assert(
      fc.property(
        validResponseSet(definition),
        fc.constantFrom(...definition.items),
        impossible,
        (answers, item, value) => {
          const outcome = tryScoreInstrument(id, { ...answers, [item.id]: value });
          expect(outcome.ok).toBe(false);
          if (!outcome.ok)
            expect(outcome.issues[0]).toMatchObject({ itemId: item.id, problem: 'out-of-range' });
        },
      ),
    );
  });

  it('scoring is deterministic', () => {
    fc.assert(
      fc.property(validResponseSet(definition), (answers) => {
        expect(scoreInstrument(id, answers)).toEqual(scoreInstrument(id, answers));
      }),
      { numRuns: 30 },
    );
  });
});

describe('tryScoreInstrument', () => {
  it('turns the error into issues and rethrows nothing else', () => {
    const outcome = tryScoreInstrument('phq-2', { 'feeling-down': 1 });
    expect(outcome).toMatchObject({ ok: false, issues: [{ problem: 'too-few-answered' }] });
    expect(() => scoreInstrument('phq-2', { 'feeling-down': 1 })).toThrow(InstrumentAnswerError);
  });
});
