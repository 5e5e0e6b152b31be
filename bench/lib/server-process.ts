import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/cli/bin/backplan.mjs');

export interface BackPlanProcess {
  readonly url: string;
  /** The server process (for its CPU time). */
  readonly pid: number | null;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `backplan serve` in its own process, as in production (and like the bare
 * Fastify baseline), on loopback only, with the API rate limit raised: the
 * default 600 requests a minute per client would turn the load test into a
 * test of the limiter.
 */
export async function startBackPlan(
  databaseUrl: string,
  extraEnv: NodeJS.ProcessEnv = {},
  /** Extra node flags, e.g. ['--cpu-prof'] to see where the server spends its time. */
  nodeArgs: readonly string[] = [],
) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, CLI, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BACKPLAN_RATE_LIMIT_API_PER_MINUTE: '10000000',
      BACKPLAN_REMINDERS: 'false',
      BACKPLAN_DEMO: 'off', // the bench makes its own clinic
      SESSION_IDLE_MINUTES: '1440',
      SESSION_ABSOLUTE_HOURS: '24',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`backplan serve did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('BackPlan is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(() => reject(new Error(`backplan serve exited:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? null,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  } satisfies BackPlanProcess;
}
