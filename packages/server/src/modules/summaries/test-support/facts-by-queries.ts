import { addDays, daysBetween } from '@backplan/clinical/careplan/calendar';
import { PHQ9_SELF_HARM_ITEM_ID } from '@backplan/clinical/instruments/index';
import {
  classifyMeaningfulChange,
  computeAdherence,
  rollingSevenDayMeanPain,
} from '@backplan/clinical/outcomes/index';
import { and, asc, count, desc, eq, gte, isNull, lte, max, min } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import {
  assessments,
  careDecisions,
  carePlans,
  checkIns,
  flareEpisodes,
  instrumentResponses,
  intakeDrafts,
  messages,
  sessionLogs,
} from '../../../db/schema';
import type { SummaryFacts } from '../facts';
import { emergencyFeaturesInDraft } from '../intake-draft-flags';
import { mostSeriousRedFlag } from '../red-flags';
import type { TriageFacts } from '../triage';
import {
  ADHERENCE_WINDOW_DAYS,
  adherenceRecords,
  CHECK_IN_WINDOW_DAYS,
  REASSESSMENT_EARLY_DAYS,
  REVIEW_WEEKS,
  type StoredFlareLogEntry,
  sessionDaysOf,
} from '../windows';

/**
 * THE ORACLE for facts.ts: the triage facts gathered the straightforward way,
 * one query per fact (how gatherFacts worked before it became one statement).
 * recompute.test.ts checks that both agree on random records. Gathers the triage facts for one patient with bounded queries: the last 28
 * days of check-ins, the latest assessment and PHQ-9, the open flare, the
 * current care-plan version, 14 days of session logs, unread messages and the
 * reassessment schedule. Every query is an indexed lookup or a short range.
 */

interface AssessmentResultShape {
  baseline?: { painNrs?: number; peg?: number };
  programmeEligibility?: { eligible?: boolean; requiredAction?: string | null };
  mood?: { phq9Item9?: number | null; selfHarmSafetyFlag?: boolean };
}

