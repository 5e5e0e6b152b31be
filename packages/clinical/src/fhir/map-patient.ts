import type { Patient } from '@medplum/fhirtypes';
import type { PatientExport } from './record';
import { resourceId } from './references';

/** HL7 v3 security label for a pseudonymised record. */
const PSEUDONYMISED = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'PSEUDED',
  display: 'pseudonymized',
} as const;

/**
 * The Patient: the pseudonymous id, plus a name and a birth year only when the patient gave
 * them. Without a name the resource carries the "pseudonymized" security label.
 */
export function patientToFhir(patient: PatientExport): Patient {
  const name = patient.displayName?.trim();
  const birthYear = patient.birthYear ?? undefined;
  if (birthYear !== undefined && !(Number.isInteger(birthYear) && birthYear >= 1000 && birthYear <= 9999)) {
    throw new RangeError(`Patient ${patient.id}: birth year ${birthYear} is not a four-digit year`);
  }
  return {
    resourceType: 'Patient',
    id: resourceId(patient.id),
    ...(name ? {} : { meta: { security: [PSEUDONYMISED] } }),
    active: true,
    ...(name ? { name: [{ text: name }] } : {}),
    ...(birthYear === undefined ? {} : { birthDate: String(birthYear) }),
  };
}
