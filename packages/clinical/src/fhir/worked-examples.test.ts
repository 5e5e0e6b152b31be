import { readdirSync, readFileSync } from 'node:fs';
import type { Bundle, CodeSystem, OperationOutcome, QuestionnaireResponse } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKPLAN_CONCEPTS } from './backplan-concepts';
import { LOINC_CODES } from './loinc-codes';
import { bundleSchemaErrors, compileR4Schema, resourceSchemaErrors } from './r4-schema.test-support';
import { fhirWorkedExamples } from './worked-examples.test-support';

beforeAll(compileR4Schema, 60_000);

const DIRECTORY = new URL('../../../../docs/examples/fhir/', import.meta.url);

function documented(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, DIRECTORY), 'utf8'));
}

/**
 * The worked examples of docs/fhir.md are current: each file in docs/examples/fhir is exactly what
 * the code produces now. After a deliberate change, rewrite them with
 * `npx tsx packages/clinical/test/fhir/write-worked-examples.ts`.
 */
describe('worked examples in docs/examples/fhir', () => {
  const examples = fhirWorkedExamples();

  it('lists every file in the folder, and only those', () => {
    const files = readdirSync(DIRECTORY).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(examples.map((example) => example.file).sort());
  });

  it.each(examples)('$file is what the code produces today', ({ file, content }) => {
    expect(documented(file)).toEqual(JSON.parse(JSON.stringify(content)));
  });

  it('the FHIR files are valid against the R4 JSON Schema', () => {
    expect(bundleSchemaErrors(documented('01-patient-everything.bundle.json') as Bundle)).toEqual([]);
    expect(bundleSchemaErrors(documented('03-bad-answer.bundle.json') as Bundle)).toEqual([]);
    const resources = [
      documented('02-phq9-from-another-system.questionnaire-response.json') as QuestionnaireResponse,
      documented('03-bad-answer.operation-outcome.json') as OperationOutcome,
      documented('backplan-codesystem.json') as CodeSystem,
    ];
    for (const resource of resources)
      expect(resourceSchemaErrors(resource), resource.resourceType).toEqual([]);
  });
});

describe('docs/fhir.md', () => {
  const text = readFileSync(new URL('../../../../docs/fhir.md', import.meta.url), 'utf8');

  it('lists every LOINC code of the table and every BackPlan code', () => {
    for (const { code } of LOINC_CODES) expect(text, code).toContain(`\`${code}\``);
    for (const { code } of BACKPLAN_CONCEPTS) expect(text, code).toContain(`\`${code}\``);
  });
});
