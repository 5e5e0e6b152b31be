import { randomUUID } from 'node:crypto';
import { addDays, daysBetween } from '@backplan/clinical/careplan/calendar';
import { generatePatient, type PatientHistory, simulatePatient } from '@backplan/clinical/simulation/index';
import type { Executor } from '../../db/client';
import type { PasswordHasher } from '../auth/password-hasher';
import { newRecoveryCodes } from '../auth/second-factor-service';
import { newTotpEnrolment } from '../auth/totp';
import { enableTotp, insertUser, replaceRecoveryCodes } from '../auth/users-repository';
import { addMembership, insertOrganisation } from '../organisations/repository';
import { refreshPatientSummary } from '../summaries/refresh';
import { type AccountRows, insertAccounts, insertRecords } from './bulk-insert';
import { CLINICIAN_REPLIES, demoName, demoPassword, PATIENT_MESSAGES, plantTraits } from './demo-people';
import { type DemoRows, emptyRows, historyRows } from './history-rows';
import { plantSituations } from './planted';

/**
 * Builds a demo clinic: a clinician with two-step sign-in, a patient who can sign in, and N
 * synthetic patients whose histories come from the simulator driving the real clinical engine
 * (packages/clinical/src/simulation), written through the real record tables, then the triage
 * rollup refreshed with the summaries module. docs/demo.md describes it.
 */
export interface DemoClinicOptions {
  readonly clinicName: string;
  readonly patients: number;
  /** Weeks of history: one length for everyone, or a range spread across the clinic. */
  readonly weeks: number | { readonly min: number; readonly max: number };
  readonly seed: number;
  readonly today: string;
  readonly hasher: PasswordHasher;
  /** Distinguishes the synthetic email addresses of this clinic from any other demo clinic. */
  readonly emailTag: string;
  /** Patients simulated and written per batch. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** How rows reach the database (default: multi-row INSERTs on `db`); `backplan demo` uses COPY. */
  readonly writer?: DemoWriter;
  /** Patient summaries refreshed at once (default 1; more only on a pool, never on a transaction). */
  readonly summaryConcurrency?: number;
}

export interface DemoWriter {
  accounts(rows: AccountRows): Promise<void>;
  /** Returns the number of rows written. */
  records(rows: DemoRows): Promise<number>;
}

const insertWriter = (db: Executor): DemoWriter => ({
  accounts: (rows) => insertAccounts(db, rows),
  records: (rows) => insertRecords(db, rows),
});

/** Lets pending database I/O progress between simulated patients (the simulation is synchronous). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function refreshSummaries(
  db: Executor,
  identities: readonly { orgId: string; patientId: string }[],
  today: string,
  concurrency: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < identities.length) {
      const identity = identities[next];
      next += 1;
      if (identity) await refreshPatientSummary(db, identity.orgId, identity.patientId, today);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

export interface DemoSignIns {
  readonly clinician: { email: string; password: string; totpSecret: string; totpUri: string };
  readonly patient: { email: string; password: string };
}

export interface DemoClinicResult {
  readonly orgId: string;
  readonly clinicName: string;
  readonly signIns: DemoSignIns;
  readonly patients: number;
  readonly rows: number;
}

function historyWeeks(options: DemoClinicOptions, index: number): number {
  if (typeof options.weeks === 'number') return options.weeks;
  const { min, max } = options.weeks;
  // The demo patient (index 0) has the longest history, so every chart has something to show.
  return index === 0 ? max : min + ((index * 7919) % (max - min + 1));
}

async function createStaffAndClinic(tx: Executor, options: DemoClinicOptions, now: Date) {
  const org = await insertOrganisation(tx, { name: options.clinicName, kind: 'clinic' });
  const clinicianEmail = `clinician.${options.emailTag}@demo.backplan.example`;
  const clinicianPassword = demoPassword();
  const totp = newTotpEnrolment(clinicianEmail);
  const clinician = await insertUser(tx, {
    email: clinicianEmail,
    displayName: 'Dr Demo Clinician',
    passwordHash: await options.hasher.hash(clinicianPassword),
    role: 'clinician',
    totpSecret: totp.secret,
    createdAt: now,
    passwordChangedAt: now,
  });
  if (!clinician) throw new Error(`A user ${clinicianEmail} already exists; choose another demo tag.`);
  await addMembership(tx, { orgId: org.id, userId: clinician.id, role: 'clinician' });
  await enableTotp(tx, clinician.id, now);
  await replaceRecoveryCodes(tx, clinician.id, newRecoveryCodes().hashes);
  return { org, clinician, clinicianEmail, clinicianPassword, totp };
}

/** Messages: some patients wrote recently and wait for a reply; others had an exchange earlier. */
function messageRows(
  index: number,
  identity: { orgId: string; patientId: string; userId: string; clinicianId: string },
  today: string,
) {
  const scoped = { orgId: identity.orgId, patientId: identity.patientId };
  const rows = [];
  if (index % 9 === 4) {
    const sent = new Date(`${addDays(today, -(index % 4))}T08:15:00Z`);
    rows.push({
      ...scoped,
      senderId: identity.userId,
      fromPatient: true,
      body: PATIENT_MESSAGES[index % PATIENT_MESSAGES.length] ?? '',
      createdAt: sent,
      readAt: null,
    });
  } else if (index % 5 === 2) {
    const sent = new Date(`${addDays(today, -20)}T09:00:00Z`);
    const read = new Date(`${addDays(today, -19)}T10:00:00Z`);
    rows.push(
      {
        ...scoped,
        senderId: identity.userId,
        fromPatient: true,
        body: PATIENT_MESSAGES[(index + 1) % PATIENT_MESSAGES.length] ?? '',
        createdAt: sent,
        readAt: read,
      },
      {
        ...scoped,
        senderId: identity.clinicianId,
        fromPatient: false,
        body: CLINICIAN_REPLIES[index % CLINICIAN_REPLIES.length] ?? '',
        createdAt: read,
        readAt: new Date(`${addDays(today, -18)}T19:00:00Z`),
      },
    );
  }
  return rows;
}

