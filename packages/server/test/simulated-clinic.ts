import { asc, eq } from 'drizzle-orm';
import type { Database } from '../src/db/client';
import { patients } from '../src/db/schema';
import { buildDemoClinic } from '../src/modules/demo/demo-clinic';
import type { PatientRecord } from '../src/modules/organisations/repository';
import { fastHasher } from './app';
import { createTestDatabase, type TestDatabase } from './db';

/**
 * A fresh database with one clinic simulated by the demo generator (every
 * patient run through the clinical engine, with red flags, self-harm answers,
 * flares and medicines planted), for tests that compare a fast read with the
 * general one over a realistic variety of records. Patients in id order.
 */
export async function simulatedClinic(options: {
  readonly name: string;
  readonly patients: number;
  readonly weeks: { readonly min: number; readonly max: number };
  readonly seed: number;
  /** The clinic's today (YYYY-MM-DD); the simulation ends at noon UTC that day. */
  readonly today: string;
}): Promise<{ database: TestDatabase; db: Database; orgId: string; records: PatientRecord[] }> {
  const database = await createTestDatabase();
  const db = database.handle.db;
  const clinic = await buildDemoClinic(
    db,
    {
      clinicName: options.name,
      patients: options.patients,
      weeks: options.weeks,
      seed: options.seed,
      today: options.today,
      hasher: fastHasher,
      emailTag: options.name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
    },
    new Date(`${options.today}T12:00:00Z`),
  );
  const records = await db
    .select()
    .from(patients)
    .where(eq(patients.orgId, clinic.orgId))
    .orderBy(asc(patients.id));
  return { database, db, orgId: clinic.orgId, records };
}
