import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type LoadResult, percentile, runLoad } from './load';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Start the bare Fastify hello server in a child process and load it like the real API. */
export async function helloBaseline(connections: number, durationSeconds: number): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'hello-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number.parseInt(chunk.toString(), 10)));
    child.once('exit', () => reject(new Error('hello server exited')));
  });
  try {
    const options = {
      name: 'baseline: bare Fastify GET /hello',
      url: `http://127.0.0.1:${port}/hello`,
      connections,
      durationSeconds,
    };
    await runLoad({ ...options, durationSeconds: Math.min(5, durationSeconds) }); // warm-up, as for BackPlan
    return await runLoad(options);
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * The database baseline: `concurrency` loops, each with its own connection,
 * inserting the rows the API would insert, with no HTTP, validation or session.
 */
export async function rawInsertBaseline(options: {
  readonly name: string;
  readonly databaseUrl: string;
  readonly concurrency: number;
  readonly durationSeconds: number;
  /** The INSERT statement(s) for one logical write, as the API would run them in one transaction. */
  readonly insert: (client: pg.PoolClient, sequence: number) => Promise<void>;
}): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.concurrency });
  const latencies: number[] = [];
  let sequence = 0;
  let errors = 0;
  const deadline = performance.now() + options.durationSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            await options.insert(client, sequence++);
            latencies.push(performance.now() - t0);
          } catch {
            errors++;
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  await pool.end();
  return {
    name: options.name,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    p999Ms: percentile(latencies, 99.9),
    errors,
    non2xx: 0,
    total: latencies.length,
    statusCounts: {},
  };
}
