import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../server/test/db';
import { freePort, runCli, startServe } from './run-cli';

const dataDirs: string[] = [];
async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-cli-'));
  await fs.chmod(dir, 0o755);
  dataDirs.push(dir);
  return dir;
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The Node processes a process started (the cluster's workers; not the embedded postgres). */
function nodeChildren(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // none
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((child) => {
      try {
        return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('backplan.mjs');
      } catch {
        return false;
      }
    });
}

/**
 * A GET on a new connection, retried like a client would: a connection the
 * primary had just handed to the worker that died is lost with it.
 */
async function statusOnNewConnection(url: string, attempts = 5): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await new Promise<number>((resolve, reject) => {
        const request = http.get(url, { agent: false, timeout: 2_000 }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('timeout', () => request.destroy(new Error('timed out')));
        request.on('error', reject);
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(async () => {
  for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('backplan basics', () => {
  it('prints its version and help', async () => {
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('serve');
    expect(help.stdout).toContain('migrate');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT is invalid'],
    [{ PORT: '99999' }, 'PORT is invalid'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL is invalid'],
  ])('exits with code 2 and one line for bad configuration %o', async (env, message) => {
    const result = await runCli(['serve'], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('migrates an external database given by DATABASE_URL', async () => {
    const database = await createTestDatabase();
    const result = await runCli(['migrate'], { DATABASE_URL: database.url });
    expect(result.stdout).toContain('Migrations are up to date.');
    expect(result.code).toBe(0);
    await database.drop();
  });
});

describe('backplan serve on the embedded database', () => {
  it('serves, refuses a second server on the same data directory, and shuts down cleanly', async () => {
    const dataDir = await tempDataDir();
    const first = await startServe({ BACKPLAN_DATA_DIR: dataDir, PORT: String(await freePort()) });
    try {
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);

      const second = await runCli(['serve'], { BACKPLAN_DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(second.code).toBe(1);
      const lines = second.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/already using the data directory/);
      // The first server is untouched.
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
    const pid = postmasterPid(dataDir);
    expect(pid === null || !isAlive(pid)).toBe(true);
    expect(existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
  });

  it('runs BACKPLAN_WORKERS server processes on one port, replaces one that dies, and stops them all', async () => {
    const dataDir = await tempDataDir();
    const server = await startServe({
      BACKPLAN_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      BACKPLAN_WORKERS: '2',
    });
    const primary = server.child.pid ?? 0;
    let workers: number[] = [];
    try {
      expect(server.output()).toContain('(2 worker processes)');
      workers = nodeChildren(primary);
      expect(workers).toHaveLength(2);
      for (let i = 0; i < 20; i += 1) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      // A worker that dies is replaced; new connections are answered meanwhile (a kept-alive
      // connection to the dead worker is reset, as with any server that crashes).
      process.kill(workers[0] ?? 0, 'SIGKILL');
      expect(await statusOnNewConnection(`${server.url}/readyz`)).toBe(200);
      await waitFor(
        () => nodeChildren(primary).length === 2 && !nodeChildren(primary).includes(workers[0] ?? 0),
      );
      for (let i = 0; i < 10; i += 1) expect(await statusOnNewConnection(`${server.url}/readyz`)).toBe(200);
      workers = nodeChildren(primary);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    for (const worker of workers) expect(isAlive(worker)).toBe(false);
    const postmaster = postmasterPid(dataDir);
    expect(postmaster === null || !isAlive(postmaster)).toBe(true);
  });

  it('recovers after the server is killed with SIGKILL', async () => {
    const dataDir = await tempDataDir();
    const port = String(await freePort());
    const crashed = await startServe({ BACKPLAN_DATA_DIR: dataDir, PORT: port });
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull();

    const restarted = await startServe({ BACKPLAN_DATA_DIR: dataDir, PORT: port });
    try {
      expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
      expect(orphan !== null && isAlive(orphan)).toBe(false);
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
  });
});
