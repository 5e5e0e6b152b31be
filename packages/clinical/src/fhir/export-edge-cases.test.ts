import type { QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { ofType, resources } from './bundle-helpers.test-support';
import { demoRecord, demoUuid, emptyRecord, GENERATED_AT } from './demo-record.test-support';
import { exportNdjson, exportPatientBundle } from './export-bundle';
import { bundleSchemaErrors, compileR4Schema, resourceSchemaErrors } from './r4-schema.test-support';

beforeAll(compileR4Schema, 60_000);

const OPTIONS = { generatedAt: GENERATED_AT } as const;

describe('exportPatientBundle: edge cases', () => {
  it('exports a patient with nothing recorded as a valid Bundle holding the Patient only', () => {
    const bundle = exportPatientBundle(emptyRecord(), OPTIONS);
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    expect(resources(bundle).map((resource) => resource.resourceType)).toEqual(['Patient']);
  });

  it('leaves out every optional value that was not recorded', () => {
    const record = {
      ...emptyRecord(),
      checkIns: [{ id: demoUuid(200), day: '2025-03-01', pain: 0, flare: false }],
      sessionLogs: [
        {
          id: demoUuid(201),
          day: '2025-03-01',
          carePlanVersion: 1,
          exercises: [],
          completed: true,
          stoppedForSymptoms: false,
        },
      ],
      flareEpisodes: [{ id: demoUuid(202), startedOn: '2025-03-01', endedOn: null }],
      carePlans: [
        {
          id: demoUuid(203),
          version: 1,
          effectiveFrom: '2025-03-01',
          step: 1 as const,
          stepStartedOn: '2025-03-01',
          components: [],
          programme: null,
          reason: 'Self-directed start.',
        },
      ],
    };
    const bundle = exportPatientBundle(record, OPTIONS);
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    const types = resources(bundle).map((resource) => resource.resourceType);
    expect(types).toEqual([
      'Patient',
      'Observation',
      'Observation',
      'Observation',
      'Observation',
      'CarePlan',
      'Provenance',
      'Provenance',
    ]);
    const [carePlan] = ofType(bundle, 'CarePlan');
    expect(carePlan?.addresses).toBeUndefined();
  });

  it('takes the STarT Back risk group from an assessment when no STarT Back form was stored that day', () => {
    const [intake] = demoRecord().assessments;
    if (intake === undefined) throw new Error('demo record has no intake');
    const bundle = exportPatientBundle({ ...emptyRecord(), assessments: [intake] }, OPTIONS);
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    const [risk] = ofType(bundle, 'RiskAssessment');
    expect(risk?.occurrenceDateTime).toBe(intake.assessedOn);
    expect(risk?.basis).toBeUndefined();
    expect(risk?.prediction?.[0]?.qualitativeRisk?.coding?.map((coding) => coding.code)).toEqual([
      'high',
      'startback-risk-high',
    ]);
    expect(risk?.prediction?.[0]?.rationale).toMatch(/^Overall 7, distress 4\./);
  });

  it('exports nothing for a deleted account', () => {
    const record = demoRecord();
    const bundle = exportPatientBundle(
      { ...record, patient: { ...record.patient, accountDeleted: true } },
      OPTIONS,
    );
    expect(bundle.total).toBe(0);
    expect(bundle.entry).toEqual([]);
    expect(bundleSchemaErrors(bundle)).toEqual([]);
  });

  it('refuses a generation time that is not a FHIR instant', () => {
    expect(() => exportPatientBundle(emptyRecord(), { generatedAt: '2025-03-01' })).toThrow(/generatedAt/);
  });

  it('uses the server base for fullUrl when given one', () => {
    const bundle = exportPatientBundle(emptyRecord(), {
      ...OPTIONS,
      fhirBaseUrl: 'https://clinic.example/fhir/R4/',
    });
    expect(bundle.entry?.[0]?.fullUrl).toBe(`https://clinic.example/fhir/R4/Patient/${demoUuid(5)}`);
  });
});

describe('exportNdjson', () => {
  const deleted = emptyRecord(demoUuid(6));
  const files = exportNdjson(
    [demoRecord(), emptyRecord(), { ...deleted, patient: { ...deleted.patient, accountDeleted: true } }],
    OPTIONS,
  );
  const parsed = Object.fromEntries(
    Object.entries(files).map(([type, text]) => [
      type,
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Resource),
    ]),
  );

  it('writes one line per resource, each schema-valid and of the file’s type', () => {
    for (const [type, list] of Object.entries(parsed)) {
      for (const resource of list) {
        expect(resource.resourceType).toBe(type);
        expect(resourceSchemaErrors(resource)).toEqual([]);
      }
    }
    expect(Object.values(files).every((text) => text.endsWith('\n'))).toBe(true);
  });

  it('leaves out deleted accounts and lists shared resources once', () => {
    expect(parsed.Patient?.map((patient) => patient.id)).toEqual([demoUuid(1), demoUuid(5)]);
    const questionnaireIds = parsed.Questionnaire?.map((q) => q.id) ?? [];
    expect(new Set(questionnaireIds).size).toBe(questionnaireIds.length);
    expect(parsed.CodeSystem?.map((codeSystem) => codeSystem.id)).toEqual(['backplan']);
  });

  it('matches the per-patient Bundle resource for resource', () => {
    const bundle = exportPatientBundle(demoRecord(), OPTIONS);
    const responses: QuestionnaireResponse[] = ofType(bundle, 'QuestionnaireResponse');
    expect(parsed.QuestionnaireResponse).toEqual(responses);
  });
});
