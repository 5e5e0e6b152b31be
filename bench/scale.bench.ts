// Panel at scale (issue 11): 10,000 patients × 365 days in one clinic. Measures
// p95 of the clinician panel page (50 rows by triage priority) and of the
// patient summary over HTTP, the panel query itself in SQL with EXPLAIN
// (ANALYZE, BUFFERS), and a plain indexed single-table read as the baseline.
import { connectDatabase } from '@backplan/server/db/client';
import * as schema from '@backplan/server/db/schema';
import type { Principal } from '@backplan/server/modules/auth/principal';
import { type PanelCursor, panelPage } from '@backplan/server/modules/clinician/panel-repository';
import { refreshPatientSummary } from '@backplan/server/modules/summaries/refresh';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openBenchDatabase } from './lib/bench-database';
import { type BenchSession, createCohort } from './lib/cohort';
import { percentile } from './lib/load';
import { fmt, machineFacts, table } from './lib/report';
import { fillScaleCohort } from './lib/scale-cohort';
import { buildDemoClinic } from './lib/scale-demo';
import { startBackPlan } from './lib/server-process';

const SAMPLES = 200;

/** The later page measured beside the first: the one after this many patients (page 40 of 50). */
const LATER_PAGE_AFTER = 1_950;
const PANEL_TARGET_MS = 50;
const SUMMARY_TARGET_MS = 30;

interface Timing {
  readonly name: string;
  readonly samples: number[];
}

async function timeEach(name: string, count: number, run: (i: number) => Promise<void>): Promise<Timing> {
  for (let i = 0; i < 10; i++) await run(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return { name, samples };
}

/** Runs the repository's panel query once through a logging Drizzle instance, to get its SQL and parameters. */
async function capturePanelQuery(
  url: string,
  principal: Principal,
  cursor: PanelCursor | null = null,
): Promise<{ sql: string; params: unknown[] }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let captured: { sql: string; params: unknown[] } | undefined;
  const db = drizzle(pool, {
    schema,
    logger: {
      logQuery: (sql, params) => {
        captured ??= { sql, params };
      },
    },
  });
  try {
    await panelPage(db, principal, {}, cursor, 51);
  } finally {
    await pool.end();
  }
  if (!captured) throw new Error('the panel query was not captured');
  return captured;
}

interface ScaleClinic {
  readonly orgId: string;
  readonly clinician: BenchSession;
  readonly patientIds: readonly string[];
  /** How the data was made, for the report. */
  readonly made: string;
}

/**
 * The clinic to measure: from the project's demo generator (`backplan demo`,
 * BENCH_SCALE_SOURCE=demo, the default) or from the SQL generator in
 * lib/scale-cohort.ts (BENCH_SCALE_SOURCE=sql, much faster to build).
 */
async function prepareClinic(
  url: string,
  patientCount: number,
  days: number,
  today: string,
  say: (line: string) => void,
): Promise<ScaleClinic> {
  let started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(0);
  if ((process.env.BENCH_SCALE_SOURCE ?? 'demo') === 'demo') {
    const weeks = Math.max(1, Math.round(days / 7));
    const command = `backplan demo --patients ${patientCount} --weeks ${weeks} --seed 1`;
    say(`Building the clinic with \`${command}\`…`);
    const demo = await buildDemoClinic(url, patientCount, weeks);
    return {
      ...demo,
      made: `built by \`${command}\` (every patient simulated through the clinical engine, triage rollup refreshed by the demo) in ${seconds()} s`,
    };
  }
  say(`Generating ${patientCount.toLocaleString('en-US')} patients × ${days} days in SQL…`);
  const cohort = await createCohort(url, { label: 'scale', patientCount });
  const patientIds = cohort.patients.map((p) => p.patientId);
  await fillScaleCohort(url, { orgId: cohort.orgId, patientIds, days, today });
  const generated = seconds();
  say('Computing every triage summary with BackPlan’s own rollup code…');
  started = performance.now();
  const handle = connectDatabase(url, { max: 4 });
  try {
    const queue = [...patientIds];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let id = queue.pop(); id; id = queue.pop()) {
          const patientId = id;
          await handle.db.transaction((tx) => refreshPatientSummary(tx, cohort.orgId, patientId, today));
        }
      }),
    );
  } finally {
    await handle.close();
  }
  return {
    orgId: cohort.orgId,
    clinician: cohort.clinician,
    patientIds,
    made: `generated in SQL in ${generated} s (bench/lib/scale-cohort.ts); the triage rollup for every patient computed by BackPlan’s refreshPatientSummary in ${seconds()} s`,
  };
}

