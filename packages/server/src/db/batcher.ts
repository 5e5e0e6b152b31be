/**
 * Group commit for one kind of write (issue #11): while a statement for some
 * items is running, the items that arrive meanwhile wait and then go together
 * in ONE statement, which is one transaction and one WAL flush. Under no load
 * an item goes alone at once (the batch holds whatever arrived in the same turn
 * of the event loop), so a single request waits for nothing; under the evening
 * burst fifty check-ins cost a few statements instead of fifty.
 *
 * Nothing is acknowledged before its statement has committed: `submit`
 * resolves with the item's own result only when `run` has returned.
 */
export interface BatcherOptions<Item, Result> {
  /** The most items in one statement. */
  readonly maxBatch: number;
  /** The most statements running at once; items arriving beyond that wait for the next batch. */
  readonly maxInFlight: number;
  /**
   * Items with the same key never share a batch nor run in two batches at once
   * (the check-in batch keys by patient: one summary row per patient per statement).
   * Without it, any items may go together.
   */
  readonly keyOf?: (item: Item) => string;
  /** Writes the items; returns one result per item, in the same order. */
  readonly run: (items: readonly Item[]) => Promise<readonly Result[]>;
}

export interface Batcher<Item, Result> {
  submit(item: Item): Promise<Result>;
  /** Items waiting and statements running, for tests and diagnostics. */
  readonly pending: () => { readonly queued: number; readonly inFlight: number };
}

interface Waiting<Item, Result> {
  readonly item: Item;
  /** Null: the item shares a batch with anything. */
  readonly key: string | null;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

export function createBatcher<Item, Result>(options: BatcherOptions<Item, Result>): Batcher<Item, Result> {
  if (options.maxBatch < 1 || options.maxInFlight < 1)
    throw new Error('maxBatch and maxInFlight must be at least 1');
  let queue: Waiting<Item, Result>[] = [];
  let inFlight = 0;
  let scheduled = false;
  const keysInFlight = new Set<string>();

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // setImmediate, not a microtask: it runs after the event loop's poll phase, so every
    // request read from the sockets in this turn joins the same batch.
    setImmediate(() => {
      scheduled = false;
      flush();
    });
  }

  function flush(): void {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch: Waiting<Item, Result>[] = [];
      const keys = new Set<string>();
      const rest: Waiting<Item, Result>[] = [];
      for (const waiting of queue) {
        const free = waiting.key === null || (!keys.has(waiting.key) && !keysInFlight.has(waiting.key));
        if (batch.length < options.maxBatch && free) {
          batch.push(waiting);
          if (waiting.key !== null) keys.add(waiting.key);
        } else {
          rest.push(waiting);
        }
      }
      queue = rest;
      if (batch.length === 0) return; // every waiting key is in flight: its batch's end flushes again
      start(batch, keys);
    }
  }

  function start(batch: readonly Waiting<Item, Result>[], keys: ReadonlySet<string>): void {
    inFlight += 1;
    for (const key of keys) keysInFlight.add(key);
    let settled: Promise<readonly Result[]>;
    try {
      settled = options.run(batch.map((waiting) => waiting.item));
    } catch (error) {
      settled = Promise.reject(error);
    }
    // The bookkeeping comes before the answers, so a caller that resumes on its answer
    // already sees the slot free.
    const finish = (answer: () => void): void => {
      inFlight -= 1;
      for (const key of keys) keysInFlight.delete(key);
      answer();
      if (queue.length > 0) schedule();
    };
    const rejectAll = (error: unknown) => () => {
      for (const waiting of batch) waiting.reject(error);
    };
    settled.then(
      (results) =>
        finish(
          results.length === batch.length
            ? () => {
                for (const [index, waiting] of batch.entries()) waiting.resolve(results[index] as Result);
              }
            : rejectAll(new Error(`the batch returned ${results.length} results for ${batch.length} items`)),
        ),
      (error: unknown) => finish(rejectAll(error)),
    );
  }

  return {
    submit(item) {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ item, key: options.keyOf?.(item) ?? null, resolve, reject });
        schedule();
      });
    },
    pending: () => ({ queued: queue.length, inFlight }),
  };
}
