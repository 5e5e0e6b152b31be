import { findDrugInstructionsInPatientText } from '@backplan/clinical/stepped-care/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { checkInFor, signedInPatient } from './test-support/patients';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const ibuprofen = {
  drug: 'ibuprofen',
  dose: 400,
  unit: 'mg',
  frequency: 'TID',
  route: 'oral',
  startedOn: '2026-02-01',
};

describe('/api/v1/me/medications', () => {
  it('lists what the patient reports, with side effects from check-ins and no advice', async () => {
    const patient = await signedInPatient(t);
    const added = await patient.client.post('/api/v1/me/medications', ibuprofen);
    expect(added.statusCode).toBe(201);
    expect(added.json().medication).toMatchObject({
      drug: 'ibuprofen',
      dose: 400,
      recordedBy: 'patient',
      maxDosesPerDay: null,
    });
    await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor('2026-03-01', { sideEffects: ['upset stomach'] }),
    );
    const list = await patient.client.get('/api/v1/me/medications');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.medications).toHaveLength(1);
    expect(body.recentSideEffects).toEqual([{ day: '2026-03-01', sideEffects: ['upset stomach'] }]);
    expect(body.careTeamNote).toMatch(/care team can see this list/);
    expect(findDrugInstructionsInPatientText(body.careTeamNote)).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/mme|alert/i);
  });

  it('keeps a stopped medicine in history with a stop date, and answers 404 for another patient’s', async () => {
    const patient = await signedInPatient(t);
    const added = (await patient.client.post('/api/v1/me/medications', ibuprofen)).json().medication;
    const stranger = await signedInPatient(t);
    const denied = await stranger.client.request({
      method: 'DELETE',
      url: `/api/v1/me/medications/${added.id}`,
    });
    expect(denied.statusCode).toBe(404);
    const stopped = await patient.client.request({
      method: 'DELETE',
      url: `/api/v1/me/medications/${added.id}`,
    });
    expect(stopped.statusCode).toBe(204);
    expect((await patient.client.get('/api/v1/me/medications')).json().medications).toEqual([]);
    expect(await patient.rows('medications')).toBe(1);
    const malformed = await patient.client.request({ method: 'DELETE', url: '/api/v1/me/medications/abc' });
    expect(malformed.statusCode).toBe(400);
  });

  it.each([
    ['a unit not on the list', { unit: 'spoonful' }, 'body.unit'],
    ['a frequency not on the list', { frequency: 'now and then' }, 'body.frequency'],
    ['a zero dose', { dose: 0 }, 'body.dose'],
    ['an empty name', { drug: ' ' }, 'body.drug'],
    ['a future start', { startedOn: '2026-06-01' }, 'body.startedOn'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_name, override, path) => {
    const patient = await signedInPatient(t);
    const response = await patient.client.post('/api/v1/me/medications', { ...ibuprofen, ...override });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe(path);
    expect(await patient.rows('medications')).toBe(0);
  });
});
