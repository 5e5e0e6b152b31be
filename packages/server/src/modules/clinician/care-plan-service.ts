import { EXERCISE_CATALOGUE } from '@backplan/clinical/exercise/index';
import type { Executor } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { insertCarePlanVersion, upsertPtVisits } from './care-plan-repository';
import { planComponents, programmeOf, withProgramme } from './care-plan-shape';
import { dayOf } from './dates';
import { invalidField } from './field-error';
import { applyPlanEdit, describeItems, type PlanEdit } from './plan-edits';
import { type CarePlanRow, careSettingsOf, latestCarePlan, type PatientKey } from './record-repository';
import type { RecordRequest } from './record-service';
import { refreshSummary } from './refresh-summary';

/** Care-plan editing: every change is a new version with the clinician's reason (CareKit, products.md §7). */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

function planView(
  plan: CarePlanRow,
  settings: { ptVisitsAuthorised: number | null; ptVisitsUsed: number } | null,
) {
  const programme = programmeOf(plan);
  return {
    version: plan.version,
    step: plan.step,
    stepStartedOn: plan.stepStartedOn,
    effectiveFrom: plan.effectiveFrom,
    reason: plan.reason,
    components: planComponents(plan).map((c) => c.kind),
    programme: {
      level: programme.level,
      directionalPreference: programme.directionalPreference,
      sessionDays: [...programme.sessionDays],
      estimatedMinutes: programme.estimatedMinutes,
      items: describeItems(programme.items),
    },
    physiotherapy: {
      visitsAuthorised: settings?.ptVisitsAuthorised ?? null,
      visitsUsed: settings?.ptVisitsUsed ?? 0,
    },
  };
}

export function currentCarePlan(ctx: Ctx, request: RecordRequest) {
  return withPatientRecord(
    ctx,
    { ...request, action: 'read', resource: 'care-plan' },
    async (tx, patient) => {
      const plan = await latestCarePlan(tx, patient);
      return { carePlan: plan ? planView(plan, await careSettingsOf(tx, patient)) : null };
    },
  );
}

/** The exercise catalogue for the plan editor's pickers (no patient data). */
export function exerciseChoices() {
  return {
    exercises: EXERCISE_CATALOGUE.map((e) => ({ id: e.id, name: e.name, group: e.group, level: e.level })),
  };
}

const noPlan = () =>
  notFound('This patient has no care plan yet: the intake assessment makes the first one.');

/** Writes the next version; two clinicians editing at once cannot both write version n + 1. */
async function nextVersion(
  tx: Executor,
  patient: PatientKey,
  plan: CarePlanRow,
  values: { programme: unknown; reason: string; createdBy: string; now: Date },
) {
  try {
    return await insertCarePlanVersion(tx, patient, {
      version: plan.version + 1,
      effectiveFrom: dayOf(values.now),
      step: plan.step,
      stepStartedOn: plan.stepStartedOn,
      components: plan.components,
      programme: values.programme,
      reason: values.reason,
      createdBy: values.createdBy,
      createdAt: values.now,
    });
  } catch (error) {
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code === '23505')
      throw conflict('The care plan changed while you were editing it. Reload and try again.');
    throw error;
  }
}

export function editCarePlan(ctx: Ctx, request: RecordRequest, input: { change: PlanEdit; reason: string }) {
  const now = ctx.clock();
  return withPatientRecord(
    ctx,
    { ...request, action: 'update', resource: 'care-plan' },
    async (tx, patient) => {
      const plan = await latestCarePlan(tx, patient);
      if (!plan) throw noPlan();
      const applied = applyPlanEdit(programmeOf(plan), input.change);
      const row = await nextVersion(tx, patient, plan, {
        programme: withProgramme(plan.programme, applied),
        reason: `${applied.description}: ${input.reason}`,
        createdBy: request.principal.userId,
        now,
      });
      await refreshSummary(tx, patient, dayOf(now));
      return { carePlan: planView(row, await careSettingsOf(tx, patient)) };
    },
  );
}

export function setPtVisits(
  ctx: Ctx,
  request: RecordRequest,
  input: { visitsAuthorised: number; visitsUsed: number; reason: string },
) {
  const now = ctx.clock();
  if (input.visitsUsed > input.visitsAuthorised)
    throw invalidField('body.visitsUsed', 'must not be more than visitsAuthorised');
  return withPatientRecord(
    ctx,
    { ...request, action: 'update', resource: 'care-plan' },
    async (tx, patient) => {
      const plan = await latestCarePlan(tx, patient);
      if (!plan) throw noPlan();
      await upsertPtVisits(tx, patient, {
        ptVisitsAuthorised: input.visitsAuthorised,
        ptVisitsUsed: input.visitsUsed,
        updatedAt: now,
      });
      const row = await nextVersion(tx, patient, plan, {
        programme: plan.programme,
        reason: `Physiotherapy visits: ${input.visitsUsed} of ${input.visitsAuthorised} used: ${input.reason}`,
        createdBy: request.principal.userId,
        now,
      });
      await refreshSummary(tx, patient, dayOf(now));
      return { carePlan: planView(row, await careSettingsOf(tx, patient)) };
    },
  );
}
