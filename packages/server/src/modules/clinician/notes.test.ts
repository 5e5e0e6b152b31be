import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { type ClinicPatient, clinicianOf, invitedPatient } from './test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let patient: ClinicPatient;

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Notes Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Other Notes Clinic');
  patient = await invitedPatient(t.app, clinician, 'Nora Notes');
});

afterAll(async () => {
  await t.close();
});

const url = () => `/api/v1/patients/${patient.patientId}/notes`;
const count = async () =>
  (await t.database.handle.pool.query('SELECT count(*)::int AS n FROM visit_notes')).rows[0].n as number;

describe('visit notes', () => {
  it('adds a note and lists it with its author, newest visit first', async () => {
    for (const [visitedOn, body] of [
      ['2026-02-10', 'First visit: walking 10 minutes.'],
      ['2026-02-24', 'Second visit: walking 20 minutes.'],
    ]) {
      const response = await clinician.client.post(url(), { visitedOn, body });
      expect(response.statusCode, response.body).toBe(201);
    }
    const notes = (await clinician.client.get(url())).json().notes;
    expect(notes.map((n: { visitedOn: string }) => n.visitedOn)).toEqual(['2026-02-24', '2026-02-10']);
    expect(notes[0].author).toMatch(/^clinician/);
  });

  it('refuses bad notes with a 400 naming the field, and writes nothing', async () => {
    const before = await count();
    for (const [body, field] of [
      [{ visitedOn: '2026-02-30', body: 'x' }, 'body.visitedOn'],
      [{ visitedOn: '2099-01-01', body: 'x' }, 'body.visitedOn'],
      [{ visitedOn: '2026-02-10', body: ' ' }, 'body.body'],
      [{ visitedOn: '2026-02-10' }, 'body.body'],
    ] as const) {
      const response = await clinician.client.post(url(), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('is 404 for another clinic and 403 for the patient', async () => {
    expect((await outsider.client.get(url())).statusCode).toBe(404);
    expect((await outsider.client.post(url(), { visitedOn: '2026-02-10', body: 'x' })).statusCode).toBe(404);
    expect((await patient.client.get(url())).statusCode).toBe(403);
  });
});
