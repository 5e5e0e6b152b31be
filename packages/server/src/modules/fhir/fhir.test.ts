import {
  bundleSchemaErrors,
  compileR4Schema,
  resourceSchemaErrors,
} from '@backplan/clinical/fhir/r4-schema.test-support';
import type { Bundle, Observation, OperationOutcome, QuestionnaireResponse } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Actor, Client } from '../../../test/fixtures';
import { auditLog, checkIns, instrumentResponses } from '../../db/schema';
import { type ClinicPatient, clinicianOf, invitedPatient, seedRecord } from '../clinician/test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let patient: ClinicPatient;
let emptyPatient: ClinicPatient;
const today = '2026-03-02';

beforeAll(async () => {
  compileR4Schema();
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'FHIR Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Another FHIR Clinic');
  patient = await invitedPatient(t.app, clinician, 'Fern Fhir');
  emptyPatient = await invitedPatient(t.app, clinician, 'Eddie Empty');
  await seedRecord(db, patient, { today, daysInStep: 20, peg: [7, 4] });
}, 120_000);

afterAll(async () => {
  await t.close();
});

const everything = (patientId: string) => `/fhir/R4/Patient/${patientId}/$everything`;

function resources(bundle: Bundle) {
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]));
}

function pegValues(bundle: Bundle): number[] {
  return resources(bundle)
    .filter(
      (r): r is Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '91147-9',
    )
    .map((observation) => observation.valueQuantity?.value ?? Number.NaN);
}

async function auditRows(patientId: string, action: string) {
  return t.database.handle.db
    .select({ outcome: auditLog.outcome, resource: auditLog.resource, actorRole: auditLog.actorRole })
    .from(auditLog)
    .where(and(eq(auditLog.patientId, patientId), eq(auditLog.action, action)));
}

describe('GET /fhir/R4/Patient/:id/$everything', () => {
  it('gives the patient their own record as a schema-valid FHIR Bundle, audited', async () => {
    const response = await patient.client.get(everything(patient.patientId));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = response.json() as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    expect(resources(bundle)[0]).toMatchObject({
      resourceType: 'Patient',
      id: patient.patientId,
      name: [{ text: 'Fern Fhir' }],
    });
    expect(pegValues(bundle)).toEqual([7, 4]);
    expect(bundle.entry?.[0]?.fullUrl).toBe(`http://localhost:8080/fhir/R4/Patient/${patient.patientId}`);
    const types = new Set(resources(bundle).map((r) => r.resourceType));
    for (const type of ['Condition', 'QuestionnaireResponse', 'RiskAssessment', 'CarePlan', 'Provenance']) {
      expect(types.has(type as never), type).toBe(true);
    }
    expect(await auditRows(patient.patientId, 'export')).toContainEqual({
      outcome: 'allowed',
      resource: 'fhir-everything',
      actorRole: 'patient',
    });
  });

  it('gives it to a clinician of the clinic the patient shares with', async () => {
    const response = await clinician.client.get(everything(patient.patientId));
    expect(response.statusCode, response.body).toBe(200);
    expect(pegValues(response.json())).toEqual([7, 4]);
  });

  it('refuses everyone else with an OperationOutcome, recording the refusal', async () => {
    const denied = await outsider.client.get(everything(patient.patientId));
    expect(denied.statusCode).toBe(404);
    expect(denied.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(denied.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'not-found' }],
    });
    expect(await auditRows(patient.patientId, 'export')).toContainEqual({
      outcome: 'denied',
      resource: 'fhir-everything',
      actorRole: 'clinician',
    });
    expect((await emptyPatient.client.get(everything(patient.patientId))).statusCode).toBe(404);
    const anonymous = await new Client(t.app).get(everything(patient.patientId));
    expect(anonymous.statusCode).toBe(401);
    expect(resourceSchemaErrors(anonymous.json() as OperationOutcome)).toEqual([]);
  });

  it('answers a malformed id with 400', async () => {
    const response = await clinician.client.get(everything('not-a-uuid'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
  });
});

