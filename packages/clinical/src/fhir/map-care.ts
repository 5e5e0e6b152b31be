import type {
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Condition,
  Goal,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { findExercise } from '../exercise/catalogue/index';
import type { ExerciseDose } from '../exercise/types';
import type { GoalMeasure } from '../self-management/goals/smart-goal';
import { backplanConcept, isBackplanCode } from './backplan-code-system';
import type { CarePlanExport, GoalExport } from './record';
import { resourceId } from './references';
import { EXERCISE_CATALOGUE_SYSTEM_URL, HL7_SYSTEMS, UCUM_SYSTEM_URL } from './systems';

/**
 * Care plans and goals. Every version of the plan is exported (CareKit-style history): the latest
 * is active, each earlier one is revoked when the next takes effect, and `replaces` links them.
 */

export function doseText(dose: ExerciseDose, eachSide: boolean): string {
  const side = eachSide ? ' each side' : '';
  if (dose.kind === 'duration') return `${dose.minutes} min${side}`;
  const hold = dose.holdSeconds > 0 ? `, hold ${dose.holdSeconds} s` : '';
  return `${dose.sets} × ${dose.reps}${hold}${side}`;
}

function componentCode(kind: string): CodeableConcept {
  const code = `care-component-${kind}`;
  return isBackplanCode(code) ? backplanConcept(code) : { text: kind };
}

function activities(plan: CarePlanExport, active: boolean): CarePlanActivity[] {
  const status = active ? 'in-progress' : 'stopped';
  const components: CarePlanActivity[] = plan.components.map((component) => ({
    detail: { code: componentCode(component.kind), status, description: `Since ${component.startedOn}` },
  }));
  const programme = plan.programme;
  const exercises: CarePlanActivity[] = (programme?.exercises ?? []).map(({ exerciseId, dose }) => {
    const exercise = findExercise(exerciseId);
    const name = exercise?.name ?? exerciseId;
    return {
      detail: {
        code: {
          coding: [{ system: EXERCISE_CATALOGUE_SYSTEM_URL, code: exerciseId, display: name }],
          text: name,
        },
        status,
        description: doseText(dose, exercise?.eachSide ?? false),
        ...(programme === null || programme.daysPerWeek === null
          ? {}
          : {
              scheduledTiming: {
                repeat: { frequency: programme.daysPerWeek, period: 1, periodUnit: 'wk' as const },
              },
            }),
      },
    };
  });
  return [...components, ...exercises];
}

export function carePlansToFhir(
  plans: readonly CarePlanExport[],
  subject: Reference<Patient>,
  addresses: Reference<Condition> | null,
  activeGoals: readonly Reference<Goal>[],
): CarePlan[] {
  const ordered = [...plans].sort((a, b) => a.version - b.version);
  return ordered.map((plan, index) => {
    const previous = ordered[index - 1];
    const next = ordered[index + 1];
    const active = next === undefined;
    return {
      resourceType: 'CarePlan',
      id: resourceId(plan.id),
      status: active ? 'active' : 'revoked',
      intent: 'plan',
      category: [backplanConcept(`care-step-${plan.step}`)],
      title: `Care plan version ${plan.version}: step ${plan.step}`,
      description: plan.reason,
      subject,
      period: { start: plan.effectiveFrom, ...(next === undefined ? {} : { end: next.effectiveFrom }) },
      ...(previous === undefined ? {} : { replaces: [{ reference: `CarePlan/${resourceId(previous.id)}` }] }),
      ...(addresses === null ? {} : { addresses: [addresses] }),
      ...(active && activeGoals.length > 0 ? { goal: [...activeGoals] } : {}),
      activity: activities(plan, active),
      note: [{ text: `Step ${plan.step} since ${plan.stepStartedOn}.` }],
    };
  });
}

const GOAL_UNITS: Readonly<Record<GoalMeasure, { unit: string; code: string }>> = {
  minutes: { unit: 'min', code: 'min' },
  times: { unit: 'times', code: '{times}' },
  steps: { unit: 'steps', code: '{steps}' },
  days: { unit: 'days', code: 'd' },
};

const GOAL_STATUS = {
  active: 'active',
  achieved: 'completed',
  dropped: 'cancelled',
} as const satisfies Record<GoalExport['status'], Goal['lifecycleStatus']>;

/** A SMART goal (self-management/goals) as a FHIR Goal expressed by the patient. */
export function goalToFhir(
  row: GoalExport,
  subject: Reference<Patient>,
  addresses: Reference<Condition> | null,
): Goal {
  const { goal } = row;
  const per =
    goal.period === 'week'
      ? 'per week'
      : `per day${goal.daysPerWeek === undefined ? '' : `, ${goal.daysPerWeek} days a week`}`;
  return {
    resourceType: 'Goal',
    id: resourceId(row.id),
    lifecycleStatus: GOAL_STATUS[row.status],
    ...(row.status === 'achieved'
      ? { achievementStatus: { coding: [{ system: HL7_SYSTEMS.goalAchievement, code: 'achieved' }] } }
      : {}),
    description: { text: goal.activity },
    subject,
    startDate: goal.startDate,
    target: [
      {
        measure: { text: `${goal.measure} ${per}` },
        detailQuantity: { value: goal.target, system: UCUM_SYSTEM_URL, ...GOAL_UNITS[goal.measure] },
        dueDate: goal.deadline,
      },
    ],
    expressedBy: subject,
    ...(addresses === null ? {} : { addresses: [addresses] }),
    note: [
      { text: `Why it matters: ${goal.reason}` },
      { text: `Confidence when set: ${goal.confidence}/10` },
    ],
  };
}
