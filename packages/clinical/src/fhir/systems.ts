/**
 * Code-system and extension URLs used by the FHIR mapping, in one place so export and import agree.
 * HL7 terminology URLs are those of FHIR R4 (terminology.hl7.org); LOINC and UCUM are the
 * canonical system URIs FHIR R4 prescribes for them.
 */

export const LOINC_SYSTEM_URL = 'http://loinc.org';
export const UCUM_SYSTEM_URL = 'http://unitsofmeasure.org';

/** BackPlan's own CodeSystem, for concepts that LOINC does not code (see `BACKPLAN_CONCEPTS`). */
export const BACKPLAN_CODE_SYSTEM_URL = 'https://backplan.org/fhir/CodeSystem/backplan';

/**
 * Ids of BackPlan's exercise catalogue (packages/clinical/src/exercise/catalogue). The catalogue
 * itself is the definition; no CodeSystem resource is published for it.
 */
export const EXERCISE_CATALOGUE_SYSTEM_URL = 'https://backplan.org/fhir/CodeSystem/exercise';

/** Default FHIR base for `Bundle.entry.fullUrl`; a server passes its own public base instead. */
export const DEFAULT_FHIR_BASE_URL = 'https://backplan.org/fhir/R4';

export const HL7_SYSTEMS = {
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
  riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
  provenanceParticipantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
} as const;
