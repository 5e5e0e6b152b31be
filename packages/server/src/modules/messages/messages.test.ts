import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memoryMailer, type TestApp } from '../../../test/app';
import { type Actor, signedInActor } from '../../../test/fixtures';
import { type ClinicPatient, clinicianOf, invitedPatient } from '../clinician/test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let selfDirected: Actor;
let patient: ClinicPatient;
const mailer = memoryMailer();
const SECRET_WORDS = 'my sciatica flared after the oxycodone';

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 }, mailer });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Message Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Other Message Clinic');
  selfDirected = await signedInActor(t.app, db, t.clock, { role: 'patient' });
  patient = await invitedPatient(t.app, clinician, 'Mia Message');
});

afterAll(async () => {
  await t.close();
});

const clinicianUrl = () => `/api/v1/patients/${patient.patientId}/messages`;
const count = async () =>
  (await t.database.handle.pool.query('SELECT count(*)::int AS n FROM messages')).rows[0].n as number;

describe('secure messages', () => {
  it('patient → care team: stored, counted unread, triaged, and the email carries no health details', async () => {
    mailer.sent.length = 0;
    const sent = await patient.client.post('/api/v1/me/messages', { body: SECRET_WORDS });
    expect(sent.statusCode, sent.body).toBe(201);
    const thread = (await clinician.client.get(clinicianUrl())).json();
    expect(thread.unread).toBe(1);
    expect(thread.messages).toEqual([
      expect.objectContaining({
        fromPatient: true,
        body: SECRET_WORDS,
        senderName: 'Mia Message',
        readAt: null,
      }),
    ]);
    const panel = (await clinician.client.get('/api/v1/clinician/panel?reason=messages')).json();
    expect(panel.patients.map((p: { id: string }) => p.id)).toEqual([patient.patientId]);
    expect(panel.patients[0].unreadMessages).toBe(1);
    expect(mailer.sent.map((m) => m.to)).toEqual([clinician.email]);
    for (const mail of mailer.sent) {
      expect(mail.text).not.toContain('sciatica');
      expect(mail.text).not.toContain('Mia');
      expect(mail.subject).not.toContain('Mia');
    }
  });

  it('the clinician reads it (unread clears) and replies; the patient sees the reply unread, then reads it', async () => {
    const read = await clinician.client.post(`${clinicianUrl()}/read`);
    expect(read.json()).toEqual({ marked: 1 });
    expect((await clinician.client.get(clinicianUrl())).json().unread).toBe(0);
    const panel = (await clinician.client.get('/api/v1/clinician/panel?reason=messages')).json();
    expect(panel.patients).toEqual([]);
    mailer.sent.length = 0;
    t.clock.advance(60_000);
    const reply = await clinician.client.post(clinicianUrl(), { body: 'Thanks. Let us talk on Tuesday.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(mailer.sent.map((m) => m.to)).toEqual([patient.email]);
    expect(mailer.sent[0]?.text).not.toContain('Tuesday');
    const own = (await patient.client.get('/api/v1/me/messages')).json();
    expect(own.unread).toBe(1);
    expect(own.messages.map((m: { fromPatient: boolean }) => m.fromPatient)).toEqual([true, false]);
    expect((await patient.client.post('/api/v1/me/messages/read')).json()).toEqual({ marked: 1 });
    expect((await patient.client.get('/api/v1/me/messages')).json().unread).toBe(0);
  });

  it('refuses empty or oversized messages with a 400 naming the field, and writes nothing', async () => {
    const before = await count();
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(4001) }, {}, { body: 'hi', to: 'someone' }]) {
      for (const [client, url] of [
        [patient.client, '/api/v1/me/messages'],
        [clinician.client, clinicianUrl()],
      ] as const) {
        const response = await client.post(url, body);
        expect(response.statusCode, `${url} ${JSON.stringify(body).slice(0, 40)}`).toBe(400);
        expect(response.json().message).toContain('body');
      }
    }
    const badId = await clinician.client.post('/api/v1/patients/xyz/messages', { body: 'hello' });
    expect(badId.json().message).toContain('params.patientId');
    expect(await count()).toBe(before);
  });

  it('keeps other clinics and patients out', async () => {
    expect((await outsider.client.get(clinicianUrl())).statusCode).toBe(404);
    expect((await outsider.client.post(clinicianUrl(), { body: 'hello' })).statusCode).toBe(404);
    expect((await patient.client.get(clinicianUrl())).statusCode).toBe(403);
    expect((await clinician.client.get('/api/v1/me/messages')).statusCode).toBe(403);
    const other = (await selfDirected.client.get('/api/v1/me/messages')).json();
    expect(other).toEqual({ messages: [], unread: 0 });
  });

  it('tells a patient with no care team that there is no one to message', async () => {
    const response = await selfDirected.client.post('/api/v1/me/messages', { body: 'hello?' });
    expect(response.statusCode).toBe(409);
  });
});
