// `npx tsx bench/profile-check-in.ts [seconds]`: where the server's CPU goes
// during the check-in load. Starts `backplan serve` with --cpu-prof on a
// throwaway database, loads POST /api/v1/me/check-ins at BENCH_CONNECTIONS (50),
// and prints self time by package and by function. The .cpuprofile stays in
// the printed directory for Chrome DevTools. Not part of `npm run bench`: a
// profiler slows what it measures, so its numbers are shares, not rates.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBenchDatabase } from './lib/bench-database';
import { API_DAYS, checkInBody, isoDay, slotOf } from './lib/check-in-load';
import { createCohort, refreshTriageRows } from './lib/cohort';
import { runLoad } from './lib/load';
import { startBackPlan } from './lib/server-process';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const seconds = Number(process.argv[2] ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dir = mkdtempSync(path.join(tmpdir(), 'backplan-prof-'));

/** The package a script belongs to (node_modules/<name>), or 'backplan', 'node' for built-ins. */
function packageOf(url: string): string {
  if (url === '') return '(native / idle / GC)';
  if (url.startsWith('node:')) return 'node';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  const ours = /packages\/([^/]+)\//.exec(url);
  return ours ? `backplan/${ours[1]}` : url;
}

function summarise(profile: CpuProfile): void {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${pkg}:${url.split('/').pop()}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  process.stdout.write(`\nSelf time by package (${total.toFixed(0)} ms sampled):\n${top(byPackage, 25)}\n`);
  process.stdout.write(`\nSelf time by function:\n${top(byFunction, 45)}\n`);
}

const database = await openBenchDatabase('profile');
try {
  const cohort = await createCohort(database.url, { label: 'profile', patientCount: 2000 });
  await refreshTriageRows(database.url);
  const server = await startBackPlan(database.url, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let sent = 0;
  const options = {
    name: 'profile: POST /api/v1/me/check-ins',
    url: `${server.url}/api/v1/me/check-ins`,
    method: 'POST' as const,
    connections,
    durationSeconds: seconds,
    headers: { 'content-type': 'application/json' },
    next: () => {
      const { patientIndex, daysAgo } = slotOf(sent, cohort.patients.length);
      const patient = cohort.patients[patientIndex];
      sent++;
      if (!patient) throw new Error('no patient');
      return {
        headers: { cookie: patient.cookie, 'x-csrf-token': patient.csrfToken },
        body: checkInBody(isoDay(daysAgo % (API_DAYS + 1)), sent % 11),
      };
    },
  };
  // A few seconds unmeasured (compilation, the pool), then the profile.
  await runLoad({ ...options, durationSeconds: 5 });
  const result = await runLoad(options);
  await server.stop();
  process.stdout.write(
    `${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms (under the profiler)\n`,
  );
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  summarise(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
  process.stdout.write(`\nProfile: ${path.join(dir, file)}\n`);
} finally {
  await database.close();
}
