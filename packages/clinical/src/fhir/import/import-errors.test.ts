import type { Bundle, Observation, OperationOutcome, QuestionnaireResponse } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirR4Errors } from '../../instruments/fhir/fhir-r4-validator.test-support';
import {
  answersByPosition,
  demoResponse,
  demoUuid,
  emptyRecord,
  GENERATED_AT,
} from '../demo-record.test-support';
import { exportPatientBundle } from '../export-bundle';
import { compileR4Schema, resourceSchemaErrors } from '../r4-schema.test-support';
import { importFhirResources } from './import-resources';
import type { ResourceValidationIssue } from './import-types';

beforeAll(compileR4Schema, 60_000);

/** A Bundle with one PHQ-9 (answers 2,1,2,2,1,1,1,1,1 → 12) and its total, plus one check-in. */
function phq9Bundle(): Bundle {
  const response = demoResponse(
    demoUuid(300),
    'phq-9',
    '2025-03-10',
    answersByPosition('phq-9', [2, 1, 2, 2, 1, 1, 1, 1, 1]),
  );
  const record = {
    ...emptyRecord(),
    instrumentResponses: [response],
    checkIns: [{ id: demoUuid(301), day: '2025-03-10', pain: 4, flare: false }],
  };
  return structuredClone(exportPatientBundle(record, { generatedAt: GENERATED_AT }));
}

function entryIndex(
  bundle: Bundle,
  predicate: (resource: NonNullable<Bundle['entry']>[number]['resource']) => boolean,
): number {
  return (bundle.entry ?? []).findIndex((entry) => predicate(entry.resource));
}

function responseOf(bundle: Bundle): { index: number; response: QuestionnaireResponse } {
  const index = entryIndex(bundle, (resource) => resource?.resourceType === 'QuestionnaireResponse');
  return { index, response: bundle.entry?.[index]?.resource as QuestionnaireResponse };
}

function totalOf(bundle: Bundle): { index: number; observation: Observation } {
  const index = entryIndex(
    bundle,
    (resource) => resource?.resourceType === 'Observation' && resource.code.coding?.[0]?.code === '44261-6',
  );
  return { index, observation: bundle.entry?.[index]?.resource as Observation };
}

function failure(input: unknown, options?: Parameters<typeof importFhirResources>[1]): OperationOutcome {
  const result = importFhirResources(input, options);
  if (result.ok) throw new Error('expected the import to fail');
  expect('records' in result).toBe(false);
  expect(resourceSchemaErrors(result.outcome)).toEqual([]);
  return result.outcome;
}

function paths(outcome: OperationOutcome): string[] {
  return outcome.issue.flatMap((found) => found.expression ?? []);
}

