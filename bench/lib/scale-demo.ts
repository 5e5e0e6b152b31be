import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type BenchSession, sessionsFor } from './cohort';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/cli/bin/backplan.mjs');
const CLINIC = 'Bench Scale Clinic';

export interface DemoClinic {
  readonly orgId: string;
  readonly clinician: BenchSession;
  readonly patientIds: readonly string[];
}

/**
 * Builds the clinic with the project's demo generator — `backplan demo`, which
 * simulates each patient through the real clinical engine, loads every table
 * and refreshes the triage rollup — then finds its clinic, clinician and
 * patients, and gives the clinician a live session.
 */
export async function buildDemoClinic(
  databaseUrl: string,
  patients: number,
  weeks: number,
): Promise<DemoClinic> {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'demo',
      '--patients',
      String(patients),
      '--weeks',
      String(weeks),
      '--seed',
      '1',
      '--clinic',
      CLINIC,
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`backplan demo exited with ${code}`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const org = await client.query<{ id: string }>('SELECT id FROM organisations WHERE name = $1', [CLINIC]);
    const orgId = org.rows[0]?.id;
    if (!orgId) throw new Error(`backplan demo made no clinic named ${CLINIC}`);
    const clinician = await client.query<{ user_id: string }>(
      `SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'clinician' ORDER BY created_at LIMIT 1`,
      [orgId],
    );
    const rows = await client.query<{ id: string }>('SELECT id FROM patients WHERE org_id = $1 ORDER BY id', [
      orgId,
    ]);
    const clinicianId = clinician.rows[0]?.user_id;
    if (!clinicianId) throw new Error('the demo clinic has no clinician');
    const [session] = await sessionsFor(databaseUrl, [clinicianId]);
    if (!session) throw new Error('no session issued');
    return { orgId, clinician: session, patientIds: rows.rows.map((r) => r.id) };
  } finally {
    await client.end();
  }
}
