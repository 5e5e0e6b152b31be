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
  /** Responses by HTTP status, e.g. { 201: 41230 } (empty for the database baseline). */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** CPU ms per request of the process serving it (the BackPlan server, or the raw loop's own process). */
  readonly appCpuMsPerRequest?: number;
  /** CPU ms per request of the PostgreSQL processes (postmaster and backends), when they run here. */
  readonly postgresCpuMsPerRequest?: number;
  /**
   * CPU ms per request of the load generator (autocannon, in the bench's own process) for
   * HTTP loads: it runs on the same cores as the server, which the raw loop does not pay for.
   */
  readonly loadGeneratorCpuMsPerRequest?: number;
}

/** A request's varying parts: path, headers and body may change on every request. */
export interface RequestShape {
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface LoadOptions {
  readonly name: string;
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  /** Builds each request; called once per request, so requests can carry unique keys and sessions. */
  readonly next?: () => RequestShape;
}

/** Runs an autocannon load against a server on this machine (loopback only) and summarises it. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`Load tests run against this machine only, not ${url.hostname}.`);
  }
  const next = options.next;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    requests: next
      ? [
          {
            setupRequest: (request) => {
              const shape = next();
              return {
                ...request,
                ...(shape.path ? { path: shape.path } : {}),
                ...(shape.body !== undefined ? { body: shape.body } : {}),
                headers: { ...request.headers, ...shape.headers },
              };
            },
          },
        ]
      : undefined,
  });
  const statusCounts: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCounts[status] = stats.count ?? 0;
  }
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    statusCounts,
  };
}

/** Latency percentiles of a list of samples in milliseconds. */
export function percentile(samplesMs: readonly number[], p: number): number {
  if (samplesMs.length === 0) return Number.NaN;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
