import type { Bundle, Coding, Observation, Resource } from '@medplum/fhirtypes';

/** Test support: reading resources back out of an exported Bundle. */

export function resources(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]));
}

export function ofType<T extends Resource['resourceType']>(
  bundle: Bundle,
  type: T,
): Extract<Resource, { resourceType: T }>[] {
  return resources(bundle).filter(
    (resource): resource is Extract<Resource, { resourceType: T }> => resource.resourceType === type,
  );
}

/** Every Coding anywhere in a JSON value. */
export function codings(value: unknown): Coding[] {
  if (Array.isArray(value)) return value.flatMap(codings);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.system === 'string' && typeof record.code === 'string' ? [record as Coding] : [];
  return [...own, ...Object.values(record).flatMap(codings)];
}

/** Every `reference` string anywhere in a JSON value. */
export function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.reference === 'string' ? [record.reference] : [];
  return [...own, ...Object.values(record).flatMap(references)];
}

export function observationWithCode(bundle: Bundle, code: string): Observation[] {
  return ofType(bundle, 'Observation').filter((observation) =>
    observation.code.coding?.some((coding) => coding.code === code),
  );
}
