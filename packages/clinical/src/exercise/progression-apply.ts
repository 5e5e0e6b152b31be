import { getExercise } from './catalogue/index';
import { estimateDoseMinutes } from './dose';
import { DEFAULT_DOSE_STEP_CONFIG, type DoseStep, type DoseStepConfig, stepDown, stepUp } from './dose-steps';
import type { ExerciseSession, PrescribedExercise } from './programme-types';
import type { ProgressionDecision } from './progression';
import type { PatientRestrictions } from './restrictions';

/**
 * Applies a weekly decision to a session: every item moves one step (progress or regress),
 * as long as the session still fits the daily time budget. An item whose step would break
 * the budget keeps its dose, so the session never grows past the patient's minutes.
 */
export interface SessionChange {
  readonly from: PrescribedExercise;
  readonly to: PrescribedExercise;
  readonly change: DoseStep['change'];
}

export interface AppliedProgression {
  readonly session: ExerciseSession;
  readonly changes: readonly SessionChange[];
}

const total = (items: readonly PrescribedExercise[]): number =>
  Math.round(items.reduce((sum, item) => sum + item.estimatedMinutes, 0) * 10) / 10;

export function applyProgression(
  session: ExerciseSession,
  decision: ProgressionDecision,
  context: { readonly restrictions: PatientRestrictions; readonly minutesPerDay: number },
  config: DoseStepConfig = DEFAULT_DOSE_STEP_CONFIG,
): AppliedProgression {
  if (decision === 'hold') return { session, changes: [] };
  const items = [...session.items];
  const changes: SessionChange[] = [];
  const taken = new Set(items.map((item) => item.exerciseId));
  items.forEach((item, index) => {
    const exercise = getExercise(item.exerciseId);
    const step =
      decision === 'progress'
        ? stepUp(exercise, item.dose, context.restrictions, config)
        : stepDown(exercise, item.dose, context.restrictions, config);
    if (step.change === 'none') return;
    // Never put the same exercise in a session twice through a harder or easier link.
    if (step.exerciseId !== item.exerciseId && taken.has(step.exerciseId)) return;
    const next: PrescribedExercise = {
      ...item,
      exerciseId: step.exerciseId,
      dose: step.dose,
      estimatedMinutes: estimateDoseMinutes(getExercise(step.exerciseId), step.dose),
    };
    const candidate = items.map((other, i) => (i === index ? next : other));
    if (total(candidate) > context.minutesPerDay) return;
    items[index] = next;
    taken.delete(item.exerciseId);
    taken.add(next.exerciseId);
    changes.push({ from: item, to: next, change: step.change });
  });
  return { session: { items, estimatedMinutes: total(items) }, changes };
}
