// `npm run bench [-- step ...]`: runs the benchmarks, prints each table and
// writes the results into docs/performance.md with the machine facts and the
// commands. Steps: api, engine (the default pair), scale, lighthouse, or all.
// Environment: BENCH_SECONDS (60), BENCH_CONNECTIONS (50), BENCH_PATIENTS
// (2000), BENCH_SCALE_PATIENTS (10000), BENCH_SCALE_DAYS (365), DATABASE_URL
// (a PostgreSQL server to create the bench databases on; default embedded),
// BENCH_NO_DOCS=1 to print without writing docs/performance.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApiBench } from './api.bench';
import { RECOMMEND_TARGET_PER_SECOND, runEngineBench } from './engine.bench';
import { openBenchDatabase } from './lib/bench-database';
import type { LoadResult } from './lib/load';
import { fmt, loadTable, machineFacts, table, writeSection } from './lib/report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PERFORMANCE_DOC = path.join(root, 'docs/performance.md');
const STEPS = ['api', 'engine', 'scale', 'lighthouse'] as const;
type Step = (typeof STEPS)[number];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0.`);
  return value;
}

function requestedSteps(argv: readonly string[]): Step[] {
  if (argv.length === 0) return ['api', 'engine'];
  if (argv.includes('all')) return [...STEPS];
  for (const arg of argv) {
    if (!(STEPS as readonly string[]).includes(arg))
      throw new Error(`Unknown step ${arg}; use ${STEPS.join(', ')} or all.`);
  }
  return argv as Step[];
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const passFail = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const writeDocs = process.env.BENCH_NO_DOCS !== '1';

/**
 * CPU per request moves far less with other work on the machine than rates do,
 * so it is the steadier comparison of the check-in write with the raw baseline.
 */
function cpuLine(write: LoadResult, raw: LoadResult): string {
  const total = (r: LoadResult) =>
    r.appCpuMsPerRequest !== undefined && r.postgresCpuMsPerRequest !== undefined
      ? r.appCpuMsPerRequest + r.postgresCpuMsPerRequest
      : undefined;
  const writeCpu = total(write);
  const rawCpu = total(raw);
  const measuredAs =
    'CPU columns: CPU time (from /proc) of the serving process — `backplan serve`, or the raw loop’s own process — and of the PostgreSQL processes, divided by requests served; blank where not measurable (the hello server, or a PostgreSQL on another machine).';
  if (writeCpu === undefined || rawCpu === undefined) return measuredAs;
  const sentence = `${measuredAs} A check-in costs ${fmt(writeCpu, 2)} ms of CPU in all against ${fmt(rawCpu, 2)} ms for the raw baseline's rows (${fmt(writeCpu / rawCpu, 1)}×).`;
  const generator = write.loadGeneratorCpuMsPerRequest;
  if (generator === undefined) return sentence;
  // The two loads share the machine's cores differently: the raw loop is its own client, the
  // check-in load has autocannon beside it, so the rates compare more than the server's cost.
  return `${sentence} Besides that, autocannon, sending the check-ins from the bench's process on the same cores, used ${fmt(generator, 2)} ms of CPU per check-in, which the raw loop does not pay for: with it, ${fmt(writeCpu + generator, 2)} ms a check-in against ${fmt(rawCpu, 2)} ms (${fmt((writeCpu + generator) / rawCpu, 1)}×).`;
}
const publish = (section: string, body: string): void => {
  say(`\n${body}\n`);
  if (writeDocs) writeSection(PERFORMANCE_DOC, section, body);
};

