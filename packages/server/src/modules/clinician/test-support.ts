import { assess } from '@backplan/clinical/assessment/index';
import {
  buildIntake,
  type IntakeOverrides,
  peg,
  startBack,
} from '@backplan/clinical/assessment/test-support/intake-builder';
import { generateProgramme } from '@backplan/clinical/exercise/index';
import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../../test/app';
import { type Actor, Client, PATIENT_PASSWORD, signedInActor, uniqueEmail } from '../../../test/fixtures';
import type { Database } from '../../db/client';
import {
  assessments,
  carePlans,
  checkIns,
  instrumentResponses,
  patientSummaries,
  sessionLogs,
} from '../../db/schema';
import { addDays, datesBetween, weekdayOf } from './dates';

/**
 * Test helpers for the clinician workspace: a clinic with a clinician and
 * patients who joined it by invite code through the real sign-up API.
 */

export interface ClinicPatient {
  readonly patientId: string;
  readonly orgId: string;
  readonly displayName: string;
  readonly email: string;
  readonly client: Client;
}

export async function clinicianOf(
  app: FastifyInstance,
  db: Database,
  clock: ManualClock,
  clinicName: string,
): Promise<Actor> {
  return signedInActor(app, db, clock, { role: 'clinician', organisationName: clinicName });
}

/** Signs a patient up with an invite code from `clinician`'s clinic (sharing consented by joining). */
export async function invitedPatient(
  app: FastifyInstance,
  clinician: Actor,
  displayName: string,
): Promise<ClinicPatient> {
  const invite = await clinician.client.post(`/api/v1/organisations/${clinician.account.orgId}/invites`);
  if (invite.statusCode !== 201) throw new Error(`invite failed: ${invite.body}`);
  const client = new Client(app);
  const email = uniqueEmail('patient');
  const signup = await client.post('/api/v1/auth/signup', {
    email,
    password: PATIENT_PASSWORD,
    displayName,
    acceptTerms: true,
    inviteCode: invite.json().code,
  });
  if (signup.statusCode !== 201) throw new Error(`sign-up failed: ${signup.body}`);
  const patient = signup.json().user.patient as { id: string; orgId: string };
  return { patientId: patient.id, orgId: patient.orgId, displayName, email, client };
}

/** A triage rollup row as the summaries module would keep it (fixture for panel ordering tests). */
export async function setTriage(
  db: Database,
  patient: Pick<ClinicPatient, 'orgId' | 'patientId'>,
  values: Partial<typeof patientSummaries.$inferInsert> & { triagePriority: number; updatedAt: Date },
): Promise<void> {
  const row = { orgId: patient.orgId, patientId: patient.patientId, ...values };
  await db
    .insert(patientSummaries)
    .values(row)
    .onConflictDoUpdate({ target: [patientSummaries.orgId, patientSummaries.patientId], set: row });
}

export interface SeedOptions {
  /** The test's today (the manual clock's day). */
  readonly today: string;
  /** Days since the care plan (and step 1) started. */
  readonly daysInStep: number;
  /** Pain on each day, counted from the step's start (default: a flat 6). */
  readonly pain?: (day: number) => number;
  /** Share of scheduled sessions done (default 1). */
  readonly adherence?: number;
  /** PEG at the start and now (default 6 and 6). */
  readonly peg?: readonly [number, number];
  /** Extra intake fields, e.g. red-flag answers. */
  readonly intake?: IntakeOverrides;
}

/**
 * A year-like record written straight to the tables, as the patient app would
 * have written it: an assessment made by the clinical `assess`, care plan
 * version 1 with a generated programme, daily check-ins, session logs on the
 * programme's days and two PEGs. Test fixture only.
 */
export async function seedRecord(
  db: Database,
  patient: Pick<ClinicPatient, 'orgId' | 'patientId'>,
  options: SeedOptions,
) {
  const start = addDays(options.today, -options.daysInStep);
  const intake = buildIntake({
    assessedOn: start,
    ageYears: 52,
    instruments: { 'peg-3': peg(6, 6, 6), startback: startBack([1, 2]) },
    ...options.intake,
  });
  const result = assess(intake);
  const programme = generateProgramme(result, {}, { startDate: start });
  if (programme.kind !== 'programme') throw new Error('seed: programme blocked');
  const key = { orgId: patient.orgId, patientId: patient.patientId };
  await db.insert(assessments).values({ ...key, kind: 'intake', assessedOn: start, intake, result });
  await db.insert(carePlans).values({
    ...key,
    version: 1,
    effectiveFrom: start,
    step: 1,
    stepStartedOn: start,
    components: ['education', 'home-exercise', 'self-management'].map((kind) => ({ kind, startedOn: start })),
    programme,
    reason: 'First plan after the intake assessment',
    createdAt: new Date(`${start}T12:00:00Z`),
  });
  const pain = options.pain ?? (() => 6);
  const days = datesBetween(start, addDays(options.today, -1));
  await db.insert(checkIns).values(
    days.map((day, index) => ({
      ...key,
      day,
      pain: pain(index),
      idempotencyKey: `check-in-${day}`,
      clientRecordedAt: new Date(`${day}T20:00:00Z`),
    })),
  );
  const sessionDays = new Set<string>(programme.sessionDays);
  const scheduled = days.filter((day) => sessionDays.has(weekdayOf(day)));
  const done = scheduled.filter(
    (_, index) => (index + 1) / scheduled.length <= (options.adherence ?? 1) + 1e-9,
  );
  if (done.length > 0)
    await db.insert(sessionLogs).values(
      done.map((day) => ({
        ...key,
        day,
        carePlanVersion: 1,
        exercises: programme.session.items.map((item) => ({
          exerciseId: item.exerciseId,
          outcome: 'done',
          painDuring: 3,
        })),
        completed: true,
        maxPainDuring: 3,
        idempotencyKey: `session-${day}`,
        clientRecordedAt: new Date(`${day}T18:00:00Z`),
      })),
    );
  const [pegStart, pegNow] = options.peg ?? [6, 6];
  await db.insert(instrumentResponses).values(
    [
      [start, pegStart],
      [addDays(options.today, -2), pegNow],
    ].map(([answeredOn, score]) => ({
      ...key,
      instrumentId: 'peg-3',
      instrumentVersion: '2009',
      answeredOn: String(answeredOn),
      answers: peg(Number(score), Number(score), Number(score)),
      scores: { 'peg-mean': Number(score) },
      primaryScore: Number(score),
      source: 'patient' as const,
    })),
  );
  return { start, programme, result };
}
