import { type Assessment, assess, type Intake } from '@backplan/clinical/assessment/index';
import { generateProgramme } from '@backplan/clinical/exercise/generator';
import { isInstrumentId } from '@backplan/clinical/instruments/index';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessments, intakeDrafts } from '../../db/schema';
import { badRequest, conflict } from '../../errors';
import type { PatientRecord } from '../organisations/repository';
import { emergencyFeaturesInDraft } from '../summaries/intake-draft-flags';
import { refreshPatientSummary } from '../summaries/refresh';
import { carePlanView, componentsFor, insertNextVersion, latestCarePlan } from './care-plan';
import { insertInstrumentResponse } from './instrument-store';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { crisisResources } from './patient-messages';
import { type Lang, langOf, URGENT_MESSAGES_ES } from './spanish';

/**
 * The intake: validated by the clinical intakeSchema (route), assessed with
 * `assess`, stored with its questionnaire responses, and — when no red flag
 * blocks it (clinical.md §4.1 product rule) — turned into care plan version 1
 * by the clinical programme generator.
 */
type AssessmentRow = typeof assessments.$inferSelect;

const RHEUMATOLOGY_ES =
  'Te recomendamos ver a un reumatólogo (especialista en articulaciones). No es urgente y puedes seguir con tu plan.';

export function assessmentView(row: AssessmentRow, lang: Lang = 'en') {
  const result = row.result as Assessment;
  const open = result.redFlags.filter((flag) => !flag.cleared);
  const blocking =
    open.find((flag) => flag.action === 'emergency') ?? open.find((flag) => flag.action === 'urgent');
  const blocked = !result.programmeEligibility.eligible && row.clearedAt === null && blocking !== undefined;
  return {
    id: row.id,
    kind: row.kind,
    assessedOn: row.assessedOn,
    eligible: !blocked,
    urgentAction: blocked
      ? {
          level: blocking.action === 'emergency' ? ('emergency' as const) : ('urgent' as const),
          whatToDoNow:
            lang === 'es'
              ? URGENT_MESSAGES_ES[blocking.action === 'emergency' ? 'emergency' : 'urgent']
              : blocking.patientAction,
          careTeamTold: true,
        }
      : null,
    referrals: open
      .filter((flag) => flag.action === 'rheumatology-referral')
      .map((flag) => (lang === 'es' ? RHEUMATOLOGY_ES : flag.patientAction)),
    phenotype: result.phenotype,
    riskGroup: result.riskGroup,
    baseline: { pain: result.baseline.painNrs ?? null, peg: result.baseline.peg ?? null },
    selfHarmSafetyFlag: result.mood.selfHarmSafetyFlag,
  };
}

async function storeAssessment(
  tx: Executor,
  patient: PatientRecord,
  intake: Intake,
  kind: 'intake' | 'reassessment',
  createdBy: string,
) {
  const result = assess(intake);
  for (const [instrumentId, answers] of Object.entries(intake.instruments)) {
    if (answers === undefined || !isInstrumentId(instrumentId)) continue;
    await insertInstrumentResponse(tx, patient, {
      instrumentId,
      answers,
      day: intake.assessedOn,
      source: 'patient',
      idempotencyKey: null,
      field: `body.instruments.${instrumentId}`,
    });
  }
  const [row] = await tx
    .insert(assessments)
    .values({
      orgId: patient.orgId,
      patientId: patient.id,
      kind,
      assessedOn: intake.assessedOn,
      intake,
      result,
      createdBy,
    })
    .returning();
  if (!row) throw new Error('assessment insert returned no row');
  return { row, result };
}

/**
 * Care plan version 1 from an eligible assessment: the programme generator's programme and the
 * stepped-care components, starting on `startDate`. Used by the intake and by a clinician's
 * red-flag clearance (modules/clinician/clearance-service.ts). Undefined when the generator
 * returns no programme; 409 when another request wrote version 1 first.
 */
export async function startFirstCarePlan(
  tx: Executor,
  patient: PatientRecord,
  result: Assessment,
  options: { startDate: string; reason: string; createdBy: string; conflictMessage: string },
) {
  const programme = generateProgramme(result, {}, { startDate: options.startDate });
  if (programme.kind !== 'programme') return undefined;
  const plan = await insertNextVersion(tx, patient, undefined, {
    effectiveFrom: options.startDate,
    step: 1,
    stepStartedOn: options.startDate,
    components: componentsFor(result, options.startDate),
    programme: { ...programme, progression: { brokenWeeksInARow: 0, lastWeekEvaluated: null } },
    reason: options.reason,
    createdBy: options.createdBy,
  });
  if (!plan) throw conflict(options.conflictMessage);
  return plan;
}

