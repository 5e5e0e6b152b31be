import { checkSmartGoal, reviewGoalWeek, type SmartGoal } from '@backplan/clinical/self-management/index';
import { and, asc, eq } from 'drizzle-orm';
import { goals } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';

/**
 * The patient's own SMART goals (self-management goals, clinical.md §5.4 graded
 * activity: quotas, not pain) and their weekly reviews. The clinical checker
 * says in plain words what a goal still needs; the weekly review suggests keep,
 * easier or harder, never asks for zero pain, and never shames.
 */
type GoalRow = typeof goals.$inferSelect;
interface StoredReview {
  weekEnding: string;
  achieved: number;
  confidence: number;
  hadFlare: boolean;
  suggestion: string;
  suggestedTarget: number;
  message: string;
}

function goalView(row: GoalRow) {
  const goal = row.goal as SmartGoal;
  return {
    id: row.id,
    activity: goal.activity,
    measure: goal.measure,
    target: goal.target,
    period: goal.period,
    daysPerWeek: goal.daysPerWeek ?? null,
    reason: goal.reason,
    startDate: goal.startDate,
    deadline: goal.deadline,
    confidence: goal.confidence,
    status: row.status,
    reviews: (Array.isArray(row.reviews) ? row.reviews : []) as StoredReview[],
  };
}

export async function listGoals(request: PatientRequest) {
  return own(request, 'read', 'goal', async (tx, patient) => {
    const rows = await tx
      .select()
      .from(goals)
      .where(and(eq(goals.orgId, patient.orgId), eq(goals.patientId, patient.id)))
      .orderBy(asc(goals.createdAt))
      .limit(100);
    return { goals: rows.map(goalView) };
  });
}

export async function addGoal(request: PatientRequest, body: Omit<SmartGoal, 'id' | 'startDate'>) {
  const now = request.ctx.clock();
  return own(request, 'create', 'goal', async (tx, patient) => {
    const today = patientToday(patient, now);
    const draft = { ...body, id: 'new', startDate: today };
    const check = checkSmartGoal(draft, today);
    if (!check.isSmart) {
      throw badRequest(
        check.problems.map((p) => p.message).join(' '),
        check.problems.map((p) => ({ path: `body.${p.field}`, message: p.message })),
      );
    }
    const [row] = await tx
      .insert(goals)
      .values({ orgId: patient.orgId, patientId: patient.id, goal: draft })
      .returning();
    if (!row) throw new Error('goal insert returned no row');
    const [stored] = await tx
      .update(goals)
      .set({ goal: { ...draft, id: row.id } })
      .where(and(eq(goals.orgId, patient.orgId), eq(goals.id, row.id)))
      .returning();
    return { goal: goalView(stored ?? row) };
  });
}

export async function reviewGoal(
  request: PatientRequest,
  id: string,
  progress: { weekEnding: string; achieved: number; confidence: number; hadFlare: boolean },
) {
  const now = request.ctx.clock();
  return own(request, 'update', 'goal', async (tx, patient) => {
    checkRecentDay(progress.weekEnding, patientToday(patient, now), 'body.weekEnding');
    const [row] = await tx
      .select()
      .from(goals)
      .where(and(eq(goals.orgId, patient.orgId), eq(goals.patientId, patient.id), eq(goals.id, id)))
      .for('update')
      .limit(1);
    if (!row) throw notFound('There is no such goal.');
    const review = reviewGoalWeek(row.goal as SmartGoal, progress);
    const reviews = [
      ...((Array.isArray(row.reviews) ? row.reviews : []) as StoredReview[]).filter(
        (r) => r.weekEnding !== progress.weekEnding,
      ),
      {
        ...progress,
        suggestion: review.suggestion,
        suggestedTarget: review.suggestedTarget,
        message: review.message,
      },
    ].sort((a, b) => a.weekEnding.localeCompare(b.weekEnding));
    const [updated] = await tx
      .update(goals)
      .set({ reviews })
      .where(and(eq(goals.orgId, patient.orgId), eq(goals.id, id)))
      .returning();
    if (!updated) throw new Error('goal update returned no row');
    return {
      goal: goalView(updated),
      review: {
        suggestion: review.suggestion,
        suggestedTarget: review.suggestedTarget,
        message: review.message,
        deadlineReached: review.deadlineReached,
      },
    };
  });
}