/**
 * Writes the clinic. `db` may be a transaction (the start-up demo: all or nothing) or the pool
 * (`backplan demo`: each statement of up to 500 rows commits on its own).
 */
export async function buildDemoClinic(
  db: Executor,
  options: DemoClinicOptions,
  now: Date = new Date(),
): Promise<DemoClinicResult> {
  const staff = await createStaffAndClinic(db, options, now);
  const patientPassword = demoPassword();
  const patientEmail = `patient.${options.emailTag}@demo.backplan.example`;
  // Synthetic patients cannot sign in: they share the hash of a random password nobody knows.
  const lockedHash = await options.hasher.hash(`${randomUUID()}${randomUUID()}`);
  const demoPatientHash = await options.hasher.hash(patientPassword);
  const batchSize = options.batchSize ?? 250;
  const writer = options.writer ?? insertWriter(db);
  let rows = 0;
  // Batches are pipelined: batch k is written while batch k + 1 is simulated.
  let writing: Promise<Error | null> = Promise.resolve(null);
  const awaitWriting = async () => {
    const failure = await writing;
    if (failure) throw failure;
  };
  for (let first = 0; first < options.patients; first += batchSize) {
    const accounts: AccountRows = { users: [], patients: [] };
    const records = emptyRows();
    const identities: { orgId: string; patientId: string }[] = [];
    for (let index = first; index < Math.min(options.patients, first + batchSize); index += 1) {
      const weeks = historyWeeks(options, index);
      const startDate = addDays(options.today, -weeks * 7);
      const patient = generatePatient(index, {
        size: options.patients,
        seed: options.seed,
        startDate,
        adjustTraits: plantTraits,
      });
      const days = daysBetween(startDate, options.today) + 1;
      const history: PatientHistory = simulatePatient(patient, {
        days,
        // The last few days' decision points are left for the real clinician to review.
        clinicianReviewsBefore: addDays(options.today, -4),
        reassessmentChance: 0.8,
      });
      const userId = randomUUID();
      const patientId = randomUUID();
      const identity = { orgId: staff.org.id, patientId, userId, clinicianId: staff.clinician.id };
      accounts.users.push({
        id: userId,
        email: index === 0 ? patientEmail : `p${index}.${options.emailTag}@demo.backplan.example`,
        displayName: demoName(index),
        passwordHash: index === 0 ? demoPatientHash : lockedHash,
        role: 'patient',
        createdAt: new Date(`${startDate}T08:00:00Z`),
        passwordChangedAt: new Date(`${startDate}T08:00:00Z`),
      });
      accounts.patients.push({
        orgId: staff.org.id,
        id: patientId,
        userId,
        sharingConsentedAt: new Date(`${startDate}T08:05:00Z`),
        createdAt: new Date(`${startDate}T08:00:00Z`),
      });
      historyRows(plantSituations(index, history, options.today), identity, records);
      records.messages.push(...messageRows(index, identity, options.today));
      identities.push({ orgId: staff.org.id, patientId });
      options.onProgress?.(index + 1, options.patients);
      await yieldToEventLoop();
    }
    await awaitWriting();
    writing = (async () => {
      await writer.accounts(accounts);
      rows += accounts.users.length + accounts.patients.length + (await writer.records(records));
      await refreshSummaries(db, identities, options.today, options.summaryConcurrency ?? 1);
    })().then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  }
  await awaitWriting();
  return {
    orgId: staff.org.id,
    clinicName: options.clinicName,
    patients: options.patients,
    rows,
    signIns: {
      clinician: {
        email: staff.clinicianEmail,
        password: staff.clinicianPassword,
        totpSecret: staff.totp.secret,
        totpUri: staff.totp.uri,
      },
      patient: { email: patientEmail, password: patientPassword },
    },
  };
}
