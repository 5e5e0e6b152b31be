import type { Patient, Reference, Resource } from '@medplum/fhirtypes';

/** FHIR R4 `id`: letters, digits, '-' and '.', at most 64 characters. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * A FHIR resource id built from a row id and a suffix. Row ids are UUIDs (36 characters), so
 * suffixes stay short; an id that would break the FHIR rule is a programming error.
 */
export function resourceId(rowId: string, suffix?: string): string {
  const id = suffix === undefined ? rowId : `${rowId}-${suffix}`;
  if (!FHIR_ID.test(id))
    throw new RangeError(`"${id}" is not a valid FHIR id (A–Z, a–z, 0–9, '-', '.'; ≤64)`);
  return id;
}

export function patientReference(patientId: string): Reference<Patient> {
  return { reference: `Patient/${patientId}` };
}

export function reference<T extends Resource>(resource: T): Reference<T> {
  if (resource.id === undefined) throw new RangeError(`${resource.resourceType} has no id to reference`);
  return { reference: `${resource.resourceType}/${resource.id}` };
}
