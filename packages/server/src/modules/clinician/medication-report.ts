import {
  type ClinicalProfile,
  computeMme,
  type MedicationEntry,
  medicationSafetyAlerts,
  type OpioidSafeguards,
} from '@backplan/clinical/medications/index';
import type { DecisionCard } from '@backplan/clinical/stepped-care/index';
import { medicationEntry } from './patient-state';
import type { MedicationFields } from './record-repository';

/**
 * MME per medicine and in total (CDC 2022 factors, clinical.md §2.3) and the
 * safety alerts of clinical.md §7.8, computed by the clinical package. The
 * server only shapes them for display.
 */

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
  safeguards?: OpioidSafeguards,
): MedicationReport {
  const mme = computeMme(entries, profile ?? undefined);
  const alerts = profile
    ? medicationSafetyAlerts({ medications: entries, profile, today, ...(safeguards ? { safeguards } : {}) })
    : mme.alerts;
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

export function medicationView(row: MedicationFields, report: MedicationReport) {
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
    stopReason: row.stopReason,
    trialOutcome: row.trialOutcome,
    mmePerDay: report.mmeByDrug.find((line) => line.drug === row.drug)?.mmePerDay ?? null,
  };
}

export { profileOf } from './safety-facts';
export { medicationEntry };
