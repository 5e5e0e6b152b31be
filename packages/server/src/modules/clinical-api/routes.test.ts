import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const readFixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>;

let testApp: TestApp;
let app: FastifyInstance;

beforeAll(async () => {
  testApp = await createTestApp();
  app = testApp.app;
});
afterAll(async () => {
  await testApp.close();
});

const fentanylPatch = {
  drug: 'fentanyl',
  dose: 25,
  unit: 'mcg/h',
  frequency: 'every-72h',
  route: 'transdermal',
  startDate: '2026-01-05',
};

describe('POST /api/v1/assessments/evaluate', () => {
  it('assesses a mechanical chronic intake and allows the programme', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments/evaluate',
      payload: readFixture('intake-mechanical.json'),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ chronicity: 'chronic', phenotype: 'mechanical' });
    expect(body.programmeEligibility.eligible).toBe(true);
  });

  it('puts a cauda equina feature first, as an emergency that blocks the programme', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments/evaluate',
      payload: readFixture('intake-cauda-equina.json'),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.programmeEligibility).toMatchObject({ eligible: false, requiredAction: 'emergency' });
    expect(body.redFlags[0]).toMatchObject({ condition: 'cauda-equina', action: 'emergency' });
  });

  it.each([
    ['a missing field', (i: Record<string, unknown>) => ({ ...i, assessedOn: undefined }), 'body.assessedOn'],
    ['an impossible age', (i: Record<string, unknown>) => ({ ...i, ageYears: -3 }), 'body.ageYears'],
    [
      'a wrong type',
      (i: Record<string, unknown>) => ({ ...i, painDurationWeeks: 'long' }),
      'body.painDurationWeeks',
    ],
  ])('answers %s with a 400 naming the field', async (_label, mutate, field) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments/evaluate',
      payload: mutate(readFixture('intake-mechanical.json')),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it('answers a non-object body with a 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments/evaluate',
      payload: [1, 2],
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('POST /api/v1/medications/mme', () => {
  it('converts a fentanyl 25 mcg/h patch to 60 MME/day with the naloxone alert (CDC 2022)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/medications/mme',
      payload: { medications: [fentanylPatch] },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.totalMmePerDay).toBe(60);
    expect(JSON.stringify(body.alerts)).toMatch(/naloxone/i);
  });

  it('rejects an unknown frequency with a 400 naming the entry', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/medications/mme',
      payload: { medications: [{ ...fentanylPatch, frequency: 'sometimes' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(
      'body.medications.0.frequency',
    );
  });
});

describe('POST /api/v1/care/recommendations', () => {
  it('rejects an empty patient state with a 400 that names missing fields', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/care/recommendations', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.length).toBeGreaterThan(0);
  });
});
