import { type DecisionCard, recommend } from '@backplan/clinical/stepped-care/index';
import { notFound } from '../../errors';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { insertCarePlanVersion, insertDecision } from './care-plan-repository';
import { planComponents } from './care-plan-shape';
import { dayOf } from './dates';
import { buildPatientState } from './patient-state';
import { planChangeForCard } from './plan-changes';
import type { RecordRequest } from './record-service';
import { loadRecordSnapshot, type RecordSnapshot } from './record-snapshot';
import { refreshSummary } from './refresh-summary';

/**
 * Decision cards: the stepped-care engine's `recommend(state)` over the stored
 * record, and the clinician's accept/decline on each. The software suggests;
 * the clinician decides (README "What BackPlan is").
 */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

function cardsFor(snapshot: RecordSnapshot) {
  const built = buildPatientState(snapshot);
  return { cards: built.state ? recommend(built.state) : [], issues: built.issues };
}

/** The latest decision on each rule since the current step began (a card decided before a step change is new again). */
function latestDecisions(snapshot: RecordSnapshot) {
  const stepStart = snapshot.plans.at(-1)?.stepStartedOn ?? '0000-01-01';
  const byRule = new Map<string, RecordSnapshot['decisions'][number]>();
  for (const decision of snapshot.decisions) {
    if (dayOf(decision.decidedAt) < stepStart) continue;
    if (!byRule.has(decision.ruleId)) byRule.set(decision.ruleId, decision);
  }
  return byRule;
}

export function patientCards(ctx: Ctx, request: RecordRequest) {
  const today = dayOf(ctx.clock());
  return withPatientRecord(
    ctx,
    { ...request, action: 'read', resource: 'decision-cards' },
    async (tx, patient) => {
      const snapshot = await loadRecordSnapshot(tx, patient, today);
      const { cards, issues } = cardsFor(snapshot);
      const plan = snapshot.plans.at(-1);
      const decided = latestDecisions(snapshot);
      return {
        cards: cards.map((card) => {
          const decision = decided.get(card.ruleId);
          const change = plan
            ? planChangeForCard(card, { step: plan.step, components: planComponents(plan) }, today)
            : null;
          return {
            card,
            changesPlan: change
              ? {
                  step: change.step,
                  stepChanged: change.stepChanged,
                  components: change.components.map((c) => c.kind),
                }
              : null,
            decision: decision
              ? {
                  decision: decision.decision,
                  reason: decision.reason,
                  decidedAt: decision.decidedAt.toISOString(),
                  by: decision.decidedBy,
                }
              : null,
          };
        }),
        issues: [...issues],
      };
    },
  );
}

export interface DecisionInput {
  readonly ruleId: string;
  readonly decision: 'accepted' | 'declined';
  readonly reason: string;
}

/**
 * Records the decision with the card as shown (the card is recomputed now, so
 * a stale screen cannot decide on a card that no longer applies). Accepting a
 * step change or a referral writes a new care-plan version, which the patient
 * sees on their Today page.
 */
export function decideCard(ctx: Ctx, request: RecordRequest, input: DecisionInput) {
  const now = ctx.clock();
  const today = dayOf(now);
  return withPatientRecord(
    ctx,
    { ...request, action: 'decide', resource: 'decision-card' },
    async (tx, patient) => {
      const snapshot = await loadRecordSnapshot(tx, patient, today);
      const card: DecisionCard | undefined = cardsFor(snapshot).cards.find((c) => c.ruleId === input.ruleId);
      if (!card) throw notFound(`There is no "${input.ruleId}" card for this patient now. Reload the cards.`);
      const plan = snapshot.plans.at(-1);
      const change =
        input.decision === 'accepted' && plan
          ? planChangeForCard(card, { step: plan.step, components: planComponents(plan) }, today)
          : null;
      let carePlan: { version: number; step: number } | null = null;
      if (plan && change) {
        const row = await insertCarePlanVersion(tx, patient, {
          version: plan.version + 1,
          effectiveFrom: today,
          step: change.step,
          stepStartedOn: change.stepChanged ? today : plan.stepStartedOn,
          components: change.components,
          programme: plan.programme,
          reason: `${card.summary} — accepted: ${input.reason}`,
          createdBy: request.principal.userId,
          createdAt: now,
        });
        carePlan = { version: row.version, step: row.step };
      }
      const row = await insertDecision(tx, patient, {
        ruleId: card.ruleId,
        card,
        decision: input.decision,
        reason: input.reason,
        resultingCarePlanVersion: carePlan?.version ?? null,
        decidedBy: request.principal.userId,
        decidedAt: now,
      });
      await refreshSummary(tx, patient, today);
      return {
        decision: {
          id: row.id,
          ruleId: row.ruleId,
          decision: row.decision,
          reason: row.reason,
          decidedAt: row.decidedAt.toISOString(),
        },
        carePlan,
      };
    },
  );
}
