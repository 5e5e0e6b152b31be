// `npx tsx bench/timeline-check-in.ts [seconds]`: the check-in load second by
// second, beside what PostgreSQL did in that second: checkpoints, WAL written,
// autovacuum workers. A p99 is one number for the whole run; this shows whether
// the slow requests are spread out or bunched in a few seconds, and what
// happened then. Not part of `npm run bench`.
import autocannon from 'autocannon';
import pg from 'pg';
import { openBenchDatabase } from './lib/bench-database';
import { API_DAYS, checkInBody, isoDay, slotOf } from './lib/check-in-load';
import { type BenchPatient, createCohort, refreshTriageRows } from './lib/cohort';
import { startBackPlan } from './lib/server-process';

const seconds = Number(process.argv[2] ?? 60);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PATIENTS = 2000;

interface Second {
  responses: number;
  slowest: number;
  over50: number;
}

interface DatabaseSample {
  readonly checkpoints: number;
  readonly walBytes: number;
  readonly autovacuum: number;
}

async function sampleDatabase(client: pg.Client): Promise<DatabaseSample> {
  // pg_stat_checkpointer is PostgreSQL 17+; older servers keep the counts in pg_stat_bgwriter.
  const checkpoints = await client
    .query<{ n: string }>('SELECT (num_timed + num_requested)::text AS n FROM pg_stat_checkpointer')
    .catch(() =>
      client.query<{ n: string }>(
        'SELECT (checkpoints_timed + checkpoints_req)::text AS n FROM pg_stat_bgwriter',
      ),
    );
  const { rows } = await client.query<{ wal: string; autovacuum: number }>(
    `SELECT (SELECT wal_bytes::text FROM pg_stat_wal) AS wal,
       (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS autovacuum`,
  );
  return {
    checkpoints: Number(checkpoints.rows[0]?.n ?? 0),
    walBytes: Number(rows[0]?.wal ?? 0),
    autovacuum: rows[0]?.autovacuum ?? 0,
  };
}

const database = await openBenchDatabase('timeline');
try {
  const cohort = await createCohort(database.url, { label: 'timeline', patientCount: PATIENTS });
  const overflow = await createCohort(database.url, {
    label: 'timeline-overflow',
    patientCount: PATIENTS * 5,
  });
  if (process.env.BENCH_NO_REFRESH !== '1') await refreshTriageRows(database.url);
  const writers: BenchPatient[] = [...cohort.patients, ...overflow.patients];
  const capacity = writers.length * (API_DAYS + 1);
  const server = await startBackPlan(database.url);
  const monitor = new pg.Client({ connectionString: database.url });
  await monitor.connect();
  let sent = 0;
  const run = (duration: number) =>
    autocannon({
      url: `${server.url}/api/v1/me/check-ins`,
      connections,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const { patientIndex, daysAgo } = slotOf(sent % capacity, PATIENTS, API_DAYS + 1);
            const patient = writers[patientIndex] as BenchPatient;
            sent++;
            return {
              ...request,
              body: checkInBody(isoDay(daysAgo), sent % 11),
              headers: { ...request.headers, cookie: patient.cookie, 'x-csrf-token': patient.csrfToken },
            };
          },
        },
      ],
    });
  await run(5); // warm-up, unmeasured
  const perSecond: Second[] = [];
  const samples: DatabaseSample[] = [await sampleDatabase(monitor)];
  const started = Date.now();
  const instance = run(seconds);
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      const at = Math.floor((Date.now() - started) / 1000);
      const second = perSecond[at] ?? { responses: 0, slowest: 0, over50: 0 };
      perSecond[at] = second;
      second.responses += 1;
      second.slowest = Math.max(second.slowest, responseTime);
      if (responseTime > 50) second.over50 += 1;
    },
  );
  const timer = setInterval(() => {
    sampleDatabase(monitor).then(
      (sample) => samples.push(sample),
      () => undefined,
    );
  }, 1000);
  const result = await instance;
  clearInterval(timer);
  await monitor.end();
  await server.stop();
  process.stdout.write(
    `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n\n`,
  );
  process.stdout.write('second  responses  slowest ms  over 50 ms  checkpoints  WAL MB  autovacuum\n');
  perSecond.forEach((second, index) => {
    const before = samples[index];
    const after = samples[index + 1];
    const checkpoints = before && after ? after.checkpoints - before.checkpoints : '';
    const wal = before && after ? ((after.walBytes - before.walBytes) / 1e6).toFixed(1) : '';
    process.stdout.write(
      `${String(index).padStart(6)}  ${String(second?.responses ?? 0).padStart(9)}  ${String(second?.slowest ?? 0).padStart(10)}  ${String(second?.over50 ?? 0).padStart(10)}  ${String(checkpoints).padStart(11)}  ${String(wal).padStart(6)}  ${String(after?.autovacuum ?? '').padStart(10)}\n`,
    );
  });
} finally {
  await database.close();
}
