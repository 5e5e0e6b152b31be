// API throughput and latency (issue 11): the authenticated check-in write, the
// patient "today" read, the clinician panel read and the patient summary read,
// each under autocannon at the same concurrency, beside two baselines measured
// in the same run: a bare Fastify route and a raw node-postgres loop inserting
// the same rows. Only ratios mean much on a shared machine.
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { quietIntake } from '../packages/server/src/modules/patient-app/test-support/intakes';
import { helloBaseline, rawInsertBaseline } from './lib/baselines';
import type { BenchDatabase } from './lib/bench-database';
import { API_DAYS, checkInBody, isoDay, slotOf } from './lib/check-in-load';
import { type BenchPatient, createCohort, refreshTriageRows } from './lib/cohort';
import { type CpuMeter, cpuMeterOf, listenerPid, ownCpuMeter } from './lib/cpu';
import { type LoadOptions, type LoadResult, runLoad } from './lib/load';
import { insertCheckInRows } from './lib/raw-check-in';
import { startBackPlan } from './lib/server-process';

export interface ApiBenchOptions {
  readonly seconds: number;
  readonly connections: number;
  /** Patients per cohort; each can take one check-in per day for 60 days. */
  readonly patients: number;
}

export interface ApiBenchResult {
  readonly hello: LoadResult;
  readonly rawInsert: LoadResult;
  readonly checkInWrite: LoadResult;
  readonly checkInWriteAlone: LoadResult;
  /** The same write served by BACKPLAN_WORKERS=2 (node:cluster), one process per core. */
  readonly checkInWriteWorkers: LoadResult;
  readonly reads: readonly LoadResult[];
  /** Check-ins the API could accept as new rows before the cohort ran out of days. */
  readonly writeCapacity: number;
}

/**
 * Loads for a few seconds unmeasured first, so the server's code is compiled
 * and its pool connected (the baselines get the same treatment), then measures.
 */
async function warmThenMeasure(options: LoadOptions, meters: Meters = {}): Promise<LoadResult> {
  await runLoad({ ...options, durationSeconds: Math.min(WARM_UP_SECONDS, options.durationSeconds) });
  return measured({ ...meters, loadGenerator: ownCpuMeter }, () => runLoad(options));
}

interface Meters {
  readonly app?: CpuMeter | null;
  readonly postgres?: CpuMeter | null;
  /** The bench's own process, where autocannon runs, for HTTP loads. */
  readonly loadGenerator?: CpuMeter | null;
}

/** Runs a load and adds the CPU per request of the app and PostgreSQL processes. */
async function measured(meters: Meters, load: () => Promise<LoadResult>): Promise<LoadResult> {
  const appUsed = meters.app?.start();
  const postgresUsed = meters.postgres?.start();
  const generatorUsed = meters.loadGenerator?.start();
  const result = await load();
  const perRequest = (used: (() => number) | undefined) =>
    used && result.total > 0 ? used() / result.total : undefined;
  return {
    ...result,
    appCpuMsPerRequest: perRequest(appUsed),
    postgresCpuMsPerRequest: perRequest(postgresUsed),
    loadGeneratorCpuMsPerRequest: perRequest(generatorUsed),
  };
}
const WARM_UP_SECONDS = 5;

/**
 * Every patient does the intake through the API (`POST /api/v1/me/intake`: the real
 * assessment, care plan version 1 and triage refresh), a few at a time, so the reads that
 * follow see patients in a programme: `/me/today` with its exercise session and the engine's
 * cards, the summary with its assessment and plan.
 */
