import { addDays, daysBetween, type Weekday, weekdayOf } from '@backplan/clinical/careplan/calendar';
import { FLARE_SYMPTOMS, type FlareRedFlagSymptom } from '@backplan/clinical/exercise/flare-symptoms';
import { PHQ9_SELF_HARM_ITEM_ID } from '@backplan/clinical/instruments/index';
import {
  type AdherenceRecord,
  classifyMeaningfulChange,
  computeAdherence,
  rollingSevenDayMeanPain,
} from '@backplan/clinical/outcomes/index';
import { and, asc, count, desc, eq, gte, isNull, lte, max, min } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  assessments,
  careDecisions,
  carePlans,
  checkIns,
  flareEpisodes,
  instrumentResponses,
  messages,
  sessionLogs,
} from '../../db/schema';
import type { TriageFacts } from './triage';

/**
 * Gathers the triage facts for one patient with bounded queries: the last 28
 * days of check-ins, the latest assessment and PHQ-9, the open flare, the
 * current care-plan version, 14 days of session logs, unread messages and the
 * reassessment schedule. Every query is an indexed lookup or a short range.
 */

export const CHECK_IN_WINDOW_DAYS = 28;
export const ADHERENCE_WINDOW_DAYS = 14;
/** Reassessment and decision points: weeks 6 and 12 (clinical.md §6.1). */
export const REVIEW_WEEKS = [6, 12] as const;
/** A reassessment done up to this many days before its due date counts for it. */
export const REASSESSMENT_EARLY_DAYS = 7;

interface AssessmentResultShape {
  baseline?: { painNrs?: number; peg?: number };
  programmeEligibility?: { eligible?: boolean; requiredAction?: string | null };
  mood?: { phq9Item9?: number | null; selfHarmSafetyFlag?: boolean };
}

export interface StoredFlareLogEntry {
  readonly date: string;
  readonly pain: number;
  readonly settled: boolean;
  readonly redFlagSymptoms: readonly FlareRedFlagSymptom[];
}

/** The weekdays of the stored programme, or none when the plan holds no programme. */
export function sessionDaysOf(programme: unknown): readonly Weekday[] {
  if (typeof programme !== 'object' || programme === null) return [];
  const days = (programme as { sessionDays?: unknown }).sessionDays;
  return Array.isArray(days) ? (days.filter((d) => typeof d === 'string') as Weekday[]) : [];
}

/** Planned session days and whether each was done, for computeAdherence (flare days count only when done). */
export function adherenceRecords(input: {
  readonly from: string;
  readonly to: string;
  readonly sessionDays: readonly Weekday[];
  readonly doneDays: ReadonlySet<string>;
  readonly flareDays: (day: string) => boolean;
  readonly today: string;
}): AdherenceRecord[] {
  const records: AdherenceRecord[] = [];
  for (let day = input.from; day <= input.to; day = addDays(day, 1)) {
    const done = input.doneDays.has(day);
    const planned = input.sessionDays.includes(weekdayOf(day));
    // Today counts only once done; flare days are neither planned nor missed (no shaming a bad day).
    if (!done && (!planned || day === input.today || input.flareDays(day))) continue;
    records.push({ date: day, taskId: 'exercise-session', impactsAdherence: true, completed: done });
  }
  return records;
}

const ACTION_RANK = { emergency: 2, urgent: 1 } as const;
type BlockingAction = keyof typeof ACTION_RANK;
const isBlocking = (action: unknown): action is BlockingAction =>
  action === 'emergency' || action === 'urgent';

export interface SummaryFacts extends TriageFacts {
  readonly lastCheckInDay: string | null;
  readonly step: number | null;
  readonly stepStartedOn: string | null;
  readonly nextReassessmentOn: string | null;
}

export async function gatherFacts(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<SummaryFacts> {
  const windowStart = addDays(today, -(CHECK_IN_WINDOW_DAYS - 1));
  const recentCheckIns = await tx
    .select({ day: checkIns.day, pain: checkIns.pain, bbs: checkIns.newBladderBowelSaddleSymptoms })
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

  // Red flags: the latest assessment's blocking action (until a clinician clears it),
  // a yes to the weekly bladder/bowel/saddle question, and the flare log's screen (clinical.md §4.1).
  const candidates: { action: BlockingAction; source: string }[] = [];
  const result = (latestAssessment?.result ?? {}) as AssessmentResultShape;
  const required = result.programmeEligibility?.requiredAction;
  if (
    latestAssessment &&
    result.programmeEligibility?.eligible === false &&
    !latestAssessment.clearedAt &&
    isBlocking(required)
  ) {
    candidates.push({
      action: required,
      source: `found at the ${latestAssessment.kind} on ${latestAssessment.assessedOn}`,
    });
  }
  const afterClearance = (day: string) => clearedOn === null || day > clearedOn;
  const bladder = recentCheckIns
    .filter((c) => c.bbs === true && afterClearance(c.day))
    .sort((a, b) => b.day.localeCompare(a.day))[0];
  if (bladder) {
    candidates.push({
      action: 'emergency',
      source: `new bladder, bowel or saddle symptoms reported in the check-in on ${bladder.day}`,
    });
  }
  for (const entry of ((openFlare?.log ?? []) as StoredFlareLogEntry[]).filter(
    (e) => e.redFlagSymptoms.length > 0 && afterClearance(e.date),
  )) {
    const action = entry.redFlagSymptoms.some((s) => FLARE_SYMPTOMS[s]?.action === 'emergency')
      ? 'emergency'
      : 'urgent';
    candidates.push({
      action,
      source: `red-flag symptoms in the flare log on ${entry.date}: ${entry.redFlagSymptoms.join(', ')}`,
    });
  }
  candidates.sort((a, b) => ACTION_RANK[b.action] - ACTION_RANK[a.action]);

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
    redFlag: candidates[0] ?? null,
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
