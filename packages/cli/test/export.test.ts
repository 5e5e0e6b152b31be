import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  bundleSchemaErrors,
  compileR4Schema,
  resourceSchemaErrors,
} from '@backplan/clinical/fhir/r4-schema.test-support';
import type { Bundle } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/db/schema';
import {
  type ClinicPatient,
  clinicianOf,
  invitedPatient,
  seedRecord,
} from '../../server/src/modules/clinician/test-support';
import { createTestApp, type TestApp } from '../../server/test/app';
import { runCli } from './run-cli';

/**
 * `backplan export`: one patient as a FHIR Bundle or CSV, every patient as bulk NDJSON with a
 * progress bar; every read audited as the operator; usage errors are one line and exit 2.
 */
let t: TestApp;
let first: ClinicPatient;
let second: ClinicPatient;
let dir: string;
const env = () => ({ DATABASE_URL: t.database.url, BACKPLAN_PUBLIC_URL: 'https://clinic.example' });

beforeAll(async () => {
  compileR4Schema();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'backplan-export-test-'));
  t = await createTestApp();
  const db = t.database.handle.db;
  const clinician = await clinicianOf(t.app, db, t.clock, 'Export Clinic');
  first = await invitedPatient(t.app, clinician, 'Ada Export');
  second = await invitedPatient(t.app, clinician, 'Bo Export');
  await seedRecord(db, first, { today: '2026-03-02', daysInStep: 14, peg: [7, 4] });
  await seedRecord(db, second, { today: '2026-03-02', daysInStep: 7 });
}, 120_000);

afterAll(async () => {
  await t?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backplan export', () => {
  it('--patient writes the $everything Bundle to standard output, audited as the operator', async () => {
    const result = await runCli(['export', '--patient', first.patientId], env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bundle = JSON.parse(result.stdout) as Bundle;
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    expect(bundle.entry?.[0]).toMatchObject({
      fullUrl: `https://clinic.example/fhir/R4/Patient/${first.patientId}`,
      resource: { resourceType: 'Patient', name: [{ text: 'Ada Export' }] },
    });
    const audit = await t.database.handle.db
      .select({ actorRole: auditLog.actorRole, resource: auditLog.resource })
      .from(auditLog)
      .where(and(eq(auditLog.patientId, first.patientId), eq(auditLog.action, 'export')));
    expect(audit).toContainEqual({ actorRole: 'operator', resource: 'fhir-cli' });
  });

  it('--format csv --out writes a CSV file', async () => {
    const file = path.join(dir, 'ada.csv');
    const result = await runCli(
      ['export', '--patient', first.patientId, '--format', 'csv', '--out', file],
      env(),
    );
    expect(result.code, result.stderr).toBe(0);
    const csv = await fs.readFile(file, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('resource_type,id,date,code_system,code,display,value,unit,status');
    expect(csv).toContain(',91147-9,');
  });

  it('--all writes pseudonymous NDJSON per resource type with a progress bar', async () => {
    const out = path.join(dir, 'bulk');
    const result = await runCli(['export', '--all', '--format', 'ndjson', '--out', out], env());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Exporting \[#+\] 2\/2 100%/);
    expect(result.stdout).toMatch(/^Exported 2 patients to .*: Patient 2, /);
    const files = (await fs.readdir(out)).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'CodeSystem.ndjson',
        'Observation.ndjson',
        'Patient.ndjson',
        'Questionnaire.ndjson',
      ]),
    );
    const lines = async (file: string) =>
      (await fs.readFile(path.join(out, file), 'utf8'))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
    const patients = await lines('Patient.ndjson');
    expect(patients.map((patient) => patient.id).sort()).toEqual([first.patientId, second.patientId].sort());
    expect(patients.every((patient) => patient.name === undefined)).toBe(true);
    for (const resource of await lines('QuestionnaireResponse.ndjson'))
      expect(resourceSchemaErrors(resource)).toEqual([]);
  });

  it('refuses usage errors in one line with exit code 2, writing nothing', async () => {
    const neither = await runCli(['export'], env());
    expect([neither.code, neither.stderr.trim()]).toEqual([2, 'Give either --patient <id> or --all.']);
    const badId = await runCli(['export', '--patient', 'nobody'], env());
    expect(badId.code).toBe(2);
    const unknown = await runCli(['export', '--patient', randomUUID()], env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^There is no patient /);
    const noOut = await runCli(['export', '--all'], env());
    expect([noOut.code, noOut.stderr.trim()]).toEqual([
      2,
      '--all needs --out <directory> for the NDJSON files.',
    ]);
  });
});
