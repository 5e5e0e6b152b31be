import { and, asc, desc, eq, gte, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  assessments,
  careDecisions,
  carePlans,
  checkIns,
  flareEpisodes,
  instrumentResponses,
  medications,
  patientCareSettings,
  sessionLogs,
  users,
  visitNotes,
} from '../../db/schema';

/** SQL reads of one patient's clinical record. No rules; callers pass the transaction from withPatientRecord. */

export interface PatientKey {
  readonly orgId: string;
  readonly id: string;
}

const of = (table: PgTable & { orgId: PgColumn; patientId: PgColumn }, patient: PatientKey): SQL =>
  and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id)) as SQL;

export async function assessmentsOf(db: Executor, patient: PatientKey) {
  return db
    .select()
    .from(assessments)
    .where(of(assessments, patient))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt));
}

export async function instrumentResponsesOf(db: Executor, patient: PatientKey) {
  return db
    .select({
      id: instrumentResponses.id,
      instrumentId: instrumentResponses.instrumentId,
      answeredOn: instrumentResponses.answeredOn,
      answers: instrumentResponses.answers,
      scores: instrumentResponses.scores,
      primaryScore: instrumentResponses.primaryScore,
      source: instrumentResponses.source,
    })
    .from(instrumentResponses)
    .where(of(instrumentResponses, patient))
    .orderBy(asc(instrumentResponses.answeredOn), asc(instrumentResponses.createdAt));
}

export async function checkInsSince(db: Executor, patient: PatientKey, from: string) {
  return db
    .select()
    .from(checkIns)
    .where(and(of(checkIns, patient), gte(checkIns.day, from)))
    .orderBy(asc(checkIns.day));
}

export async function sessionLogsSince(db: Executor, patient: PatientKey, from: string) {
  return db
    .select()
    .from(sessionLogs)
    .where(and(of(sessionLogs, patient), gte(sessionLogs.day, from)))
    .orderBy(asc(sessionLogs.day), asc(sessionLogs.createdAt));
}

export async function carePlanVersions(db: Executor, patient: PatientKey) {
  return db.select().from(carePlans).where(of(carePlans, patient)).orderBy(asc(carePlans.version));
}

export async function latestCarePlan(db: Executor, patient: PatientKey) {
  const [row] = await db
    .select()
    .from(carePlans)
    .where(of(carePlans, patient))
    .orderBy(desc(carePlans.version))
    .limit(1);
  return row ?? null;
}

export type CarePlanRow = typeof carePlans.$inferSelect;

export async function flaresOf(db: Executor, patient: PatientKey) {
  return db
    .select()
    .from(flareEpisodes)
    .where(of(flareEpisodes, patient))
    .orderBy(asc(flareEpisodes.startedOn));
}

export async function medicationsOf(db: Executor, patient: PatientKey) {
  return db
    .select()
    .from(medications)
    .where(of(medications, patient))
    .orderBy(asc(medications.startedOn), asc(medications.createdAt));
}

export type MedicationRow = typeof medications.$inferSelect;
/** A medication as the summary and the safety rules read it: the row without its keys and provenance. */
export type MedicationFields = Omit<MedicationRow, 'orgId' | 'patientId' | 'createdBy' | 'createdAt'>;

export async function decisionsOf(db: Executor, patient: PatientKey) {
  return db
    .select({
      id: careDecisions.id,
      ruleId: careDecisions.ruleId,
      card: careDecisions.card,
      decision: careDecisions.decision,
      reason: careDecisions.reason,
      resultingCarePlanVersion: careDecisions.resultingCarePlanVersion,
      decidedAt: careDecisions.decidedAt,
      decidedBy: users.displayName,
    })
    .from(careDecisions)
    .leftJoin(users, eq(users.id, careDecisions.decidedBy))
    .where(of(careDecisions, patient))
    .orderBy(desc(careDecisions.decidedAt));
}

export async function visitNotesOf(db: Executor, patient: PatientKey) {
  return db
    .select({
      id: visitNotes.id,
      visitedOn: visitNotes.visitedOn,
      body: visitNotes.body,
      createdAt: visitNotes.createdAt,
      author: users.displayName,
    })
    .from(visitNotes)
    .leftJoin(users, eq(users.id, visitNotes.authorId))
    .where(of(visitNotes, patient))
    .orderBy(desc(visitNotes.visitedOn), desc(visitNotes.createdAt));
}

export async function careSettingsOf(db: Executor, patient: PatientKey) {
  const [row] = await db
    .select()
    .from(patientCareSettings)
    .where(and(eq(patientCareSettings.orgId, patient.orgId), eq(patientCareSettings.patientId, patient.id)))
    .limit(1);
  return row ?? null;
}