async function apiStep(): Promise<void> {
  const seconds = positiveInt('BENCH_SECONDS', 60);
  const connections = positiveInt('BENCH_CONNECTIONS', 50);
  const patients = positiveInt('BENCH_PATIENTS', 2000);
  const database = await openBenchDatabase('api');
  try {
    const r = await runApiBench(database, { seconds, connections, patients }, say);
    const created = r.checkInWrite.statusCounts['201'] ?? 0;
    const writeShare = r.checkInWrite.requestsPerSecond / r.rawInsert.requestsPerSecond;
    const lines = [
      '### API throughput and latency',
      '',
      machineFacts(database.description),
      `- Command: \`BENCH_SECONDS=${seconds} BENCH_CONNECTIONS=${connections} BENCH_PATIENTS=${patients} npm run bench -- api\``,
      `- Each load: autocannon, ${connections} connections, ${seconds} s, to 127.0.0.1; BackPlan runs as \`backplan serve\` in its own process (pool of 10 database connections).`,
      '',
      loadTable(
        [r.hello, r.rawInsert, r.checkInWrite, r.checkInWriteAlone, r.checkInWriteWorkers, ...r.reads],
        r.hello,
        r.rawInsert,
      ),
      '',
      cpuLine(r.checkInWrite, r.rawInsert),
      '',
      `Check-in write: ${created.toLocaleString('en-US')} new check-ins stored (201) of ${r.checkInWrite.total.toLocaleString('en-US')} requests at ${connections} connections; every request was a distinct patient and day while fewer than ${r.writeCapacity.toLocaleString('en-US')} had been sent (warm-up and the one-connection run included).`,
      '',
      '| target | measured | result |',
      '| --- | ---: | --- |',
      `| check-in write ≥ 50% of the raw insert rate | ${(100 * writeShare).toFixed(1)}% | ${passFail(writeShare >= 0.5)} |`,
      `| check-in write p99 < 50 ms at ${connections} connections | ${fmt(r.checkInWrite.p99Ms, 2)} ms | ${passFail(r.checkInWrite.p99Ms < 50)} |`,
      `| check-in write with a server process per core ≥ 50% of the raw insert rate | ${(100 * (r.checkInWriteWorkers.requestsPerSecond / r.rawInsert.requestsPerSecond)).toFixed(1)}% | ${passFail(r.checkInWriteWorkers.requestsPerSecond / r.rawInsert.requestsPerSecond >= 0.5)} |`,
      `| check-in write with a server process per core, p99 < 50 ms at ${connections} connections | ${fmt(r.checkInWriteWorkers.p99Ms, 2)} ms | ${passFail(r.checkInWriteWorkers.p99Ms < 50)} |`,
      `| check-in write p99 < 50 ms, 1 connection | ${fmt(r.checkInWriteAlone.p99Ms, 2)} ms | ${passFail(r.checkInWriteAlone.p99Ms < 50)} |`,
      ...r.reads.map(
        (read) =>
          `| ${read.name.split(' (')[0]} p99 < 50 ms | ${fmt(read.p99Ms, 2)} ms | ${passFail(read.p99Ms < 50)} |`,
      ),
      '',
      // Little's law: in a closed loop every connection waits for its answer before it asks again,
      // so the mean latency is connections ÷ rate, whatever the server does with its time.
      `Each load is a closed loop: a connection sends its next request when the last one is answered, so the mean latency is connections ÷ rate (Little's law), and p99 < 50 ms at ${connections} connections needs more than ${(connections / 0.05).toLocaleString('en-US')} requests/s before any spread. In this run the raw node-postgres baseline, which does only the writes, served ${fmt(r.rawInsert.requestsPerSecond, 0)}/s with p99 ${fmt(r.rawInsert.p99Ms, 2)} ms.`,
    ];
    publish('api', lines.join('\n'));
  } finally {
    await database.close();
  }
}

function engineStep(): void {
  const seconds = positiveInt('BENCH_ENGINE_SECONDS', 5);
  const results = runEngineBench(seconds);
  const recommendRate = results.find((r) => r.name.startsWith('recommend'))?.perSecond ?? 0;
  const body = [
    '### Engine throughput (one core)',
    '',
    machineFacts('no database'),
    `- Command: \`BENCH_ENGINE_SECONDS=${seconds} npm run bench -- engine\``,
    '- Inputs: every clinical vignette plus the worked examples in docs/examples, evaluated round-robin on one thread after a warm-up.',
    '',
    table(
      ['function', 'inputs', 'evaluations', 'per second', 'mean µs'],
      results.map((r) => [
        r.name,
        String(r.inputs),
        fmt(r.evaluations, 0),
        fmt(r.perSecond, 0),
        fmt(r.meanMicros, 1),
      ]),
    ),
    '',
    `Target: recommend ≥ ${RECOMMEND_TARGET_PER_SECOND.toLocaleString('en-US')}/s — ${fmt(recommendRate, 0)}/s: ${passFail(recommendRate >= RECOMMEND_TARGET_PER_SECOND)}.`,
  ];
  publish('engine', body.join('\n'));
}

async function main(): Promise<void> {
  const steps = requestedSteps(process.argv.slice(2));
  for (const step of steps) {
    say(`\n== bench: ${step} ==`);
    if (step === 'api') await apiStep();
    else if (step === 'engine') engineStep();
    else if (step === 'scale') await (await import('./scale.bench')).scaleStep(publish, say);
    else await (await import('./lighthouse.bench')).lighthouseStep(publish, say);
  }
  if (writeDocs) say(`\nResults written to ${path.relative(process.cwd(), PERFORMANCE_DOC)}.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
