import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  assessments,
  carePlans,
  checkIns,
  flareEpisodes,
  goals,
  instrumentResponses,
  medications,
  patients,
  sessionLogs,
  users,
} from '../../db/schema';

/** SQL reads and writes for the FHIR export and import. No rules; callers pass the transaction. */

export interface PatientKey {
  readonly orgId: string;
  readonly id: string;
}

const of = (table: PgTable & { orgId: PgColumn; patientId: PgColumn }, patient: PatientKey): SQL =>
  and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id)) as SQL;

/** Every row of the patient's clinical record that the FHIR export maps. */
export async function patientRecordRows(db: Executor, patient: PatientKey) {
  const [person] = await db
    .select({ displayName: users.displayName })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(and(eq(patients.orgId, patient.orgId), eq(patients.id, patient.id)))
    .limit(1);
  return {
    displayName: person?.displayName ?? null,
    assessments: await db
      .select()
      .from(assessments)
      .where(of(assessments, patient))
      .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt)),
    instrumentResponses: await db
      .select()
      .from(instrumentResponses)
      .where(of(instrumentResponses, patient))
      .orderBy(asc(instrumentResponses.answeredOn), asc(instrumentResponses.createdAt)),
    checkIns: await db.select().from(checkIns).where(of(checkIns, patient)).orderBy(asc(checkIns.day)),
    carePlans: await db
      .select()
      .from(carePlans)
      .where(of(carePlans, patient))
      .orderBy(asc(carePlans.version)),
    sessionLogs: await db
      .select()
      .from(sessionLogs)
      .where(of(sessionLogs, patient))
      .orderBy(asc(sessionLogs.day), asc(sessionLogs.createdAt)),
    flareEpisodes: await db
      .select()
      .from(flareEpisodes)
      .where(of(flareEpisodes, patient))
      .orderBy(asc(flareEpisodes.startedOn)),
    medications: await db
      .select()
      .from(medications)
      .where(of(medications, patient))
      .orderBy(asc(medications.startedOn), asc(medications.createdAt)),
    goals: await db.select().from(goals).where(of(goals, patient)).orderBy(asc(goals.createdAt)),
  };
}

export type PatientRecordRows = Awaited<ReturnType<typeof patientRecordRows>>;

/** Every patient record, optionally of one organisation, for the whole-clinic export. */
export async function patientKeys(db: Executor, orgId?: string): Promise<PatientKey[]> {
  return db
    .select({ orgId: patients.orgId, id: patients.id })
    .from(patients)
    .where(orgId === undefined ? undefined : eq(patients.orgId, orgId))
    .orderBy(asc(patients.orgId), asc(patients.createdAt), asc(patients.id));
}

export async function checkInDays(db: Executor, patient: PatientKey): Promise<Set<string>> {
  const rows = await db.select({ day: checkIns.day }).from(checkIns).where(of(checkIns, patient));
  return new Set(rows.map((row) => row.day));
}
