import type { MedicationEntry } from '@backplan/clinical/medications/index';
import type { Executor } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { dayOf } from './dates';
import { invalidField } from './field-error';
import { medicationReport, medicationView, profileOf } from './medication-report';
import { insertMedication, setMedicationStopped } from './medication-repository';
import { activeMedications, medicationEntry } from './patient-state';
import { assessmentsOf, careSettingsOf, medicationsOf, type PatientKey } from './record-repository';
import type { RecordRequest } from './record-service';
import { refreshSummary } from './refresh-summary';
import { recordedSafeguards } from './safety-facts';

/**
 * The medication list a clinician keeps: add, check before saving, stop. The
 * safety alerts are clinical.md §7.8 rules from the clinical package. A new
 * critical alert (one the list did not raise before) may be saved only with an
 * override reason, which is stored with the medicine. Nothing here advises the
 * patient to start, stop or change a drug.
 */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

export interface NewMedication {
  readonly drug: string;
  readonly dose: number;
  readonly unit: MedicationEntry['unit'];
  readonly frequency: MedicationEntry['frequency'];
  readonly route: MedicationEntry['route'];
  readonly maxDosesPerDay?: number | undefined;
  readonly startedOn: string;
}

function entryOf(input: NewMedication): MedicationEntry {
  if (input.frequency === 'as-needed' && input.maxDosesPerDay === undefined)
    throw invalidField('body.maxDosesPerDay', 'is required for a medicine taken as needed');
  return {
    drug: input.drug,
    dose: input.dose,
    unit: input.unit,
    frequency: input.frequency,
    route: input.route,
    asNeeded: input.frequency === 'as-needed',
    ...(input.maxDosesPerDay !== undefined ? { prnMaximumDosesPerDay: input.maxDosesPerDay } : {}),
    startDate: input.startedOn,
  };
}

async function loadList(tx: Executor, patient: PatientKey, today: string) {
  // One after another: a transaction is one connection, and node-postgres runs its queries in turn
  // anyway (issuing them together is deprecated and goes away in pg 9).
  const rows = await medicationsOf(tx, patient);
  const assessments = await assessmentsOf(tx, patient);
  const settings = await careSettingsOf(tx, patient);
  return {
    rows,
    active: activeMedications(rows, today),
    profile: profileOf({ assessments, today, settings }),
    safeguards: recordedSafeguards(settings),
  };
}

export function listMedications(ctx: Ctx, request: RecordRequest) {
  const today = dayOf(ctx.clock());
  return withPatientRecord(
    ctx,
    { ...request, action: 'read', resource: 'medications' },
    async (tx, patient) => {
      const { rows, active, profile, safeguards } = await loadList(tx, patient, today);
      const report = medicationReport(active.map(medicationEntry), profile, today, safeguards);
      return {
        medications: rows.map((row) => medicationView(row, report)),
        totalMmePerDay: report.totalMmePerDay,
        mmeComplete: report.complete,
        factorSet: report.factorSet,
        alerts: report.alerts,
      };
    },
  );
}

/** The MME and alerts the list would have with this medicine added; `newCritical` needs an override reason. */
async function preview(tx: Executor, patient: PatientKey, input: NewMedication, today: string) {
  const entry = entryOf(input);
  const { active, profile, safeguards } = await loadList(tx, patient, today);
  const current = active.map(medicationEntry);
  const before = medicationReport(current, profile, today, safeguards);
  const after = medicationReport([...current, entry], profile, today, safeguards);
  const had = new Set(before.alerts.map((alert) => alert.ruleId));
  const newAlerts = after.alerts.filter((alert) => !had.has(alert.ruleId));
  return {
    totalMmePerDay: after.totalMmePerDay,
    mmeComplete: after.complete,
    factorSet: after.factorSet,
    mmeBefore: before.totalMmePerDay,
    mmeByDrug: after.mmeByDrug,
    alerts: after.alerts,
    newAlertRuleIds: newAlerts.map((alert) => alert.ruleId),
    overrideRequired: newAlerts.some((alert) => alert.severity === 'critical'),
  };
}

export function checkMedication(ctx: Ctx, request: RecordRequest, input: NewMedication) {
  const today = dayOf(ctx.clock());
  return withPatientRecord(ctx, { ...request, action: 'check', resource: 'medications' }, (tx, patient) =>
    preview(tx, patient, input, today),
  );
}

export function addMedication(
  ctx: Ctx,
  request: RecordRequest,
  input: NewMedication & { overrideReason?: string | undefined },
) {
  const now = ctx.clock();
  const today = dayOf(now);
  return withPatientRecord(
    ctx,
    { ...request, action: 'create', resource: 'medications' },
    async (tx, patient) => {
      const checked = await preview(tx, patient, input, today);
      if (checked.overrideRequired && !input.overrideReason)
        throw invalidField(
          'body.overrideReason',
          `is required: saving raises a critical safety alert (${checked.newAlertRuleIds.join(', ')})`,
        );
      const row = await insertMedication(tx, patient, {
        drug: input.drug,
        dose: input.dose,
        unit: input.unit,
        frequency: input.frequency,
        route: input.route,
        prnMaxDosesPerDay: input.maxDosesPerDay ?? null,
        startedOn: input.startedOn,
        recordedBy: 'clinician',
        overrideReason: checked.overrideRequired ? (input.overrideReason ?? null) : null,
        createdBy: request.principal.userId,
        createdAt: now,
      });
      await refreshSummary(tx, patient, today);
      return { medicationId: row.id, ...checked };
    },
  );
}

export interface StopMedication {
  readonly stoppedOn: string;
  readonly reason: string;
  /** How the trial went; the engine's medication tiers read it (clinical.md §0). */
  readonly trialOutcome?: 'failed' | 'not-tolerated' | 'contraindicated' | 'helped' | undefined;
}

export function stopMedication(
  ctx: Ctx,
  request: RecordRequest,
  medicationId: string,
  input: StopMedication,
) {
  const today = dayOf(ctx.clock());
  if (input.stoppedOn > today) throw invalidField('body.stoppedOn', 'must not be in the future');
  return withPatientRecord(
    ctx,
    { ...request, action: 'update', resource: 'medications' },
    async (tx, patient) => {
      const rows = await medicationsOf(tx, patient);
      const found = rows.find((row) => row.id === medicationId);
      if (!found) throw notFound('There is no such medicine in this patient’s list.');
      if (found.stoppedOn !== null) throw conflict('This medicine is already recorded as stopped.');
      if (input.stoppedOn < found.startedOn)
        throw invalidField('body.stoppedOn', 'must not be before the start date');
      await setMedicationStopped(tx, patient, medicationId, {
        stoppedOn: input.stoppedOn,
        stopReason: input.reason,
        trialOutcome: input.trialOutcome ?? null,
      });
      await refreshSummary(tx, patient, today);
      return { medicationId, stoppedOn: input.stoppedOn };
    },
  );
}