async function doIntakes(baseUrl: string, patients: readonly BenchPatient[], concurrency = 8): Promise<void> {
  const day = isoDay(0);
  let next = 0;
  const worker = async () => {
    while (next < patients.length) {
      const patient = patients[next++] as BenchPatient;
      const response = await fetch(`${baseUrl}/api/v1/me/intake`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: patient.cookie,
          'x-csrf-token': patient.csrfToken,
        },
        body: JSON.stringify(quietIntake(day)),
      });
      if (response.status !== 201)
        throw new Error(`intake failed: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function rotate<T>(items: readonly T[]): () => T {
  let n = 0;
  return () => items[n++ % items.length] as T;
}

export async function runApiBench(
  database: BenchDatabase,
  options: ApiBenchOptions,
  say: (line: string) => void,
): Promise<ApiBenchResult> {
  const { seconds, connections } = options;
  say(
    `Seeding two cohorts of ${options.patients} patients (API and raw baseline), and ${options.patients * OVERFLOW_BLOCKS} more in a second clinic for the check-in loads…`,
  );
  const apiCohort = await createCohort(database.url, { label: 'api', patientCount: options.patients });
  const rawCohort = await createCohort(database.url, { label: 'raw', patientCount: options.patients });
  // Each patient takes one new check-in a day for 60 days: a fast run of the write loads would
  // run out of new rows in the API cohort alone, and its later requests would replace rows (the
  // general path) instead of adding them. The API cohort's clinic, the one the clinician reads,
  // fills first (slotOf) and keeps its size.
  const overflowCohort = await createCohort(database.url, {
    label: 'api-overflow',
    patientCount: options.patients * OVERFLOW_BLOCKS,
  });
  say(`Refreshing every patient's triage row, as the nightly job does…`);
  await refreshTriageRows(database.url);

  say(`Baseline: bare Fastify hello, ${connections} connections, ${seconds} s…`);
  const hello = await helloBaseline(connections, seconds);

  say(`Baseline: raw node-postgres insert loop, ${connections} connections, ${seconds} s…`);
  const rawPatients = rawCohort.patients;
  // PostgreSQL's CPU is metered when it runs on this machine (embedded, or a local DATABASE_URL server).
  const postgres = cpuMeterOf(listenerPid(Number(new URL(database.url).port || 5432)));
  const rawInsert = await measured({ app: ownCpuMeter, postgres }, () =>
    rawInsertBaseline({
      name: 'baseline: raw node-postgres check-in rows',
      databaseUrl: database.url,
      concurrency: connections,
      durationSeconds: seconds,
      insert: (client, n) => {
        // No 60-day window here, so the raw loop never runs out of new rows.
        const { patientIndex, daysAgo } = slotOf(n, rawPatients.length);
        const patient = rawPatients[patientIndex] as BenchPatient;
        return insertCheckInRows(client, {
          orgId: rawCohort.orgId,
          patientId: patient.patientId,
          day: isoDay(daysAgo),
          pain: n % 11,
          idempotencyKey: randomUUID(),
        });
      },
    }),
  );

  const server = await startBackPlan(database.url);
  const meters: Meters = { app: cpuMeterOf(server.pid), postgres };
  try {
    say(`BackPlan: POST /api/v1/me/check-ins, ${connections} connections, ${seconds} s…`);
    const patients = apiCohort.patients;
    const writers = [...patients, ...overflowCohort.patients];
    const writeCapacity = writers.length * (API_DAYS + 1);
    let sent = 0;
    const nextWrite = () => {
      const { patientIndex, daysAgo } = slotOf(sent % writeCapacity, patients.length, API_DAYS + 1);
      const patient = writers[patientIndex] as BenchPatient;
      sent++;
      return {
        headers: { cookie: patient.cookie, 'x-csrf-token': patient.csrfToken },
        body: checkInBody(isoDay(daysAgo), sent % 11),
      };
    };
    const checkInWrite = await warmThenMeasure(
      {
        name: 'POST /api/v1/me/check-ins (session, CSRF, validation, insert, audit, triage rollup)',
        url: `${server.url}/api/v1/me/check-ins`,
        method: 'POST',
        connections,
        durationSeconds: seconds,
        headers: { 'content-type': 'application/json' },
        next: nextWrite,
      },
      meters,
    );

    // The same write from one connection: the time one check-in takes with no queue in front of it.
    say(`BackPlan: POST /api/v1/me/check-ins, 1 connection, ${seconds} s…`);
    const checkInWriteAlone = await warmThenMeasure(
      {
        name: 'POST /api/v1/me/check-ins, 1 connection (no queueing)',
        url: `${server.url}/api/v1/me/check-ins`,
        method: 'POST',
        connections: 1,
        durationSeconds: seconds,
        headers: { 'content-type': 'application/json' },
        next: nextWrite,
      },
      meters,
    );

    say(`Every patient of the cohort does the intake (POST /api/v1/me/intake)…`);
    await doIntakes(server.url, patients);

    const reads: LoadResult[] = [];
    const nextPatient = rotate(patients);
    say(`BackPlan: GET /api/v1/me/today, ${connections} connections, ${seconds} s…`);
    reads.push(
      await warmThenMeasure(
        {
          name: 'GET /api/v1/me/today (patient in a programme)',
          url: `${server.url}/api/v1/me/today`,
          connections,
          durationSeconds: seconds,
          next: () => ({ headers: { cookie: nextPatient().cookie } }),
        },
        meters,
      ),
    );
    say(`BackPlan: GET /api/v1/clinician/panel, ${connections} connections, ${seconds} s…`);
    reads.push(
      await warmThenMeasure(
        {
          name: `GET /api/v1/clinician/panel (50 rows of ${options.patients} patients)`,
          url: `${server.url}/api/v1/clinician/panel?limit=50`,
          connections,
          durationSeconds: seconds,
          headers: { cookie: apiCohort.clinician.cookie },
        },
        meters,
      ),
    );
    say(`BackPlan: GET /api/v1/patients/:id/summary, ${connections} connections, ${seconds} s…`);
    const summaryPatient = rotate(patients);
    reads.push(
      await warmThenMeasure(
        {
          name: 'GET /api/v1/patients/:id/summary (clinician)',
          url: `${server.url}/api/v1/patients/${patients[0]?.patientId}/summary`,
          connections,
          durationSeconds: seconds,
          headers: { cookie: apiCohort.clinician.cookie },
          next: () => ({ path: `/api/v1/patients/${summaryPatient().patientId}/summary` }),
        },
        meters,
      ),
    );
    await server.stop();

    // One Node process uses one core: the same write with a worker process per core.
    say(
      `BackPlan with BACKPLAN_WORKERS=${WORKERS}: POST /api/v1/me/check-ins, ${connections} connections, ${seconds} s…`,
    );
    const clustered = await startBackPlan(database.url, { BACKPLAN_WORKERS: String(WORKERS) });
    let checkInWriteWorkers: LoadResult;
    try {
      checkInWriteWorkers = await warmThenMeasure(
        {
          name: `POST /api/v1/me/check-ins, BACKPLAN_WORKERS=${WORKERS} (a server process per core)`,
          url: `${clustered.url}/api/v1/me/check-ins`,
          method: 'POST',
          connections,
          durationSeconds: seconds,
          headers: { 'content-type': 'application/json' },
          next: nextWrite,
        },
        { app: cpuMeterOf(clustered.pid), postgres },
      );
    } finally {
      await clustered.stop();
    }
    return {
      hello,
      rawInsert,
      checkInWrite,
      checkInWriteAlone,
      checkInWriteWorkers,
      reads,
      writeCapacity,
    };
  } finally {
    await server.stop();
  }
}

/** Blocks of BENCH_PATIENTS patients beyond the API cohort that the check-in loads may fill. */
const OVERFLOW_BLOCKS = 5;

/** Worker processes for the clustered check-in load: one per core of this machine. */
const WORKERS = Math.max(2, availableParallelism());
