import { createNdjsonExport, exportPatientBundle, type NdjsonLines } from '@backplan/clinical/fhir/index';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { patients } from '../../db/schema';
import { appendAudit } from '../audit/repository';
import { toPatientRecordExport } from './record-export';
import { type PatientKey, patientKeys, patientRecordRows } from './repository';

/**
 * Exports for the operator's `backplan export` (no signed-in person: the command runs on the
 * server with database access). Every patient read still writes an audit row, with the actor
 * role `operator`, in the same transaction as the read.
 */

export interface OperatorExportOptions {
  readonly now: Date;
  /** The server's public URL; the FHIR base is `<publicUrl>/fhir/R4`. */
  readonly publicUrl: string;
}

function exportOptions(options: OperatorExportOptions) {
  return {
    generatedAt: options.now.toISOString(),
    fhirBaseUrl: `${options.publicUrl.replace(/\/+$/, '')}/fhir/R4`,
  };
}

function auditEntry(patient: PatientKey, resource: string, now: Date) {
  return {
    at: now,
    action: 'export',
    resource,
    outcome: 'allowed' as const,
    actorRole: 'operator',
    orgId: patient.orgId,
    patientId: patient.id,
  };
}

/** One patient's `$everything` Bundle, or null when no patient has this id. */
export async function operatorPatientBundle(db: Database, patientId: string, options: OperatorExportOptions) {
  return db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ orgId: patients.orgId, id: patients.id })
      .from(patients)
      .where(eq(patients.id, patientId))
      .limit(1);
    if (!patient) return null;
    await appendAudit(tx, auditEntry(patient, 'fhir-cli', options.now));
    const record = toPatientRecordExport(patient, await patientRecordRows(tx, patient), {
      includeName: true,
    });
    return exportPatientBundle(record, exportOptions(options));
  });
}

export interface BulkExportOptions extends OperatorExportOptions {
  /** Only this organisation's patients; all when absent. */
  readonly orgId?: string;
  /** Receives each patient's lines, then the shared resources; the caller writes the files. */
  readonly write: (lines: NdjsonLines) => Promise<void>;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The whole-clinic export, one patient per transaction. Bulk files are pseudonymous: patients
 * appear by id only, never by name.
 */
export async function operatorBulkExport(
  db: Database,
  options: BulkExportOptions,
): Promise<{ patients: number }> {
  const keys = await patientKeys(db, options.orgId);
  const bulk = createNdjsonExport(exportOptions(options));
  options.onProgress?.(0, keys.length);
  for (const [index, key] of keys.entries()) {
    const lines = await db.transaction(async (tx) => {
      await appendAudit(tx, auditEntry(key, 'fhir-bulk', options.now));
      return bulk.addPatient(
        toPatientRecordExport(key, await patientRecordRows(tx, key), { includeName: false }),
      );
    });
    await options.write(lines);
    options.onProgress?.(index + 1, keys.length);
  }
  await options.write(bulk.finish());
  return { patients: keys.length };
}
