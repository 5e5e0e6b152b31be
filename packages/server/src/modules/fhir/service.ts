import {
  exportPatientBundle,
  type FhirImportResult,
  importFhirResources,
} from '@backplan/clinical/fhir/index';
import { withPatientRecord } from '../audit/patient-data';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { storeImportedRecords } from './import-store';
import { toPatientRecordExport } from './record-export';
import { patientRecordRows } from './repository';

type Bundle = ReturnType<typeof exportPatientBundle>;
export type OperationOutcome = Extract<FhirImportResult, { ok: false }>['outcome'];

/** The FHIR base this server answers at, for `Bundle.entry.fullUrl`. */
export function fhirBaseUrl(ctx: Pick<ServiceContext, 'settings'>): string {
  return `${ctx.settings.publicUrl.replace(/\/+$/, '')}/fhir/R4`;
}

/**
 * `Patient/{id}/$everything`: the patient's whole record as a FHIR Bundle, through the one
 * audited path to patient data (the patient themselves, or a clinician of a clinic they share with).
 */
export async function exportEverything(
  ctx: Pick<ServiceContext, 'db' | 'clock' | 'settings'>,
  access: { readonly principal: Principal; readonly meta: RequestMeta; readonly patientId: string },
): Promise<Bundle> {
  return withPatientRecord(
    ctx,
    { ...access, action: 'export', resource: 'fhir-everything' },
    async (tx, patient) => {
      const rows = await patientRecordRows(tx, patient);
      const record = toPatientRecordExport(patient, rows, { includeName: true });
      return exportPatientBundle(record, {
        generatedAt: ctx.clock().toISOString(),
        fhirBaseUrl: fhirBaseUrl(ctx),
      });
    },
  );
}

export function outcome(
  severity: 'error' | 'information',
  code: OperationOutcome['issue'][number]['code'],
  diagnostics: string,
  expression?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      { severity, code, diagnostics, ...(expression === undefined ? {} : { expression: [expression] }) },
    ],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The BackPlan patient id a subject reference names (`Patient/<id>`, relative or absolute), if any. */
export function patientIdOf(subject: string): string | null {
  const match = /(?:^|\/)Patient\/([^/]+)$/.exec(subject);
  const id = match?.[1];
  return id !== undefined && UUID.test(id) ? id : null;
}

export type ImportResponse = { readonly status: 200 | 400; readonly body: OperationOutcome };

/**
 * `POST /fhir/R4`: validates the whole input first (clinical `importFhirResources`); on any
 * problem answers 400 with the OperationOutcome and writes nothing. Otherwise stores the records
 * in one audited transaction for the patient named by `?patient=`, else by the resources'
 * subject, else the signed-in patient's own record.
 */
export async function importFhir(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  access: {
    readonly principal: Principal;
    readonly meta: RequestMeta;
    readonly targetPatientId: string | undefined;
  },
  input: unknown,
): Promise<ImportResponse> {
  const result = importFhirResources(input);
  if (!result.ok) return { status: 400, body: result.outcome };
  const { records } = result;
  const fromSubject = records.subject === null ? null : patientIdOf(records.subject);
  if (access.targetPatientId === undefined && records.subject !== null && fromSubject === null) {
    return {
      status: 400,
      body: outcome(
        'error',
        'not-found',
        `${records.subject} is not a BackPlan patient; name the patient to import into with ?patient=<id>`,
        'subject.reference',
      ),
    };
  }
  const patientId = access.targetPatientId ?? fromSubject ?? access.principal.patient?.id;
  if (patientId === undefined) {
    return {
      status: 400,
      body: outcome('error', 'required', 'Name the patient to import into with ?patient=<id>'),
    };
  }
  const stored = await withPatientRecord(
    ctx,
    { principal: access.principal, meta: access.meta, patientId, action: 'import', resource: 'fhir' },
    (tx, patient) => storeImportedRecords(tx, patient, records, ctx.clock()),
  );
  const notes = [
    `Stored ${stored.instrumentResponses} questionnaire response(s) and ${stored.checkIns} check-in(s) for Patient/${patientId}.`,
    stored.alreadyImported > 0
      ? `${stored.alreadyImported} response(s) had been imported before and were not stored again.`
      : '',
    stored.checkInDaysKept.length > 0
      ? `Kept the existing check-ins of ${stored.checkInDaysKept.join(', ')}.`
      : '',
    stored.checkInDaysWithoutPain.length > 0
      ? `No check-in stored for ${stored.checkInDaysWithoutPain.join(', ')}: a check-in needs a pain score.`
      : '',
    records.skipped.length > 0 ? `${records.skipped.length} resource(s) were read but are not imported.` : '',
  ].filter((note) => note.length > 0);
  return { status: 200, body: outcome('information', 'informational', notes.join(' ')) };
}
