import { count, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client';
import { appMeta, organisations, users } from '../../db/schema';
import { createArgon2Hasher, type PasswordHasher } from '../auth/password-hasher';
import { buildDemoClinic, type DemoClinicResult, type DemoSignIns } from './demo-clinic';

/**
 * The demo clinic on the first start: when BACKPLAN_DEMO is not "off" and the database is
 * empty (no organisations, no users, and app_meta has no 'demo_seeded'), seed "BackPlan Demo
 * Clinic" with about 200 patients with 6–16 weeks of history and print the demo sign-ins.
 * It runs in one transaction under an advisory lock, so a crash leaves an empty database (the
 * next start tries again) and two servers starting at once seed it once.
 */
export const DEMO_SEEDED_KEY = 'demo_seeded';
export const DEMO_CLINIC_NAME = 'BackPlan Demo Clinic';
export const DEMO_PATIENTS = 200;
const DEMO_SEED = 20_240_601;
const SEED_LOCK = 7_242_024;

export interface SeedOnStartOptions {
  readonly enabled: boolean;
  readonly say: (line: string) => void;
  readonly hasher?: PasswordHasher;
  readonly clock?: () => Date;
  readonly patients?: number;
}

export function printSignIns(signIns: DemoSignIns, say: (line: string) => void, heading: string): void {
  say('');
  say(heading);
  say(`  Clinician: ${signIns.clinician.email}`);
  say(`    password: ${signIns.clinician.password}`);
  say(`    two-step sign-in secret: ${signIns.clinician.totpSecret}`);
  say(`    or add this URI to an authenticator app: ${signIns.clinician.totpUri}`);
  say(`  Patient:   ${signIns.patient.email}`);
  say(`    password: ${signIns.patient.password}`);
  say('  These are printed once. Set BACKPLAN_DEMO=off to start without a demo clinic.');
  say('');
}

/** Seeds the demo clinic when it should; returns what it made, or null when it did nothing. */
export async function seedDemoOnFirstStart(
  database: DatabaseHandle,
  options: SeedOnStartOptions,
): Promise<DemoClinicResult | null> {
  if (!options.enabled) return null;
  const started = Date.now();
  const now = (options.clock ?? (() => new Date()))();
  const result = await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [seeded] = await tx.select().from(appMeta).where(eq(appMeta.key, DEMO_SEEDED_KEY)).limit(1);
    const [orgCount] = await tx.select({ n: count() }).from(organisations);
    const [userCount] = await tx.select({ n: count() }).from(users);
    if (seeded || (orgCount?.n ?? 0) > 0 || (userCount?.n ?? 0) > 0) return null;
    const clinic = await buildDemoClinic(
      tx,
      {
        clinicName: DEMO_CLINIC_NAME,
        patients: options.patients ?? DEMO_PATIENTS,
        weeks: { min: 6, max: 16 },
        seed: DEMO_SEED,
        today: now.toISOString().slice(0, 10),
        hasher: options.hasher ?? createArgon2Hasher(),
        emailTag: 'demo',
      },
      now,
    );
    await tx.insert(appMeta).values({
      key: DEMO_SEEDED_KEY,
      value: JSON.stringify({ at: now.toISOString(), orgId: clinic.orgId, patients: clinic.patients }),
    });
    return clinic;
  });
  if (result === null) return null;
  options.say(
    `Seeded "${result.clinicName}": ${result.patients} synthetic patients, ${result.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)}s (docs/demo.md).`,
  );
  printSignIns(result.signIns, options.say, 'Demo sign-ins:');
  return result;
}
