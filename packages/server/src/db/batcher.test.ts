import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher';

interface Item {
  readonly key: string;
  readonly value: number;
}

/** A batcher whose statements finish only when the test says so. */
function controlled(
  options: { maxBatch?: number; maxInFlight?: number; fail?: (items: readonly Item[]) => boolean } = {},
) {
  const batches: Item[][] = [];
  const finish: (() => void)[] = [];
  const batcher = createBatcher<Item, number>({
    maxBatch: options.maxBatch ?? 10,
    maxInFlight: options.maxInFlight ?? 1,
    keyOf: (item) => item.key,
    run: (items) => {
      batches.push([...items]);
      return new Promise((resolve, reject) => {
        finish.push(() => {
          if (options.fail?.(items)) reject(new Error('statement failed'));
          else resolve(items.map((item) => item.value * 2));
        });
      });
    },
  });
  return { batcher, batches, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit (db/batcher.ts)', () => {
  it('sends a lone item at once, in a batch of its own', async () => {
    const { batcher, batches, finish } = controlled();
    const result = batcher.submit({ key: 'a', value: 1 });
    await tick();
    expect(batches).toEqual([[{ key: 'a', value: 1 }]]);
    finish.shift()?.();
    expect(await result).toBe(2);
  });

  it('gathers the items that arrive while a statement runs into the next one', async () => {
    const { batcher, batches, finish } = controlled();
    const first = batcher.submit({ key: 'a', value: 1 });
    await tick();
    const later = [2, 3, 4].map((value) => batcher.submit({ key: `k${value}`, value }));
    await tick();
    expect(batches).toHaveLength(1); // the next batch waits for a free slot
    finish.shift()?.();
    await first;
    await tick();
    expect(batches[1]?.map((item) => item.value)).toEqual([2, 3, 4]);
    finish.shift()?.();
    expect(await Promise.all(later)).toEqual([4, 6, 8]);
  });

  it('never puts one key in a batch twice nor in two batches at once', async () => {
    const { batcher, batches, finish } = controlled({ maxInFlight: 2 });
    const results = [1, 2, 3].map((value) => batcher.submit({ key: 'same', value }));
    const other = batcher.submit({ key: 'other', value: 9 });
    await tick();
    // 'same' goes once; the second slot may not take another 'same' while the first runs.
    expect(batches).toEqual([
      [
        { key: 'same', value: 1 },
        { key: 'other', value: 9 },
      ],
    ]);
    finish.shift()?.();
    await results[0];
    await tick();
    expect(batches[1]).toEqual([{ key: 'same', value: 2 }]);
    finish.shift()?.();
    await results[1];
    await tick();
    expect(batches[2]).toEqual([{ key: 'same', value: 3 }]);
    finish.shift()?.();
    expect(await Promise.all([...results, other])).toEqual([2, 4, 6, 18]);
  });

  it('puts items without keys together, the same item twice too', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({
      maxBatch: 3,
      maxInFlight: 1,
      run: async (items) => {
        batches.push([...items]);
        return items.map((item) => item + 1);
      },
    });
    expect(await Promise.all([7, 7, 7, 7].map((item) => batcher.submit(item)))).toEqual([8, 8, 8, 8]);
    expect(batches).toEqual([[7, 7, 7], [7]]);
  });

  it('fails only the items of the statement that failed', async () => {
    const { batcher, finish } = controlled({ fail: (items) => items.some((item) => item.value === 13) });
    const first = batcher.submit({ key: 'a', value: 13 });
    await tick();
    const second = batcher.submit({ key: 'b', value: 5 });
    finish.shift()?.();
    await expect(first).rejects.toThrow('statement failed');
    await tick();
    finish.shift()?.();
    expect(await second).toBe(10);
  });

  it('fails every item when run returns the wrong number of results', async () => {
    const batcher = createBatcher<Item, number>({
      maxBatch: 5,
      maxInFlight: 1,
      keyOf: (item) => item.key,
      run: async () => [1],
    });
    const both = [batcher.submit({ key: 'a', value: 1 }), batcher.submit({ key: 'b', value: 2 })];
    await expect(Promise.all(both)).rejects.toThrow('2 items');
  });

  it('fails the items when run throws instead of returning a promise', async () => {
    const batcher = createBatcher<Item, number>({
      maxBatch: 5,
      maxInFlight: 1,
      keyOf: (item) => item.key,
      run: () => {
        throw new Error('no connection');
      },
    });
    await expect(batcher.submit({ key: 'a', value: 1 })).rejects.toThrow('no connection');
    expect(batcher.pending()).toEqual({ queued: 0, inFlight: 0 });
  });

  it('answers every item once with its own result, within the batch and in-flight limits, whatever arrives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        async (arrivals, maxBatch, maxInFlight) => {
          const inFlightKeys = new Set<string>();
          let running = 0;
          let violations = 0;
          const batcher = createBatcher<Item, number>({
            maxBatch,
            maxInFlight,
            keyOf: (item) => item.key,
            run: async (items) => {
              running += 1;
              const keys = items.map((item) => item.key);
              if (items.length > maxBatch || running > maxInFlight || new Set(keys).size !== keys.length) {
                violations += 1;
              }
              if (keys.some((key) => inFlightKeys.has(key))) violations += 1;
              for (const key of keys) inFlightKeys.add(key);
              await tick();
              for (const key of keys) inFlightKeys.delete(key);
              running -= 1;
              return items.map((item) => item.value * 2);
            },
          });
          const answers: Promise<number>[] = [];
          for (const [index, [key, pause]] of arrivals.entries()) {
            answers.push(batcher.submit({ key: `p${key}`, value: index }));
            for (let i = 0; i < pause; i += 1) await tick();
          }
          expect(await Promise.all(answers)).toEqual(arrivals.map((_, index) => index * 2));
          expect(violations).toBe(0);
          expect(batcher.pending()).toEqual({ queued: 0, inFlight: 0 });
        },
      ),
      { numRuns: 100 },
    );
  });
});
