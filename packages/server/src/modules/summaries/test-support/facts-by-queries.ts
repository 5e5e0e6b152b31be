import { addDays } from '@backplan/clinical/careplan/calendar';
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
import { type FactRows, factsFromRows, type SummaryFacts } from '../facts';
import { ADHERENCE_WINDOW_DAYS, CHECK_IN_WINDOW_DAYS } from '../windows';

/**
 * The oracle for facts.ts: the triage inputs read the straightforward way, one
 * bounded query per fact (how gatherFacts read them before they became one
 * statement), then the same pure factsFromRows. recompute.test.ts and the
 * demo-clinic test check that both give equal facts, so they test exactly what
 * changed: how the rows are read. Whole JSON documents are passed here; the
 * statement sends only the fields the triage reads, so a field it forgot would
 * show as a difference.
 */
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

  // The rows as the one-statement loader returns them; the pure part (factsFromRows) is shared,
  // so the comparison tests exactly what changed: how the rows are read.
  const rows: FactRows = {
    recentCheckIns: recentCheckIns.map((c) => ({
      day: c.day,
      pain: c.pain,
      bbs: c.bbs,
      storedAt: c.storedAt.toISOString(),
    })),
    lastCheckInDay: lastCheckIn?.day ?? null,
    latestAssessment: latestAssessment
      ? {
          kind: latestAssessment.kind,
          assessedOn: latestAssessment.assessedOn,
          cleared: latestAssessment.clearedAt !== null,
          result: latestAssessment.result,
        }
      : null,
    latestIntakeResult: latestIntake?.result ?? null,
    clearedAt: clearance?.at ? clearance.at.toISOString() : null,
    latestPhq9: latestPhq9 ?? null,
    openFlare: openFlare ? { startedOn: openFlare.startedOn, log: openFlare.log } : null,
    recentFlares,
    plan: plan ?? null,
    careStartOn: careStart?.on ?? null,
    logs,
    unreadFromPatient: unread?.n ?? 0,
    lastDecisionOn: lastDecision?.at ? lastDecision.at.toISOString().slice(0, 10) : null,
    lastReassessmentOn: lastReassessment?.on ?? null,
    draft: draft ? { answers: draft.answers, savedOn: draft.updatedAt.toISOString().slice(0, 10) } : null,
    // Read for exactly this day: what changes on later days does not matter here.
    nextDatedChange: null,
  };
  return factsFromRows(rows, today);
}
