import type { Bundle, BundleEntry, Questionnaire, Resource } from '@medplum/fhirtypes';
import type { InstrumentId } from '../instruments/types';
import { backplanCodeSystem } from './backplan-code-system';
import {
  assessmentConditions,
  assessmentFlags,
  assessmentRiskAssessments,
  lowBackPainConditionId,
} from './map-assessment';
import { carePlansToFhir, goalToFhir } from './map-care';
import { checkInToObservations, flareEpisodeToObservation, sessionLogToObservation } from './map-diary';
import { instrumentQuestionnaire, instrumentResponseToFhir } from './map-instruments';
import { medicationToFhir } from './map-medications';
import { patientToFhir } from './map-patient';
import { type DataOrigin, provenanceForOrigins } from './map-provenance';
import type { FhirExportOptions, PatientRecordExport } from './record';
import { patientReference, reference } from './references';
import { DEFAULT_FHIR_BASE_URL } from './systems';

/** FHIR `instant`: a full dateTime with seconds and a zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export interface PatientResources {
  /** The patient's own resources (the Patient compartment), Patient first. */
  readonly matches: readonly Resource[];
  /** Resources they refer to by canonical URL: the Questionnaires of the completed forms. */
  readonly includes: readonly Questionnaire[];
}

function checkOptions(options: FhirExportOptions): void {
  if (!INSTANT.test(options.generatedAt)) {
    throw new RangeError(
      `generatedAt "${options.generatedAt}" must be an ISO dateTime with seconds and a zone`,
    );
  }
}

/**
 * Every FHIR resource of one patient's record. A deleted account exports nothing: its
 * pseudonymous records stay in the database for audit but never leave it.
 */
export function collectPatientResources(
  record: PatientRecordExport,
  options: FhirExportOptions,
): PatientResources {
  checkOptions(options);
  if (record.patient.accountDeleted) return { matches: [], includes: [] };
  const patient = patientToFhir(record.patient);
  const subject = patientReference(record.patient.id);
  const origins = new Map<DataOrigin, Resource[]>([
    ['patient', []],
    ['clinician', []],
    ['import', []],
    ['backplan', []],
  ]);
  const attribute = (origin: DataOrigin, resources: readonly Resource[]): void => {
    origins.get(origin)?.push(...resources);
  };

  const conditions = assessmentConditions(record.patient.id, record.assessments, subject);
  const lowBackPain =
    conditions.length === 0 ? null : { reference: `Condition/${lowBackPainConditionId(record.patient.id)}` };
  const flags = assessmentFlags(record.assessments, subject);
  attribute('backplan', [...conditions, ...flags]);

  const context = {
    subject,
    includeStartBackItemText: options.includeStartBackItemText ?? false,
    ...(options.questionnaireBase === undefined ? {} : { questionnaireBase: options.questionnaireBase }),
  };
  const answered = new Set<InstrumentId>();
  const startBackFormDays = new Set<string>();
  const forms = [...record.instrumentResponses]
    .sort((a, b) => a.answeredOn.localeCompare(b.answeredOn) || a.id.localeCompare(b.id))
    .flatMap((response) => {
      const mapped = instrumentResponseToFhir(response, context);
      if (mapped.questionnaireResponse !== null) answered.add(response.instrumentId);
      if (mapped.riskAssessment !== null) startBackFormDays.add(response.answeredOn);
      const resources: Resource[] = [
        ...(mapped.questionnaireResponse === null ? [] : [mapped.questionnaireResponse]),
        ...mapped.observations,
        ...(mapped.riskAssessment === null ? [] : [mapped.riskAssessment]),
      ];
      attribute(response.source, resources);
      return resources;
    });

  const recordedRisks = assessmentRiskAssessments(record.assessments, startBackFormDays, subject);
  attribute('backplan', recordedRisks);

  const diary: Resource[] = [
    ...record.checkIns.flatMap((checkIn) => checkInToObservations(checkIn, subject)),
    ...record.sessionLogs.map((log) => sessionLogToObservation(log, subject)),
    ...record.flareEpisodes.map((flare) => flareEpisodeToObservation(flare, subject)),
  ];
  attribute('patient', diary);

  const goals = record.goals.map((goal) => goalToFhir(goal, subject, lowBackPain));
  attribute('patient', goals);
  const activeGoals = goals
    .filter((goal) => goal.lifecycleStatus === 'active')
    .map((goal) => reference(goal));
  const carePlans = carePlansToFhir(record.carePlans, subject, lowBackPain, activeGoals);
  attribute('backplan', carePlans);

  const medications = record.medications.map((medication) => {
    const statement = medicationToFhir(medication, subject);
    attribute(medication.recordedBy, [statement]);
    return statement;
  });

  const provenance = provenanceForOrigins(record.patient.id, subject, options.generatedAt, origins);
  const questionnaires = [...answered].sort().map((id) => instrumentQuestionnaire(id, context));
  return {
    matches: [
      patient,
      ...conditions,
      ...flags,
      ...forms,
      ...recordedRisks,
      ...diary,
      ...carePlans,
      ...goals,
      ...medications,
      ...provenance,
    ],
    includes: questionnaires,
  };
}