export async function gatherFactsByQueries(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<SummaryFacts> {
  const windowStart = addDays(today, -(CHECK_IN_WINDOW_DAYS - 1));
  const recentCheckIns = await tx
    .select({
      day: checkIns.day,
      pain: checkIns.pain,
      bbs: checkIns.newBladderBowelSaddleSymptoms,
      storedAt: checkIns.updatedAt,
    })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.orgId, orgId),
        eq(checkIns.patientId, patientId),
        gte(checkIns.day, windowStart),
        lte(checkIns.day, today),
      ),
    );
  const [lastCheckIn] = await tx
    .select({ day: max(checkIns.day) })
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.patientId, patientId), lte(checkIns.day, today)));

  const [latestAssessment] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.orgId, orgId),
        eq(assessments.patientId, patientId),
        lte(assessments.assessedOn, today),
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt))
    .limit(1);
  const [latestIntake] = await tx
    .select({ result: assessments.result })
    .from(assessments)
    .where(
      and(
        eq(assessments.orgId, orgId),
        eq(assessments.patientId, patientId),
        eq(assessments.kind, 'intake'),
        lte(assessments.assessedOn, today),
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt))
    .limit(1);
  const [clearance] = await tx
    .select({ at: max(assessments.clearedAt) })
    .from(assessments)
    .where(and(eq(assessments.orgId, orgId), eq(assessments.patientId, patientId)));
  const clearedOn = clearance?.at ? clearance.at.toISOString().slice(0, 10) : null;

  const [latestPhq9] = await tx
    .select({ answeredOn: instrumentResponses.answeredOn, answers: instrumentResponses.answers })
    .from(instrumentResponses)
    .where(
      and(
        eq(instrumentResponses.orgId, orgId),
        eq(instrumentResponses.patientId, patientId),
        eq(instrumentResponses.instrumentId, 'phq-9'),
        lte(instrumentResponses.answeredOn, today),
      ),
    )
    .orderBy(desc(instrumentResponses.answeredOn), desc(instrumentResponses.createdAt))
    .limit(1);

  const [openFlare] = await tx
    .select()
    .from(flareEpisodes)
    .where(
      and(
        eq(flareEpisodes.orgId, orgId),
        eq(flareEpisodes.patientId, patientId),
        isNull(flareEpisodes.endedOn),
      ),
    )
    .orderBy(desc(flareEpisodes.startedOn))
    .limit(1);
  const recentFlares = await tx
    .select({ startedOn: flareEpisodes.startedOn, endedOn: flareEpisodes.endedOn })
    .from(flareEpisodes)
    .where(
      and(
        eq(flareEpisodes.orgId, orgId),
        eq(flareEpisodes.patientId, patientId),
        lte(flareEpisodes.startedOn, today),
      ),
    )
    .orderBy(desc(flareEpisodes.startedOn))
    .limit(10);

  const [plan] = await tx
    .select({ step: carePlans.step, stepStartedOn: carePlans.stepStartedOn, programme: carePlans.programme })
    .from(carePlans)
    .where(
      and(
        eq(carePlans.orgId, orgId),
        eq(carePlans.patientId, patientId),
        lte(carePlans.effectiveFrom, today),
      ),
    )
    .orderBy(desc(carePlans.version))
    .limit(1);
  const [careStart] = await tx
    .select({ on: min(carePlans.effectiveFrom) })
    .from(carePlans)
    .where(and(eq(carePlans.orgId, orgId), eq(carePlans.patientId, patientId)));

  const adherenceFrom = addDays(today, -(ADHERENCE_WINDOW_DAYS - 1));
  const logs = await tx
    .select({ day: sessionLogs.day, completed: sessionLogs.completed })
    .from(sessionLogs)
    .where(
      and(
        eq(sessionLogs.orgId, orgId),
        eq(sessionLogs.patientId, patientId),
        gte(sessionLogs.day, adherenceFrom),
        lte(sessionLogs.day, today),
      ),
    )
    .orderBy(asc(sessionLogs.day));

  const [unread] = await tx
    .select({ n: count() })
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        eq(messages.patientId, patientId),
        eq(messages.fromPatient, true),
        isNull(messages.readAt),
      ),
    );
  const [lastDecision] = await tx
    .select({ at: max(careDecisions.decidedAt) })
    .from(careDecisions)
    .where(and(eq(careDecisions.orgId, orgId), eq(careDecisions.patientId, patientId)));
  const [lastReassessment] = await tx
    .select({ on: max(assessments.assessedOn) })
    .from(assessments)
    .where(
      and(
        eq(assessments.orgId, orgId),
        eq(assessments.patientId, patientId),
        eq(assessments.kind, 'reassessment'),
        lte(assessments.assessedOn, today),
      ),
    );

  const [draft] = await tx
    .select({ answers: intakeDrafts.answers, updatedAt: intakeDrafts.updatedAt })
    .from(intakeDrafts)
    .where(and(eq(intakeDrafts.orgId, orgId), eq(intakeDrafts.patientId, patientId)))
    .limit(1);

  const result = (latestAssessment?.result ?? {}) as AssessmentResultShape;
  const redFlag = mostSeriousRedFlag({
    assessment: latestAssessment
      ? {
          kind: latestAssessment.kind,
          assessedOn: latestAssessment.assessedOn,
          cleared: latestAssessment.clearedAt !== null,
          eligible: result.programmeEligibility?.eligible !== false,
          requiredAction: result.programmeEligibility?.requiredAction ?? null,
        }
      : null,
    clearedOn,
    clearedAt: clearance?.at ? clearance.at.toISOString() : null,
    checkIns: recentCheckIns.map((c) => ({
      day: c.day,
      newBladderBowelSaddleSymptoms: c.bbs,
      recordedAt: c.storedAt.toISOString(),
    })),
    openFlareLog: (openFlare?.log ?? []) as StoredFlareLogEntry[],
    intakeDraft: draft
      ? {
          savedOn: draft.updatedAt.toISOString().slice(0, 10),
          emergencyFeatures: emergencyFeaturesInDraft((draft.answers ?? {}) as Record<string, unknown>),
        }
      : null,
  });

  // PHQ-9 item 9: the most recent answer wins, from a questionnaire or the assessment.
  const fromQuestionnaire = latestPhq9
    ? {
        on: latestPhq9.answeredOn,
        item9: Number((latestPhq9.answers as Record<string, unknown>)[PHQ9_SELF_HARM_ITEM_ID] ?? 0),
      }
    : null;
  const assessmentItem9 = result.mood?.phq9Item9;
  const fromAssessment =
    latestAssessment && typeof assessmentItem9 === 'number'
      ? { on: latestAssessment.assessedOn, item9: assessmentItem9 }
      : null;
  const latestItem9 = [fromQuestionnaire, fromAssessment]
    .filter((x): x is { on: string; item9: number } => x !== null)
    .sort((a, b) => b.on.localeCompare(a.on))[0];

  const diary = recentCheckIns.map((c) => ({ date: c.day, pain: c.pain }));
  const mean7d = rollingSevenDayMeanPain(diary, today);
  const intakeResult = (latestIntake?.result ?? {}) as AssessmentResultShape;
  const baseline = intakeResult.baseline?.painNrs ?? intakeResult.baseline?.peg ?? null;
  const category =
    baseline !== null && mean7d !== null ? classifyMeaningfulChange('pain', baseline, mean7d).category : null;

  const inFlare = (day: string) =>
    recentFlares.some((f) => f.startedOn <= day && (f.endedOn === null || day <= f.endedOn));
  const planStart = careStart?.on ?? null;
  const from = planStart && planStart > adherenceFrom ? planStart : adherenceFrom;
  const records = plan
    ? adherenceRecords({
        from,
        to: today,
        sessionDays: sessionDaysOf(plan.programme),
        doneDays: new Set(logs.filter((l) => l.completed).map((l) => l.day)),
        flareDays: inFlare,
        today,
      })
    : [];
  const summary = computeAdherence(records, from, today);

  let decisionPoint: TriageFacts['decisionPoint'] = null;
  if (plan) {
    const daysInStep = daysBetween(plan.stepStartedOn, today);
    const pointDay = daysInStep >= 84 ? 84 : daysInStep >= 42 ? 42 : null;
    const decided = lastDecision?.at ? lastDecision.at.toISOString().slice(0, 10) : null;
    if (pointDay !== null && (decided === null || decided < addDays(plan.stepStartedOn, pointDay))) {
      decisionPoint = pointDay === 84 ? 'week-12 decision' : 'week-6 check';
    }
  }

  let nextReassessment: { week: 6 | 12; on: string } | null = null;
  if (planStart) {
    for (const week of REVIEW_WEEKS) {
      const on = addDays(planStart, week * 7);
      const done = lastReassessment?.on && lastReassessment.on >= addDays(on, -REASSESSMENT_EARLY_DAYS);
      if (!done) {
        nextReassessment = { week, on };
        break;
      }
    }
  }

  return {
    redFlag,
    selfHarmFlag: (latestItem9?.item9 ?? 0) > 0,
    pain: { baseline, mean7d, category },
    flareDays: openFlare ? Math.max(0, daysBetween(openFlare.startedOn, today)) : null,
    flareStartedOn: openFlare?.startedOn ?? null,
    decisionPoint,
    adherence: { planned: summary.prescribed, done: summary.completed, rate: summary.rate },
    reassessmentDue: nextReassessment && nextReassessment.on <= today ? nextReassessment : null,
    unreadFromPatient: unread?.n ?? 0,
    lastCheckInDay: lastCheckIn?.day ?? null,
    step: plan?.step ?? null,
    stepStartedOn: plan?.stepStartedOn ?? null,
    nextReassessmentOn: nextReassessment?.on ?? null,
  };
}
