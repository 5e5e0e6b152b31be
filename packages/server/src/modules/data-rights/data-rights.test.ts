import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Actor, Client, PATIENT_PASSWORD, signedInActor, uniqueEmail } from '../../../test/fixtures';

let t: TestApp;
let clinician: Actor;
let admin: Actor;
let otherAdmin: Actor;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.handle.db;
  clinician = await signedInActor(t.app, db, t.clock, { role: 'clinician', organisationName: 'East Clinic' });
  admin = await signedInActor(t.app, db, t.clock, {
    role: 'admin',
    organisationName: 'East Clinic',
    password: 'a long admin passphrase here',
  });
  otherAdmin = await signedInActor(t.app, db, t.clock, {
    role: 'admin',
    organisationName: 'West Clinic',
    password: 'a long admin passphrase here',
  });
});

afterAll(async () => {
  await t.close();
});

async function clinicPatient(name: string) {
  const invite = (
    await clinician.client.post(`/api/v1/organisations/${clinician.account.orgId}/invites`)
  ).json();
  const client = new Client(t.app);
  const email = uniqueEmail(name);
  const response = await client.post('/api/v1/auth/signup', {
    email,
    password: PATIENT_PASSWORD,
    displayName: name,
    acceptTerms: true,
    inviteCode: invite.code,
  });
  return { client, email, patientId: response.json().user.patient.id as string };
}

describe('who opened my record', () => {
  it('shows the clinician who opened it, by name', async () => {
    const patient = await clinicPatient('Karla');
    await clinician.client.get(`/api/v1/patients/${patient.patientId}`);
    const log = (await patient.client.get('/api/v1/me/access-log')).json();
    expect(log.events).toContainEqual(
      expect.objectContaining({
        action: 'read',
        resource: 'patient',
        actor: expect.objectContaining({ kind: 'person', role: 'clinician' }),
      }),
    );
  });
});

describe('admin audit export', () => {
  it('exports NDJSON and CSV of the admin clinic only', async () => {
    const patient = await clinicPatient('Luis');
    await clinician.client.get(`/api/v1/patients/${patient.patientId}`);
    const ndjson = await admin.client.get('/api/v1/admin/audit?format=ndjson');
    expect(ndjson.statusCode).toBe(200);
    expect(ndjson.headers['content-type']).toContain('application/x-ndjson');
    const rows = ndjson.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.some((r) => r.patientId === patient.patientId && r.action === 'read')).toBe(true);
    expect(rows.every((r) => r.orgId === clinician.account.orgId)).toBe(true);

    const csv = await admin.client.get('/api/v1/admin/audit?format=csv');
    expect(csv.body.split('\n')[0]).toBe(
      'id,at,actorId,actorRole,orgId,patientId,action,resource,outcome,requestId,ip',
    );
    expect(csv.body).toContain(patient.patientId);

    const other = await otherAdmin.client.get('/api/v1/admin/audit?format=ndjson');
    expect(other.body).not.toContain(patient.patientId);
  });

  it('lists the accounts of the clinic, and admins cannot open records', async () => {
    const patient = await clinicPatient('Marta');
    const users = (await admin.client.get('/api/v1/admin/users')).json();
    expect(users.users.map((u: { email: string }) => u.email)).toEqual(
      expect.arrayContaining([clinician.email, admin.email, patient.email]),
    );
    expect((await otherAdmin.client.get('/api/v1/admin/users')).body).not.toContain(patient.email);
    expect((await admin.client.get(`/api/v1/patients/${patient.patientId}`)).statusCode).toBe(403);
  });
});

describe('data rights', () => {
  it('exports everything about the patient as JSON', async () => {
    const patient = await clinicPatient('Nuria');
    const response = await patient.client.get('/api/v1/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.json();
    expect(data).toMatchObject({
      format: 'backplan-export/1',
      account: { email: patient.email, displayName: 'Nuria' },
      patient: {
        id: patient.patientId,
        organisation: { name: 'East Clinic', kind: 'clinic' },
        sharing: 'active',
      },
    });
    expect(typeof data.records).toBe('object');
    expect(data.accessLog.length).toBeGreaterThan(0);
  });

  it('deletes the account: personal data erased, audit rows keep only random ids', async () => {
    const patient = await clinicPatient('Olga');
    await clinician.client.get(`/api/v1/patients/${patient.patientId}`);
    const wrong = await patient.client.request({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(400);
    const response = await patient.client.request({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: PATIENT_PASSWORD },
    });
    expect(response.statusCode).toBe(204);
    expect((await patient.client.get('/api/v1/auth/me')).statusCode).toBe(401);

    const pool = t.database.handle.pool;
    expect(
      (await pool.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [patient.email])).rowCount,
    ).toBe(0);
    expect((await pool.query('SELECT 1 FROM patients WHERE id = $1', [patient.patientId])).rowCount).toBe(0);
    const audit = await pool.query('SELECT * FROM audit_log WHERE patient_id = $1', [patient.patientId]);
    expect(audit.rowCount).toBeGreaterThan(0);
    const text = JSON.stringify(audit.rows);
    expect(text).not.toContain(patient.email);
    expect(text).not.toContain('Olga');
    expect(audit.rows.map((r) => r.action)).toContain('delete-account');

    const again = await new Client(t.app).post('/api/v1/auth/signup', {
      email: patient.email,
      password: PATIENT_PASSWORD,
      displayName: 'Olga again',
      acceptTerms: true,
    });
    expect(again.statusCode).toBe(201);
  });
});
