import type { Bundle, Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileR4Schema, resourceSchemaErrors } from '../r4-schema.test-support';
import { importFhirResources } from './import-resources';

beforeAll(compileR4Schema, 60_000);

describe('importFhirResources: what it accepts from other systems', () => {
  it('a LOINC-coded PHQ-9 response as LHC-Forms writes it: panel canonical, LOINC linkIds, codings without system', () => {
    const codes = [
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ];
    const answerCodes = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
    const values = [1, 1, 2, 0, 0, 1, 0, 0, 0];
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: 'phq9-from-ehr',
      questionnaire: 'http://loinc.org/q/44249-1',
      status: 'completed',
      subject: { reference: 'Patient/ehr-42' },
      authored: '2025-04-01T09:15:00-05:00',
      item: [
        {
          linkId: '/44249-1',
          item: [
            ...codes.map((code, i) => ({
              linkId: `/44249-1/${code}`,
              answer: [{ valueCoding: { code: answerCodes[values[i] ?? 0] } }],
            })),
            { linkId: '/44249-1/44261-6', answer: [{ valueDecimal: 5 }] },
          ],
        },
      ],
    };
    expect(resourceSchemaErrors(response)).toEqual([]);
    const result = importFhirResources(response);
    expect(result.ok && result.records.instrumentResponses[0]).toMatchObject({
      instrumentId: 'phq-9',
      answeredOn: '2025-04-01',
      primaryScore: 5,
      sourceIds: ['QuestionnaireResponse/phq9-from-ehr'],
    });
    expect(result.ok && result.records.subject).toBe('Patient/ehr-42');
  });

  it('a lone score Observation as a total without answers, and STarT Back subscores checked together', () => {
    const score = (code: string, system: string, value: number): Observation => ({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system, code }] },
      effectiveDateTime: '2025-04-02',
      valueQuantity: { value },
    });
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: score('91351-7', 'http://loinc.org', 6) },
        { resource: score('startback-distress', 'https://backplan.org/fhir/CodeSystem/backplan', 4) },
      ],
    };
    const result = importFhirResources(bundle);
    expect(result.ok && result.records.instrumentResponses).toMatchObject([
      { instrumentId: 'startback', answers: null, primaryScore: 6, scores: [{ value: 6 }, { value: 4 }] },
    ]);
    const inconsistent = structuredClone(bundle);
    const distress = inconsistent.entry?.[1]?.resource as Observation;
    if (distress.valueQuantity) distress.valueQuantity.value = 5;
    const overall = inconsistent.entry?.[0]?.resource as Observation;
    if (overall.valueQuantity) overall.valueQuantity.value = 3;
    const rejected = importFhirResources(inconsistent);
    expect(rejected.ok === false && rejected.outcome.issue.map((found) => found.expression?.[0])).toEqual([
      'Bundle.entry[1].resource',
    ]);
  });

  it('keeps the later of two check-in values for the same day', () => {
    const pain = (value: number, effectiveDateTime: string): Observation => ({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      effectiveDateTime,
      valueQuantity: { value },
    });
    const result = importFhirResources({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: pain(6, '2025-04-03T20:00:00Z') }, { resource: pain(3, '2025-04-03T08:00:00Z') }],
    });
    expect(result.ok && result.records.checkIns.map((c) => [c.day, c.pain, c.mood])).toEqual([
      ['2025-04-03', 6, null],
    ]);
  });
});
