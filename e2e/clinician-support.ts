import { randomUUID } from 'node:crypto';
import { createAccount } from '../packages/server/src/modules/accounts/account-service';
import { totpCode } from '../packages/server/src/modules/auth/totp';
import { quietIntake } from '../packages/server/src/modules/patient-app/test-support/intakes';
import { fastHasher } from '../packages/server/test/app';
import { checkInRequest } from '../packages/server/test/check-in-request';
import { Client, PATIENT_PASSWORD, STAFF_PASSWORD, uniqueEmail } from '../packages/server/test/fixtures';
import type { E2eApp } from './support/browser';

/**
 * Seeds the clinician e2e through the real APIs, as people would have used
 * BackPlan over three months: a clinic and its clinician, patients who joined
 * by invite, an intake, daily check-ins and exercise sessions. The server's
 * clock is moved day by day (ShiftedClock), so every record is written on its
 * own day; at the end the clock is back on real time for the browser.
 */

const DAY_MS = 86_400_000;

export class ShiftedClock {
  private daysBack = 0;
  readonly now = (): Date => new Date(Date.now() - this.daysBack * DAY_MS);
  setDaysBack(days: number): void {
    this.daysBack = days;
  }
  day(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

/** Sessions long enough to survive the clock moving three months. */
export const LONG_SESSIONS = { sessionIdleMinutes: 200 * 24 * 60, sessionAbsoluteHours: 200 * 24 };

export interface SeededPatient {
  readonly name: string;
  readonly email: string;
  readonly client: Client;
  readonly id: string;
}

export interface SeededClinic {
  readonly clinician: { readonly email: string; readonly password: string; readonly totpSecret: string };
  /** Week 13 of step 1, doing every session, pain unchanged: the engine proposes a step up. */
  readonly stepUp: SeededPatient;
  /** Answered yes to new bladder, bowel or saddle symptoms today: triage priority 1. */
  readonly redFlag: SeededPatient;
  readonly quiet: SeededPatient;
}

async function expectStatus(what: string, response: { statusCode: number; body: string }, status: number) {
  if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

function checkIn(day: string, clock: ShiftedClock, newBladderBowelSaddleSymptoms: boolean | null = null) {
  return checkInRequest(day, 6, {
    sleepQuality: 6,
    mood: 6,
    newBladderBowelSaddleSymptoms,
    clientRecordedAt: clock.now().toISOString(),
  });
}

async function invitedPatient(server: E2eApp, clinician: Client, orgId: string, name: string) {
  const invite = await clinician.post(`/api/v1/organisations/${orgId}/invites`);
  await expectStatus('invite', invite, 201);
  const client = new Client(server.app);
  const email = uniqueEmail('e2e-patient');
  const signup = await client.post('/api/v1/auth/signup', {
    email,
    password: PATIENT_PASSWORD,
    displayName: name,
    acceptTerms: true,
    inviteCode: invite.json().code,
  });
  await expectStatus('sign-up', signup, 201);
  return { name, email, client, id: signup.json().user.patient.id as string };
}

/** One day of a patient doing the programme: the check-in and, on a session day, every exercise done. */
async function liveOneDay(patient: SeededPatient, clock: ShiftedClock): Promise<void> {
  const day = clock.day();
  await expectStatus('check-in', await patient.client.post('/api/v1/me/check-ins', checkIn(day, clock)), 201);
  const today = (await patient.client.get(`/api/v1/me/today?date=${day}`)).json();
  const exercises = today.session?.isSessionDay ? (today.session.exercises as { exerciseId: string }[]) : [];
  if (exercises.length === 0 || today.carePlanVersion === null) return;
  const session = await patient.client.post('/api/v1/me/sessions', {
    day,
    carePlanVersion: today.carePlanVersion,
    exercises: exercises.map((e) => ({ exerciseId: e.exerciseId, outcome: 'done', painDuring: 2 })),
    stoppedForSymptoms: false,
    idempotencyKey: randomUUID(),
    clientRecordedAt: clock.now().toISOString(),
  });
  await expectStatus('session', session, 201);
}

export async function seedClinic(server: E2eApp, clock: ShiftedClock, weeks = 13): Promise<SeededClinic> {
  const days = weeks * 7;
  clock.setDaysBack(days);
  const email = uniqueEmail('e2e-clinician');
  const account = await createAccount(
    { db: server.database.handle.db, hasher: fastHasher, clock: clock.now },
    {
      email,
      password: STAFF_PASSWORD,
      displayName: 'Dr Alex Rivera',
      role: 'clinician',
      organisationName: 'Riverside Physio',
    },
  );
  const totpSecret = account.totp?.secret ?? '';
  const clinician = new Client(server.app);
  await expectStatus(
    'login',
    await clinician.post('/api/v1/auth/login', { email, password: STAFF_PASSWORD }),
    200,
  );
  const code = totpCode(totpSecret, clock.now());
  await expectStatus('totp', await clinician.post('/api/v1/auth/login/second-factor', { code }), 200);

  const stepUp = await invitedPatient(server, clinician, account.orgId, 'Sam Steady');
  const redFlag = await invitedPatient(server, clinician, account.orgId, 'Rita Urgent');
  const quiet = await invitedPatient(server, clinician, account.orgId, 'Quinn Quiet');
  await expectStatus('intake', await stepUp.client.post('/api/v1/me/intake', quietIntake(clock.day())), 201);
  for (let back = days; back >= 0; back -= 1) {
    clock.setDaysBack(back);
    await liveOneDay(stepUp, clock);
  }
  clock.setDaysBack(0);
  for (const patient of [redFlag, quiet]) {
    await expectStatus(
      'intake',
      await patient.client.post('/api/v1/me/intake', quietIntake(clock.day())),
      201,
    );
  }
  const urgent = await redFlag.client.post('/api/v1/me/check-ins', checkIn(clock.day(), clock, true));
  await expectStatus('red-flag check-in', urgent, 201);
  return { clinician: { email, password: STAFF_PASSWORD, totpSecret }, stepUp, redFlag, quiet };
}
