export { importFhirResources } from './import-resources';
export type {
  FhirImportOptions,
  FhirImportRecords,
  FhirImportResult,
  ImportedCheckIn,
  ImportedInstrumentResponse,
  ResourceValidationIssue,
  SkippedResource,
} from './import-types';
