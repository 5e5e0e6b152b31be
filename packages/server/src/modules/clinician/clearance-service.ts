import { type Assessment, assess, type Intake } from '@backplan/clinical/assessment/index';
import { and, desc, eq, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessments, users } from '../../db/schema';
import { conflict } from '../../errors';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import type { PatientRecord } from '../organisations/repository';
import { latestCarePlan } from '../patient-app/care-plan';
import { startFirstCarePlan } from '../patient-app/intake';
import { patientToday } from '../patient-app/own-record';
import { gatherFacts } from '../summaries/facts';
import { refreshPatientSummary } from '../summaries/refresh';
import { dayOf } from './dates';
import { invalidField } from './field-error';
import type { RecordRequest } from './record-service';

/**
 * A clinician's red-flag clearance (clinical.md §4.1 product rule: a red flag stops the
 * programme until a clinician has assessed the patient). The clinician has seen the patient
 * and ruled out the emergency; this records it on the patient's latest assessment and, in one
 * transaction:
 * - re-runs the clinical assessment with a `clinicianClearance` for each open emergency or
 *   urgent flag, so the stored result says the flag is cleared, by whom and why;
 * - starts care plan version 1 (as the intake does) when the patient is now eligible and has
 *   no plan yet;
 * - refreshes the triage row, so check-in and flare red flags dated on or before the
 *   clearance day stop counting (summaries/red-flags.ts); a later one raises priority 1 again.
 * PHQ-9 item 9 answers are NOT cleared here: they follow the separate safety workflow
 * (clinical.md §3.3).
 */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

export interface ClearanceInput {
  readonly assessmentId: string;
  readonly reason: string;
  readonly findings: string;
  readonly clearedOn?: string | undefined;
}

export const SELF_HARM_NOT_CLEARED =
  'PHQ-9 item 9 (self-harm) answers are not cleared by this: they follow the separate safety workflow (clinical.md §3.3).';

type AssessmentRow = typeof assessments.$inferSelect;

async function latestAssessmentOf(tx: Executor, patient: PatientRecord, today: string) {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.orgId, patient.orgId),
        eq(assessments.patientId, patient.id),
        lte(assessments.assessedOn, today),
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt))
    .limit(1);
  return row;
}

/** The clearance stored on an assessment, shaped for the clinician (null when none). */
export async function clearanceView(tx: Executor, row: AssessmentRow | undefined) {
  if (!row?.clearedAt) return null;
  const [by] = row.clearedBy
    ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.clearedBy)).limit(1)
    : [];
  return {
    assessmentId: row.id,
    clearedAt: row.clearedAt.toISOString(),
    clearedOn: row.clearedAt.toISOString().slice(0, 10),
    clearedBy: by?.name ?? null,
    reason: row.clearanceReason,
    findings: row.clearanceFindings,
  };
}

/** What the record page needs to offer a clearance: the active red flag and the last clearance. */
export async function redFlagStatus(tx: Executor, patient: PatientRecord, today: string) {
  const latest = await latestAssessmentOf(tx, patient, today);
  const facts = await gatherFacts(tx, patient.orgId, patient.id, today);
  return {
    active: facts.redFlag,
    assessmentId: latest?.id ?? null,
    clearance: await clearanceView(tx, latest),
  };
}

/** Open emergency or urgent flags of a stored assessment, as clinician clearances. */
function clearancesFor(result: Assessment, clearedOn: string, clearedBy: string, reason: string) {
  return result.redFlags
    .filter((flag) => !flag.cleared && (flag.action === 'emergency' || flag.action === 'urgent'))
    .map((flag) => ({ condition: flag.condition, clearedAction: flag.action, clearedOn, clearedBy, reason }));
}

/**
 * When the clearance counts from: now if it is dated today (a check-in stored later today is a
 * new report), else the end of its day (everything dated that day was before the clinician).
 */
function clearanceTime(clearedOn: string, today: string, now: Date): Date {
  return clearedOn === today ? now : new Date(`${clearedOn}T23:59:59.999Z`);
}

export async function recordClearance(ctx: Ctx, request: RecordRequest, input: ClearanceInput) {
  const now = ctx.clock();
  const today = dayOf(now);
  const clearedOn = input.clearedOn ?? today;
  if (clearedOn > today) throw invalidField('body.clearedOn', 'must not be in the future');
  return withPatientRecord(
    ctx,
    { ...request, action: 'clear', resource: 'red-flag' },
    async (tx, patient) => {
      const [named] = await tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(
          and(
            eq(assessments.orgId, patient.orgId),
            eq(assessments.patientId, patient.id),
            eq(assessments.id, input.assessmentId),
          ),
        )
        .limit(1);
      if (!named) throw invalidField('body.assessmentId', 'is not an assessment of this patient');
      const latest = await latestAssessmentOf(tx, patient, today);
      if (!latest || latest.id !== input.assessmentId) {
        throw conflict('A later assessment exists: record the clearance on the latest one.');
      }
      if (clearedOn < latest.assessedOn) {
        throw invalidField('body.clearedOn', `must not be before the assessment (${latest.assessedOn})`);
      }
      const before = await gatherFacts(tx, patient.orgId, patient.id, today);
      if (!before.redFlag) {
        throw conflict(`There is no active red flag to clear. ${SELF_HARM_NOT_CLEARED}`);
      }

      const stored = latest.result as Assessment;
      const clearances = clearancesFor(stored, clearedOn, request.principal.displayName, input.reason);
      let intake = latest.intake as Intake;
      let result = stored;
      if (clearances.length > 0) {
        intake = { ...intake, clinicianClearance: [...(intake.clinicianClearance ?? []), ...clearances] };
        result = assess(intake);
      }
      await tx
        .update(assessments)
        .set({
          intake,
          result,
          clearedAt: clearanceTime(clearedOn, today, now),
          clearedBy: request.principal.userId,
          clearanceReason: input.reason,
          clearanceFindings: input.findings,
        })
        .where(and(eq(assessments.orgId, patient.orgId), eq(assessments.id, latest.id)));

      let carePlanVersion = (await latestCarePlan(tx, patient))?.version ?? null;
      let carePlanStarted = false;
      if (result.programmeEligibility.eligible && carePlanVersion === null) {
        const plan = await startFirstCarePlan(tx, patient, result, {
          startDate: patientToday(patient, now),
          reason: 'First plan, started after your care team reviewed the warning sign from your intake.',
          createdBy: request.principal.userId,
          conflictMessage: 'The plan was just started by another request.',
        });
        if (plan) {
          carePlanVersion = plan.version;
          carePlanStarted = true;
        }
      }
      const summary = await refreshPatientSummary(tx, patient.orgId, patient.id, today);
      const [updated] = await tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.orgId, patient.orgId), eq(assessments.id, latest.id)))
        .limit(1);
      return {
        clearance: await clearanceView(tx, updated),
        cleared: {
          previous: before.redFlag,
          assessmentFlags: clearances.map((c) => ({ condition: c.condition, action: c.clearedAction })),
        },
        programmeEligible: result.programmeEligibility.eligible,
        carePlanVersion,
        carePlanStarted,
        triage: { priority: summary.triagePriority, reasons: [...summary.triageReasons] },
        selfHarmFlag: summary.selfHarmFlag,
        note: SELF_HARM_NOT_CLEARED,
      };
    },
  );
}
