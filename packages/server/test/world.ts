import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client';
import type { ManualClock } from './app';
import { type Actor, Client, PATIENT_PASSWORD, signedInActor, uniqueEmail } from './fixtures';

/** The people of an authorization test, all acting on patient A and clinic 1. */
export const ACTOR_NAMES = [
  'anonymous',
  'patientOwn',
  'patientOther',
  'clinicianSameClinic',
  'clinicianOtherClinic',
  'adminSameClinic',
  'adminOtherClinic',
  'clinicianAwaitingTotp',
] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];

export interface WorldActor {
  readonly client: Client;
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string | undefined;
}

export interface World {
  readonly actors: Readonly<Record<ActorName, WorldActor>>;
  /** Patient A: a member of clinic 1 who shares their record with it. */
  readonly patientId: string;
  readonly patientEmail: string;
  readonly clinicId: string;
  readonly otherClinicId: string;
}

const ADMIN_PASSWORD = 'a long admin passphrase here';

const fromActor = (actor: Actor): WorldActor => ({
  client: actor.client,
  email: actor.email,
  password: actor.password,
  totpSecret: actor.account.totp?.secret,
});

/** Two clinics, their staff, patient A in clinic 1 and self-directed patient B, all signed in. */
export async function buildWorld(app: FastifyInstance, db: Database, clock: ManualClock): Promise<World> {
  const suffix = randomBytes(3).toString('hex');
  const clinic = `Clinic One ${suffix}`;
  const otherClinic = `Clinic Two ${suffix}`;
  const clinicianSame = await signedInActor(app, db, clock, { role: 'clinician', organisationName: clinic });
  const clinicianOther = await signedInActor(app, db, clock, {
    role: 'clinician',
    organisationName: otherClinic,
  });
  const adminSame = await signedInActor(app, db, clock, {
    role: 'admin',
    organisationName: clinic,
    password: ADMIN_PASSWORD,
  });
  const adminOther = await signedInActor(app, db, clock, {
    role: 'admin',
    organisationName: otherClinic,
    password: ADMIN_PASSWORD,
  });
  const patientOther = await signedInActor(app, db, clock, { role: 'patient' });

  const invite = await clinicianSame.client.post(
    `/api/v1/organisations/${clinicianSame.account.orgId}/invites`,
  );
  const patientClient = new Client(app);
  const patientEmail = uniqueEmail('patient-a');
  const signup = await patientClient.post('/api/v1/auth/signup', {
    email: patientEmail,
    password: PATIENT_PASSWORD,
    displayName: 'Patient A',
    acceptTerms: true,
    inviteCode: invite.json().code,
  });
  if (signup.statusCode !== 201) throw new Error(`world: sign-up failed ${signup.body}`);

  const awaiting = new Client(app);
  await awaiting.post('/api/v1/auth/login', { email: clinicianSame.email, password: clinicianSame.password });

  return {
    actors: {
      anonymous: {
        client: new Client(app),
        email: patientEmail,
        password: PATIENT_PASSWORD,
        totpSecret: undefined,
      },
      patientOwn: {
        client: patientClient,
        email: patientEmail,
        password: PATIENT_PASSWORD,
        totpSecret: undefined,
      },
      patientOther: fromActor(patientOther),
      clinicianSameClinic: fromActor(clinicianSame),
      clinicianOtherClinic: fromActor(clinicianOther),
      adminSameClinic: fromActor(adminSame),
      adminOtherClinic: fromActor(adminOther),
      clinicianAwaitingTotp: { ...fromActor(clinicianSame), client: awaiting },
    },
    patientId: signup.json().user.patient.id,
    patientEmail,
    clinicId: clinicianSame.account.orgId,
    otherClinicId: clinicianOther.account.orgId,
  };
}
