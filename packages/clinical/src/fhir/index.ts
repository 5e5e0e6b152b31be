// Public surface of the FHIR module: code tables, the BackPlan CodeSystem, the record-to-FHIR
// mapping (export) and the FHIR-to-record parsing (import).

export {
  BACKPLAN_CODE_SYSTEM_VERSION,
  backplanCodeSystem,
  backplanCoding,
  findBackplanConcept,
  isBackplanCode,
} from './backplan-code-system';
export { BACKPLAN_CONCEPTS, type BackplanCode, type BackplanConcept } from './backplan-concepts';
export { bundleToCsv, CSV_COLUMNS } from './csv';
export {
  collectPatientResources,
  createNdjsonExport,
  exportNdjson,
  exportPatientBundle,
  type NdjsonExport,
  type NdjsonLines,
  type PatientResources,
} from './export-bundle';
export * from './import/index';
export {
  findLoincCode,
  LOINC_CODES,
  type LoincCodeEntry,
  type LoincRole,
  type LoincVerification,
} from './loinc-codes';
export type {
  AssessmentExport,
  CarePlanExport,
  CheckInExport,
  FhirExportOptions,
  FlareEpisodeExport,
  GoalExport,
  InstrumentResponseExport,
  MedicationExport,
  PatientExport,
  PatientRecordExport,
  ProgrammeExport,
  SessionLogExport,
} from './record';
export {
  BACKPLAN_CODE_SYSTEM_URL,
  DEFAULT_FHIR_BASE_URL,
  EXERCISE_CATALOGUE_SYSTEM_URL,
  LOINC_SYSTEM_URL,
} from './systems';
