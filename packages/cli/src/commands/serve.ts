import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type Config,
  connectDatabase,
  loadConfig,
  provisionDatabase,
  runMigrations,
  startServer,
} from '@backplan/server';
import { WEB_DIST } from '../paths';

/** `backplan serve`: migrate, then serve the API and the web app until a signal arrives. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const webDist = config.webDist ?? (existsSync(path.join(WEB_DIST, 'index.html')) ? WEB_DIST : undefined);
  if (cluster.isWorker) {
    // A worker of servePrimary: the database is provisioned, migrated and seeded; it only serves.
    await startServer({ ...config, webDist }, { handleSignals: true, say: () => undefined });
    return;
  }
  if (!webDist) {
    process.stdout.write('The web app is not built (run `npm run build:web`); serving the API only.\n');
  }
  if (config.workers > 1) {
    await servePrimary({ ...config, webDist });
    return;
  }
  await startServer({ ...config, webDist }, { handleSignals: true });
}

/** How long a worker may take to drain its requests after SIGTERM before it is killed. */
const WORKER_STOP_MS = 20_000;

/**
 * BACKPLAN_WORKERS > 1: this process provisions the database (starting the
 * embedded one if there is no DATABASE_URL), migrates and seeds it once, then
 * forks that many workers that share the port (node:cluster). The API is
 * stateless (sessions and reminder claims live in PostgreSQL, docs/scaling.md),
 * so any worker may answer any request. A worker that dies is replaced; on
 * SIGTERM or SIGINT every worker drains its requests, then the database stops.
 */
async function servePrimary(config: Config): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const provisioned = await provisionDatabase(config, { info: say, warn: say });
  let stopping = false;
  try {
    await runMigrations(provisioned.url);
    if (config.demo) {
      const { seedDemoOnFirstStart } = await import('@backplan/server/modules/demo/seed-on-start');
      const database = connectDatabase(provisioned.url, { max: 2 });
      try {
        await seedDemoOnFirstStart(database, { enabled: true, say });
      } finally {
        await database.close();
      }
    }
  } catch (error) {
    await provisioned.stop().catch(() => undefined);
    throw error;
  }

  const workerEnv = (index: number): NodeJS.ProcessEnv => ({
    DATABASE_URL: provisioned.url,
    BACKPLAN_DEMO: 'off',
    ...(config.webDist ? { BACKPLAN_WEB_DIST: config.webDist } : {}),
    // One worker schedules reminders; more would be safe (SKIP LOCKED) but add nothing.
    BACKPLAN_REMINDERS: index === 0 && config.reminders ? 'true' : 'false',
  });
  const indexOf = new Map<Worker, number>();
  const fork = (index: number): Worker => {
    const worker = cluster.fork(workerEnv(index));
    indexOf.set(worker, index);
    return worker;
  };

  const workers = Array.from({ length: config.workers }, (_, index) => fork(index));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('listening', () => resolve());
          worker.once('exit', (code) =>
            reject(new Error(`A server worker exited (code ${code}) while starting.`)),
          );
        }),
    ),
  ).catch(async (error: unknown) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    await provisioned.stop().catch(() => undefined);
    throw error;
  });

  cluster.on('exit', (worker, code, signal) => {
    const index = indexOf.get(worker) ?? 0;
    indexOf.delete(worker);
    if (stopping) return;
    say(`Server worker ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another.`);
    fork(index);
  });

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`Received ${signal}; the workers finish their requests in flight, then BackPlan stops.`);
    const running = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => worker !== undefined,
    );
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), WORKER_STOP_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await provisioned.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));

  if (provisioned.embeddedDataDir) say(`Embedded PostgreSQL data: ${provisioned.embeddedDataDir}`);
  say(`BackPlan is running at http://localhost:${config.port} (${config.workers} worker processes)`);
}