async function getOk(url: string, cookie: string): Promise<void> {
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

export async function scaleStep(
  publish: (section: string, body: string) => void,
  say: (line: string) => void,
): Promise<void> {
  const patientCount = Number(process.env.BENCH_SCALE_PATIENTS ?? 10_000);
  const days = Number(process.env.BENCH_SCALE_DAYS ?? 365);
  const today = new Date().toISOString().slice(0, 10);
  const database = await openBenchDatabase('scale');
  try {
    const clinic = await prepareClinic(database.url, patientCount, days, today, say);
    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => undefined); // a failure below surfaces as its own error, not as this
    await client.connect();
    const counts = (
      await client.query<{ check_ins: string; session_logs: string; size: string }>(
        `SELECT (SELECT count(*) FROM check_ins) AS check_ins, (SELECT count(*) FROM session_logs) AS session_logs,
                pg_size_pretty(pg_database_size(current_database())) AS size`,
      )
    ).rows[0];

    // The panel query exactly as the repository builds it, for EXPLAIN and SQL timing.
    const principal: Principal = {
      userId: clinic.clinician.userId,
      role: 'clinician',
      email: 'bench.clinician@example.org',
      displayName: 'Bench Clinician',
      language: 'en',
      totpEnabled: true,
      secondFactorDone: true,
      sessionIdHash: '',
      staffOrgIds: [clinic.orgId],
      patient: null,
    };
    const panelSql = await capturePanelQuery(database.url, principal);
    const explain = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${panelSql.sql}`,
      panelSql.params,
    );
    const panelQuery = await timeEach('panel query (SQL only, 51 rows)', SAMPLES, async () => {
      await client.query(panelSql.sql, panelSql.params);
    });
    // A later page: the keyset cursor after the first LATER_PAGE_AFTER patients in panel order
    // (fewer in a small clinic, so the page is never empty).
    const laterAfter = Math.max(1, Math.min(LATER_PAGE_AFTER, patientCount - 51));
    const laterCursor = (
      await client.query<{ priority: number; since: string; patientId: string }>(
        `SELECT triage_priority AS priority, patient_id AS "patientId",
                to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS since
         FROM patient_summaries WHERE org_id = $1
         ORDER BY triage_priority, updated_at, patient_id OFFSET $2 LIMIT 1`,
        [clinic.orgId, laterAfter - 1],
      )
    ).rows[0];
    const laterSql = await capturePanelQuery(database.url, principal, laterCursor ?? null);
    const laterPage = await timeEach(
      `panel query, page after ${laterAfter.toLocaleString('en-US')} patients (SQL, 51 rows)`,
      SAMPLES,
      async () => {
        await client.query(laterSql.sql, laterSql.params);
      },
    );
    const patients = clinic.patientIds;
    const baseline = await timeEach('baseline: one check-in by unique index (SQL)', SAMPLES, async (i) => {
      await client.query('SELECT * FROM check_ins WHERE org_id = $1 AND patient_id = $2 AND day = $3', [
        clinic.orgId,
        patients[(i * 7919) % patients.length],
        today,
      ]);
    });

    const server = await startBackPlan(database.url);
    let panelHttp: Timing;
    let summaryHttp: Timing;
    try {
      const cookie = clinic.clinician.cookie;
      panelHttp = await timeEach('GET /api/v1/clinician/panel (50 rows, with 50 audit rows)', SAMPLES, () =>
        getOk(`${server.url}/api/v1/clinician/panel?limit=50`, cookie),
      );
      summaryHttp = await timeEach('GET /api/v1/patients/:id/summary', SAMPLES, (i) =>
        getOk(`${server.url}/api/v1/patients/${patients[(i * 7919) % patients.length]}/summary`, cookie),
      );
    } finally {
      await server.stop();
      await client.end();
    }

    const row = (t: Timing): string[] => [
      t.name,
      fmt(percentile(t.samples, 50), 2),
      fmt(percentile(t.samples, 95), 2),
      fmt(percentile(t.samples, 99), 2),
    ];
    const p95 = (t: Timing): number => percentile(t.samples, 95);
    const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
    const body = [
      '### Clinician panel at scale',
      '',
      machineFacts(database.description),
      `- Command: \`BENCH_SCALE_SOURCE=${process.env.BENCH_SCALE_SOURCE ?? 'demo'} BENCH_SCALE_PATIENTS=${patientCount} BENCH_SCALE_DAYS=${days} npm run bench -- scale\``,
      `- Data: one clinic, ${patientCount.toLocaleString('en-US')} patients × ${days} days: ${Number(counts?.check_ins).toLocaleString('en-US')} check-ins, ${Number(counts?.session_logs).toLocaleString('en-US')} session logs; database ${counts?.size}; ${clinic.made}.`,
      `- Each row: ${SAMPLES} requests one after another (after 10 unmeasured), one connection, 127.0.0.1.`,
      '',
      table(
        ['read', 'p50 ms', 'p95 ms', 'p99 ms'],
        [panelHttp, summaryHttp, panelQuery, laterPage, baseline].map(row),
      ),
      '',
      '| target | measured p95 | result |',
      '| --- | ---: | --- |',
      `| panel page ≤ ${PANEL_TARGET_MS} ms | ${fmt(p95(panelHttp), 2)} ms | ${verdict(p95(panelHttp) <= PANEL_TARGET_MS)} |`,
      `| patient summary ≤ ${SUMMARY_TARGET_MS} ms | ${fmt(p95(summaryHttp), 2)} ms | ${verdict(p95(summaryHttp) <= SUMMARY_TARGET_MS)} |`,
      '',
      `The panel query's p95 is ${(p95(panelQuery) / p95(baseline)).toFixed(1)}× the single-row indexed read's.`,
      '',
      'The panel query BackPlan runs, `EXPLAIN (ANALYZE, BUFFERS)`:',
      '',
      '```',
      ...explain.rows.map((r) => r['QUERY PLAN']),
      '```',
    ];
    publish('scale', body.join('\n'));
  } finally {
    await database.close();
  }
}
