import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time spent by processes during a load, from /proc (Linux). On a shared
 * machine a request's CPU cost moves much less with the other work than its
 * rate or latency does, so the API bench reports it per request beside them:
 * for the BackPlan server process and for the PostgreSQL processes serving it.
 */
const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** utime + stime, plus the waited-for children's (exited backends), in ms. */
function processCpuMs(pid: number, withExitedChildren: boolean): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ": state is field 0, utime 11, stime 12, cutime 13, cstime 14.
    const own = Number(fields[11]) + Number(fields[12]);
    const children = withExitedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + children) * TICK_MS;
  } catch {
    return 0; // the process has exited
  }
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** The pid listening on a loopback TCP port (as root, any user's), or null. */
export function listenerPid(port: number): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const match = /pid=(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** CPU ms of a process and all its children (PostgreSQL: the postmaster and every backend). */
export function treeCpuMs(pid: number): number {
  return processCpuMs(pid, true) + childPids(pid).reduce((sum, child) => sum + processCpuMs(child, false), 0);
}

export interface CpuMeter {
  /** Starts a measurement; the returned function gives the CPU ms used since. */
  start(): () => number;
}

export function cpuMeterOf(pid: number | null): CpuMeter | null {
  if (pid === null || !fs.existsSync(`/proc/${pid}/stat`)) return null;
  return {
    start() {
      const before = treeCpuMs(pid);
      return () => treeCpuMs(pid) - before;
    },
  };
}

/** This process's own CPU ms (user + system), for the in-process raw baseline. */
export const ownCpuMeter: CpuMeter = {
  start() {
    const before = process.cpuUsage();
    return () => {
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
  },
};
