import autocannon from 'autocannon';

/** One load-test result in the units docs/performance.md reports. */
export interface LoadResult {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly total: number;
}

export interface LoadOptions {
  readonly name: string;
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  /** Builds each request body; called once per request, so bodies can carry unique keys. */
  readonly body?: () => string;
}

/** Runs an autocannon load against a server on this machine (loopback only) and summarises it. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const makeBody = options.body;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    requests: makeBody
      ? [
          {
            setupRequest: (request) => ({ ...request, body: makeBody() }),
          },
        ]
      : undefined,
  });
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** Latency percentiles of a list of samples in milliseconds. */
export function percentile(samplesMs: readonly number[], p: number): number {
  if (samplesMs.length === 0) return Number.NaN;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
