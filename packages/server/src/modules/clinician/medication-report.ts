import {
  type ClinicalProfile,
  clinicalProfileSchema,
  computeMme,
  type MedicationEntry,
  medicationSafetyAlerts,
} from '@backplan/clinical/medications/index';
import type { DecisionCard } from '@backplan/clinical/stepped-care/index';
import { daysBetween } from './dates';
import { medicationEntry } from './patient-state';
import type { MedicationRow } from './record-repository';
import type { RecordSnapshot } from './record-snapshot';

/**
 * MME per medicine and in total (CDC 2022 factors, clinical.md §2.3) and the
 * safety alerts of clinical.md §7.8, computed by the clinical package. The
 * server only shapes them for display.
 */

/** The facts the medication rules need; only age is recorded today, every other condition reads as absent. */
export function profileOf(snapshot: Pick<RecordSnapshot, 'assessments' | 'today'>): ClinicalProfile | null {
  const assessment = snapshot.assessments.at(-1);
  const intake = (assessment?.intake ?? {}) as { ageYears?: unknown };
  if (!assessment || typeof intake.ageYears !== 'number') return null;
  const age = intake.ageYears + Math.floor(daysBetween(assessment.assessedOn, snapshot.today) / 365.25);
  const parsed = clinicalProfileSchema.safeParse({ age });
  return parsed.success ? parsed.data : null;
}

export interface MedicationReport {
  readonly totalMmePerDay: number;
  readonly complete: boolean;
  readonly factorSet: string;
  readonly mmeByDrug: { drug: string; mmePerDay: number | null; explanation: string }[];
  readonly alerts: DecisionCard[];
}

export function medicationReport(
  entries: readonly MedicationEntry[],
  profile: ClinicalProfile | null,
  today: string,
): MedicationReport {
  const mme = computeMme(entries, profile ?? undefined);
  const alerts = profile ? medicationSafetyAlerts({ medications: entries, profile, today }) : mme.alerts;
  return {
    totalMmePerDay: mme.totalMmePerDay,
    complete: mme.complete,
    factorSet: mme.factorSet,
    mmeByDrug: mme.lines.map((line) => ({
      drug: line.drug,
      mmePerDay: line.mmePerDay,
      explanation: line.explanation,
    })),
    alerts,
  };
}

export function medicationView(row: MedicationRow, report: MedicationReport) {
  return {
    id: row.id,
    drug: row.drug,
    dose: row.dose,
    unit: row.unit,
    frequency: row.frequency,
    route: row.route,
    maxDosesPerDay: row.prnMaxDosesPerDay,
    startedOn: row.startedOn,
    stoppedOn: row.stoppedOn,
    recordedBy: row.recordedBy,
    overrideReason: row.overrideReason,
    mmePerDay: report.mmeByDrug.find((line) => line.drug === row.drug)?.mmePerDay ?? null,
  };
}

export { medicationEntry };