function fullUrl(base: string, resource: Resource): string {
  return `${base}/${resource.resourceType}/${resource.id ?? ''}`;
}

/**
 * The patient's record as the Bundle `Patient/{id}/$everything` returns: a searchset whose
 * matches are the patient's resources and whose includes are the Questionnaires their responses
 * answer. A deleted account gives an empty Bundle.
 */
export function exportPatientBundle(record: PatientRecordExport, options: FhirExportOptions): Bundle {
  const { matches, includes } = collectPatientResources(record, options);
  const base = (options.fhirBaseUrl ?? DEFAULT_FHIR_BASE_URL).replace(/\/+$/, '');
  const entry =
    (mode: 'match' | 'include') =>
    (resource: Resource): BundleEntry => ({
      fullUrl: fullUrl(base, resource),
      resource,
      search: { mode },
    });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: options.generatedAt,
    total: matches.length,
    link: [{ relation: 'self', url: `${base}/Patient/${record.patient.id}/$everything` }],
    entry: [...matches.map(entry('match')), ...includes.map(entry('include'))],
  };
}

/** NDJSON lines (one JSON resource each) by resource type. */
export type NdjsonLines = Record<string, string[]>;

export interface NdjsonExport {
  /** The lines of one patient's record; a deleted account gives none. */
  addPatient(record: PatientRecordExport): NdjsonLines;
  /** The shared resources, once: the Questionnaires met so far and the BackPlan CodeSystem. */
  finish(): NdjsonLines;
}

function linesByType(resources: readonly Resource[]): NdjsonLines {
  const lines: NdjsonLines = {};
  for (const resource of resources) {
    const list = lines[resource.resourceType] ?? [];
    list.push(JSON.stringify(resource));
    lines[resource.resourceType] = list;
  }
  return lines;
}

/**
 * Whole-clinic export in the Bulk Data style, one patient at a time so a caller can stream the
 * files and show progress. Deleted accounts are left out; Questionnaires appear once, and the
 * BackPlan CodeSystem is included so the files explain their own local codes.
 */
export function createNdjsonExport(options: FhirExportOptions): NdjsonExport {
  const questionnaires = new Map<string, Questionnaire>();
  return {
    addPatient(record) {
      const { matches, includes } = collectPatientResources(record, options);
      for (const questionnaire of includes) questionnaires.set(questionnaire.id ?? '', questionnaire);
      return linesByType(matches);
    },
    finish() {
      return linesByType([...questionnaires.values(), backplanCodeSystem()]);
    },
  };
}

/** `createNdjsonExport` in one call: one NDJSON text per resource type, each line one resource. */
export function exportNdjson(
  records: Iterable<PatientRecordExport>,
  options: FhirExportOptions,
): Record<string, string> {
  const bulk = createNdjsonExport(options);
  const all: NdjsonLines = {};
  const append = (lines: NdjsonLines): void => {
    for (const [type, list] of Object.entries(lines)) {
      const collected = all[type] ?? [];
      for (const line of list) collected.push(line);
      all[type] = collected;
    }
  };
  for (const record of records) append(bulk.addPatient(record));
  append(bulk.finish());
  return Object.fromEntries(Object.entries(all).map(([type, list]) => [type, `${list.join('\n')}\n`]));
}