export async function submitIntake(request: PatientRequest, intake: Intake) {
  const now = request.ctx.clock();
  return own(request, 'create', 'assessment', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(intake.assessedOn, today, 'body.assessedOn');
    if (await latestCarePlan(tx, patient)) {
      throw conflict('Your intake is done and your plan has started. Use the reassessment when it is due.');
    }
    const { row, result } = await storeAssessment(tx, patient, intake, 'intake', request.principal.userId);
    const lang = langOf(request.principal.language);
    const view = assessmentView(row, lang);
    let carePlan = null;
    if (view.eligible) {
      const plan = await startFirstCarePlan(tx, patient, result, {
        startDate: intake.assessedOn,
        reason: 'First plan, made from your intake answers.',
        createdBy: request.principal.userId,
        conflictMessage: 'Your plan was just started from another device.',
      });
      if (plan) carePlan = carePlanView(plan, lang);
    }
    await tx
      .delete(intakeDrafts)
      .where(and(eq(intakeDrafts.orgId, patient.orgId), eq(intakeDrafts.patientId, patient.id)));
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return {
      assessment: view,
      carePlan,
      crisisResources: result.mood.selfHarmSafetyFlag
        ? crisisResources(langOf(request.principal.language))
        : null,
    };
  });
}

/** The week-6 or week-12 reassessment: stored and summarised; the plan is the clinician's to change. */
export async function submitReassessment(request: PatientRequest, intake: Intake) {
  const now = request.ctx.clock();
  return own(request, 'create', 'assessment', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(intake.assessedOn, today, 'body.assessedOn');
    const plan = await latestCarePlan(tx, patient);
    if (!plan) throw conflict('Please finish your intake first.');
    const { row, result } = await storeAssessment(
      tx,
      patient,
      intake,
      'reassessment',
      request.principal.userId,
    );
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return {
      assessment: assessmentView(row, langOf(request.principal.language)),
      carePlan: carePlanView(plan, langOf(request.principal.language)),
      crisisResources: result.mood.selfHarmSafetyFlag
        ? crisisResources(langOf(request.principal.language))
        : null,
    };
  });
}

export async function latestAssessment(request: PatientRequest) {
  return own(request, 'read', 'assessment', async (tx, patient) => {
    const [row] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.orgId, patient.orgId), eq(assessments.patientId, patient.id)))
      .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt))
      .limit(1);
    return { assessment: row ? assessmentView(row, langOf(request.principal.language)) : null };
  });
}

export async function currentCarePlan(request: PatientRequest) {
  return own(request, 'read', 'care-plan', async (tx, patient) => {
    const plan = await latestCarePlan(tx, patient);
    return { carePlan: plan ? carePlanView(plan, langOf(request.principal.language)) : null };
  });
}

/** The wizard's draft: one per patient, replaced on every save (64 KB at most). */
export const MAX_DRAFT_BYTES = 64 * 1024;

export async function saveIntakeDraft(
  request: PatientRequest,
  draft: { answers: Record<string, unknown>; screen: number },
) {
  const now = request.ctx.clock();
  if (Buffer.byteLength(JSON.stringify(draft.answers)) > MAX_DRAFT_BYTES) {
    throw badRequest('The draft is too large.', [{ path: 'body.answers', message: 'must be at most 64 KB' }]);
  }
  return own(request, 'update', 'intake-draft', async (tx, patient) => {
    const values = { answers: draft.answers, screen: draft.screen, updatedAt: now };
    await tx
      .insert(intakeDrafts)
      .values({ orgId: patient.orgId, patientId: patient.id, ...values })
      .onConflictDoUpdate({ target: [intakeDrafts.orgId, intakeDrafts.patientId], set: values });
    // The wizard stops on a cauda equina "yes" before the intake is finished; the
    // rollup reads the draft, so the care team sees the emergency at the top of
    // their panel now (clinical.md §4.1 product rule: notify the clinician).
    const emergency = emergencyFeaturesInDraft(draft.answers).length > 0;
    if (emergency) await refreshPatientSummary(tx, patient.orgId, patient.id, patientToday(patient, now));
    const sharesWithClinic = patient.sharingConsentedAt !== null && patient.sharingRevokedAt === null;
    return {
      draft: { answers: draft.answers, screen: draft.screen, savedAt: now.toISOString() },
      careTeamTold: emergency && sharesWithClinic,
    };
  });
}

export async function loadIntakeDraft(request: PatientRequest) {
  return own(request, 'read', 'intake-draft', async (tx, patient) => {
    const [row] = await tx
      .select()
      .from(intakeDrafts)
      .where(and(eq(intakeDrafts.orgId, patient.orgId), eq(intakeDrafts.patientId, patient.id)))
      .limit(1);
    return {
      draft: row
        ? {
            answers: row.answers as Record<string, unknown>,
            screen: row.screen,
            savedAt: row.updatedAt.toISOString(),
          }
        : null,
    };
  });
}