describe('importFhirResources: bad input gets an OperationOutcome naming the failing path', () => {
  it('an answer code that is not an option of the item', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    const answer = response.item?.[0]?.answer?.[0];
    if (answer?.valueCoding) answer.valueCoding.code = 'LA9999-9';
    const outcome = failure(bundle);
    expect(paths(outcome)).toEqual([`Bundle.entry[${index}].resource.item[0].answer[0].valueCoding.code`]);
    expect(outcome.issue[0]).toMatchObject({ severity: 'error', code: 'code-invalid' });
    expect(outcome.issue[0]?.location).toEqual(outcome.issue[0]?.expression);
    expect(outcome.issue[0]?.diagnostics).toContain('LA6568-5');
  });

  it('an answer outside the item’s range, reported by the instrument’s own scorer', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    const item = response.item?.[2];
    if (item) item.answer = [{ valueInteger: 7 }];
    const outcome = failure(bundle);
    expect(paths(outcome)).toEqual([`Bundle.entry[${index}].resource.item[2].answer[0].valueInteger`]);
    expect(outcome.issue[0]?.diagnostics).toContain('outside the allowed answers 0–3');
  });

  it('too few items answered to score', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    response.item = response.item?.slice(0, 5);
    const totalIndex = totalOf(bundle).index;
    bundle.entry?.splice(totalIndex, 1);
    expect(failure(bundle).issue.map((i) => [i.code, i.expression?.[0]])).toEqual([
      ['required', `Bundle.entry[${index}].resource.item`],
    ]);
  });

  it('an item the instrument does not have, and a response still in progress', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    response.status = 'in-progress';
    response.item?.push({ linkId: 'favourite-colour', answer: [{ valueString: 'blue' }] });
    expect(paths(failure(bundle))).toEqual([
      `Bundle.entry[${index}].resource.status`,
      `Bundle.entry[${index}].resource.item[9].linkId`,
    ]);
  });

  it('a questionnaire that is not one of ours, or a version we do not score', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    response.questionnaire = 'http://example.org/Questionnaire/sleep-diary';
    expect(paths(failure(bundle))).toEqual([`Bundle.entry[${index}].resource.questionnaire`]);
    response.questionnaire = 'https://backplan.org/fhir/Questionnaire/phq-9|2099';
    expect(failure(bundle).issue[0]?.diagnostics).toContain('version 2099 is not supported');
  });

  it('a score that disagrees with the answers it was derived from', () => {
    const bundle = phq9Bundle();
    const { index, observation } = totalOf(bundle);
    if (observation.valueQuantity) observation.valueQuantity.value = 20;
    const outcome = failure(bundle);
    expect(paths(outcome)).toEqual([`Bundle.entry[${index}].resource`]);
    expect(outcome.issue[0]?.diagnostics).toBe(
      'PHQ-9 total (0–27) is given as 20, but its QuestionnaireResponse scores 12',
    );
  });

  it('scores out of range or too precise, and check-in values out of range', () => {
    const outOfRange: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      effectiveDateTime: '2025-03-10',
      valueQuantity: { value: 30 },
    };
    expect(paths(failure(outOfRange))).toEqual(['Observation.valueQuantity.value']);
    const peg = {
      ...outOfRange,
      code: { coding: [{ system: 'http://loinc.org', code: '91147-9' }] },
      valueQuantity: { value: 5.55 },
    };
    expect(failure(peg).issue[0]?.diagnostics).toContain('more than one decimal place');
    const pain = {
      ...outOfRange,
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      valueInteger: 11,
      valueQuantity: undefined,
    };
    expect(paths(failure(pain))).toEqual(['Observation.valueInteger']);
  });

  it('a missing or partial date', () => {
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      valueQuantity: { value: 3 },
    };
    expect(failure(observation).issue.map((i) => [i.code, i.expression?.[0]])).toEqual([
      ['required', 'Observation.effectiveDateTime'],
    ]);
    expect(paths(failure({ ...observation, effectiveDateTime: '2025-03' }))).toEqual([
      'Observation.effectiveDateTime',
    ]);
    expect(failure({ ...observation, effectiveDateTime: 'yesterday' }).issue[0]).toMatchObject({
      code: 'structure',
      expression: ['Observation.effectiveDateTime'],
    });
  });

  it('resources about different patients in one Bundle', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    response.subject = { reference: 'Patient/someone-else' };
    const outcome = failure(bundle);
    // The first subject found sets the patient; every resource naming another one is reported.
    expect(outcome.issue.length).toBeGreaterThan(0);
    for (const found of outcome.issue) {
      expect(found.code).toBe('business-rule');
      expect(found.expression?.[0]).toMatch(/^Bundle\.entry\[\d+\]\.resource\.subject\.reference$/);
      expect(found.expression?.[0]).not.toBe(`Bundle.entry[${index}].resource.subject.reference`);
      expect(found.diagnostics).toContain('Patient/someone-else');
    }
  });

  it('things that are not importable on their own', () => {
    expect(failure('hello').issue[0]).toMatchObject({ code: 'structure' });
    expect(failure({ resourceType: 'Patient', id: 'x' }).issue[0]).toMatchObject({
      code: 'not-supported',
      expression: ['Patient'],
    });
    const bloodPressure: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
      effectiveDateTime: '2025-03-10',
    };
    expect(paths(failure(bloodPressure))).toEqual(['Observation.code']);
    expect(paths(failure({ resourceType: 'Bundle', type: 'collection', entry: 'none' }))).toEqual([
      'Bundle.entry',
    ]);
  });

  it('structural errors found by an injected R4 JSON Schema validator', () => {
    const bundle = phq9Bundle();
    const { index, response } = responseOf(bundle);
    Object.assign(response, { authoredBy: 'typo' });
    const validateResource = (resource: { readonly resourceType: string }): ResourceValidationIssue[] =>
      fhirR4Errors(resource).map((text) => {
        const [pointer = '', ...message] = text.split(' ');
        const path = pointer
          .split('/')
          .filter(Boolean)
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        return { path, message: message.join(' ') };
      });
    const outcome = failure(bundle, { validateResource });
    expect(paths(outcome)).toContain(`Bundle.entry[${index}].resource`);
    expect(outcome.issue.some((found) => found.diagnostics?.includes('additional properties'))).toBe(true);
    expect(importFhirResources(phq9Bundle(), { validateResource }).ok).toBe(true);
  });
});
