import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Actor, Client, PATIENT_PASSWORD, signedInActor, uniqueEmail } from '../../../test/fixtures';

let t: TestApp;
let clinician: Actor;
let otherClinician: Actor;

beforeAll(async () => {
  t = await createTestApp({ auth: { publicUrl: 'https://backplan.test' } });
  const db = t.database.handle.db;
  clinician = await signedInActor(t.app, db, t.clock, {
    role: 'clinician',
    organisationName: 'North Clinic',
  });
  otherClinician = await signedInActor(t.app, db, t.clock, {
    role: 'clinician',
    organisationName: 'South Clinic',
  });
});

afterAll(async () => {
  await t.close();
});

async function invite(actor: Actor = clinician) {
  const response = await actor.client.post(`/api/v1/organisations/${actor.account.orgId}/invites`);
  expect(response.statusCode).toBe(201);
  return response.json() as { code: string; link: string };
}

async function selfDirectedPatient(name: string) {
  const client = new Client(t.app);
  const response = await client.post('/api/v1/auth/signup', {
    email: uniqueEmail(name.normalize('NFD').replace(/[^A-Za-z]/g, '')),
    password: PATIENT_PASSWORD,
    displayName: name,
    acceptTerms: true,
  });
  expect(response.statusCode).toBe(201);
  return { client, patientId: response.json().user.patient.id as string };
}

const patientIds = async (actor: Actor) =>
  ((await actor.client.get('/api/v1/patients')).json().patients as { id: string }[]).map((p) => p.id);

describe('clinic tenancy', () => {
  it('a patient joins by code; only that clinic sees them, and only while they share', async () => {
    const { client, patientId } = await selfDirectedPatient('Carmen');
    expect(await patientIds(clinician)).not.toContain(patientId);

    const { code } = await invite();
    const join = await client.post('/api/v1/me/clinic/join', { code: code.toLowerCase() });
    expect(join.statusCode).toBe(200);
    expect(join.json().organisation.name).toBe('North Clinic');

    expect(await patientIds(clinician)).toContain(patientId);
    expect(await patientIds(otherClinician)).not.toContain(patientId);
    expect((await clinician.client.get(`/api/v1/patients/${patientId}`)).statusCode).toBe(200);
    expect((await otherClinician.client.get(`/api/v1/patients/${patientId}`)).statusCode).toBe(404);

    const sharing = (await client.get('/api/v1/me/sharing')).json();
    expect(sharing.sharing).toBe('active');
    expect(sharing.people).toContainEqual(
      expect.objectContaining({ displayName: clinician.account && expect.any(String), role: 'clinician' }),
    );

    expect((await client.post('/api/v1/me/sharing/revoke')).statusCode).toBe(204);
    expect(await patientIds(clinician)).not.toContain(patientId);
    expect((await clinician.client.get(`/api/v1/patients/${patientId}`)).statusCode).toBe(404);
    const after = (await client.get('/api/v1/me/sharing')).json();
    expect(after).toMatchObject({ sharing: 'revoked', people: [] });
  });

  it('a patient signs up with an invite link token and shares from the start', async () => {
    const { link } = await invite();
    const token = link.split('#token=')[1];
    expect(link.startsWith('https://backplan.test/join#token=')).toBe(true);
    const client = new Client(t.app);
    const response = await client.post('/api/v1/auth/signup', {
      email: uniqueEmail('dario'),
      password: PATIENT_PASSWORD,
      displayName: 'Darío',
      acceptTerms: true,
      inviteToken: token,
    });
    expect(response.statusCode).toBe(201);
    expect(await patientIds(clinician)).toContain(response.json().user.patient.id);
  });

  it('an invite works once', async () => {
    const { code } = await invite();
    const first = await selfDirectedPatient('Elena');
    const second = await selfDirectedPatient('Fermín');
    expect((await first.client.post('/api/v1/me/clinic/join', { code })).statusCode).toBe(200);
    expect((await second.client.post('/api/v1/me/clinic/join', { code })).statusCode).toBe(400);
  });

  it('staff cannot invite to a clinic they do not belong to', async () => {
    const response = await otherClinician.client.post(
      `/api/v1/organisations/${clinician.account.orgId}/invites`,
    );
    expect(response.statusCode).toBe(403);
  });

  it('throttles guessing invite codes', async () => {
    const { client } = await selfDirectedPatient('Hugo');
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await client.post('/api/v1/me/clinic/join', { code: `ZZZZ-ZZZZ-${i}` })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('a clinician who has not used TOTP in this session cannot list patients', async () => {
    const halfway = new Client(t.app);
    await halfway.post('/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    expect((await halfway.get('/api/v1/patients')).statusCode).toBe(401);
  });

  it('self-directed patients see their own record and nobody else sees it', async () => {
    const { client, patientId } = await selfDirectedPatient('Inés');
    const own = await client.get(`/api/v1/patients/${patientId}`);
    expect(own.json()).toMatchObject({ organisation: { kind: 'personal' }, sharing: 'not-shared' });
    const stranger = await selfDirectedPatient('Jon');
    expect((await stranger.client.get(`/api/v1/patients/${patientId}`)).statusCode).toBe(404);
  });

  // Last: moving the clock 15 days ends every session of this file.
  it('an invite expires', async () => {
    const { code } = await invite();
    t.clock.advance(15 * 86_400_000);
    const { client } = await selfDirectedPatient('Gala');
    expect((await client.post('/api/v1/me/clinic/join', { code })).statusCode).toBe(400);
  });
});