describe('POST /fhir/R4', () => {
  it('imports another patient’s export into an empty record: same scores and dates', async () => {
    const source = (await clinician.client.get(everything(patient.patientId))).json() as Bundle;
    const response = await clinician.client.request({
      method: 'POST',
      url: `/fhir/R4?patient=${emptyPatient.patientId}`,
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(source),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information' }],
    });
    const copied = (await clinician.client.get(everything(emptyPatient.patientId))).json() as Bundle;
    expect(pegValues(copied)).toEqual([7, 4]);
    const original = await t.database.handle.db
      .select({ day: checkIns.day, pain: checkIns.pain })
      .from(checkIns)
      .where(eq(checkIns.patientId, patient.patientId));
    const imported = await t.database.handle.db
      .select({ day: checkIns.day, pain: checkIns.pain, source: checkIns.idempotencyKey })
      .from(checkIns)
      .where(eq(checkIns.patientId, emptyPatient.patientId));
    expect(imported.map(({ day, pain }) => ({ day, pain }))).toEqual(original);
    expect(await auditRows(emptyPatient.patientId, 'import')).toContainEqual({
      outcome: 'allowed',
      resource: 'fhir',
      actorRole: 'clinician',
    });

    const again = await clinician.client.request({
      method: 'POST',
      url: `/fhir/R4?patient=${emptyPatient.patientId}`,
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(source),
    });
    expect(again.json().issue[0].diagnostics).toContain('had been imported before');
    const responses = await t.database.handle.db
      .select({ id: instrumentResponses.id })
      .from(instrumentResponses)
      .where(eq(instrumentResponses.patientId, emptyPatient.patientId));
    expect(responses).toHaveLength(2);
  });

  it('lets a patient import into their own record from the resources’ subject', async () => {
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      subject: { reference: `Patient/${patient.patientId}` },
      effectiveDateTime: '2026-02-27',
      valueQuantity: { value: 9 },
    };
    const response = await patient.client.post('/fhir/R4', observation);
    expect(response.statusCode, response.body).toBe(200);
    const [row] = await t.database.handle.db
      .select({ primaryScore: instrumentResponses.primaryScore, source: instrumentResponses.source })
      .from(instrumentResponses)
      .where(
        and(
          eq(instrumentResponses.patientId, patient.patientId),
          eq(instrumentResponses.instrumentId, 'phq-9'),
        ),
      );
    expect(row).toEqual({ primaryScore: 9, source: 'import' });
  });

  it('refuses bad FHIR with an OperationOutcome naming the path, and writes nothing', async () => {
    const count = async () =>
      (await t.database.handle.db.select({ id: instrumentResponses.id }).from(instrumentResponses)).length;
    const before = await count();
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'http://loinc.org/q/55757-9',
      status: 'completed',
      subject: { reference: `Patient/${patient.patientId}` },
      authored: '2026-03-01',
      item: [
        { linkId: '44250-9', answer: [{ valueCoding: { code: 'LA6569-3' } }] },
        { linkId: '44255-8', answer: [{ valueCoding: { code: 'LA0000-0' } }] },
      ],
    };
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: response }, { resource: { ...response, item: response.item?.slice(0, 1) } }],
    };
    const refused = await clinician.client.post('/fhir/R4', bundle);
    expect(refused.statusCode).toBe(400);
    const outcome = refused.json() as OperationOutcome;
    expect(resourceSchemaErrors(outcome)).toEqual([]);
    expect(outcome.issue.map((issue) => issue.expression?.[0])).toEqual([
      'Bundle.entry[0].resource.item[1].answer[0].valueCoding.code',
      'Bundle.entry[1].resource.item',
    ]);
    expect(await count()).toBe(before);
  });

  it('asks which patient when the subject is not a BackPlan patient', async () => {
    const observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      subject: { reference: 'Patient/ehr-123' },
      effectiveDateTime: '2026-02-27',
      valueQuantity: { value: 5 },
    };
    const response = await clinician.client.post('/fhir/R4', observation);
    expect(response.statusCode).toBe(400);
    expect(response.json().issue[0].diagnostics).toContain('?patient=');
    const outside = await outsider.client.post(`/fhir/R4?patient=${patient.patientId}`, observation);
    expect(outside.statusCode).toBe(404);
  });

  it('answers invalid JSON with an OperationOutcome', async () => {
    const response = await clinician.client.request({
      method: 'POST',
      url: '/fhir/R4',
      headers: { 'content-type': 'application/fhir+json' },
      payload: '{"resourceType":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });
});

describe('GET /fhir/R4/CodeSystem/backplan', () => {
  it('is public', async () => {
    const response = await new Client(t.app).get('/fhir/R4/CodeSystem/backplan');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      resourceType: 'CodeSystem',
      url: 'https://backplan.org/fhir/CodeSystem/backplan',
    });
  });
});
