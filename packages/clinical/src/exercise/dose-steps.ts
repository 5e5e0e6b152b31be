import { findExercise } from './catalogue/index';
import { nextQuota, type QuotaConfig } from './quota';
import { isExerciseAllowed, type PatientRestrictions } from './restrictions';
import type { Exercise, ExerciseDose } from './types';

/**
 * One step up or down for a single exercise. Repetition ladders follow the level convention
 * in clinical.md §5.9 [K]: more repetitions, then longer holds, then more sets (up to 3),
 * then the harder version. Stretches and long holds grow the hold first. Walking and
 * aerobic time follow the quota rule (+10% a week, floor). Warm-up, relaxation and other
 * timed items do not change.
 */
export interface DoseStepConfig {
  readonly maxSets: number;
  readonly maxReps: number;
  readonly repStep: number;
  readonly minReps: number;
  readonly maxShortHoldSeconds: number;
  readonly shortHoldStep: number;
  /** Holds of this length or more are "long" (stretches, wall sit, side plank). */
  readonly longHoldFrom: number;
  readonly maxLongHoldSeconds: number;
  readonly longHoldStep: number;
  readonly maxLongHoldReps: number;
  readonly quota: QuotaConfig;
}

export const DEFAULT_DOSE_STEP_CONFIG: DoseStepConfig = {
  maxSets: 3,
  maxReps: 12,
  repStep: 2,
  minReps: 3,
  maxShortHoldSeconds: 10,
  shortHoldStep: 2,
  longHoldFrom: 15,
  maxLongHoldSeconds: 30,
  longHoldStep: 5,
  maxLongHoldReps: 5,
  quota: { weeklyIncrease: 0.1, floorMinutes: 5 },
};

export interface DoseStep {
  readonly exerciseId: string;
  readonly dose: ExerciseDose;
  readonly change: 'reps' | 'hold' | 'sets' | 'harder-version' | 'easier-version' | 'minutes' | 'none';
}

const none = (exercise: Exercise, dose: ExerciseDose): DoseStep => ({
  exerciseId: exercise.id,
  dose,
  change: 'none',
});

function switchTo(id: string | null, restrictions: PatientRestrictions): Exercise | undefined {
  if (id === null) return undefined;
  const other = findExercise(id);
  return other !== undefined && isExerciseAllowed(other, restrictions) ? other : undefined;
}

export function stepUp(
  exercise: Exercise,
  dose: ExerciseDose,
  restrictions: PatientRestrictions,
  config: DoseStepConfig = DEFAULT_DOSE_STEP_CONFIG,
): DoseStep {
  if (dose.kind === 'duration') {
    if (exercise.group !== 'walking-aerobic') return none(exercise, dose);
    const minutes = nextQuota(dose.minutes, 'increase', config.quota);
    return minutes > dose.minutes
      ? { exerciseId: exercise.id, dose: { kind: 'duration', minutes }, change: 'minutes' }
      : none(exercise, dose);
  }
  const id = exercise.id;
  if (dose.holdSeconds >= config.longHoldFrom) {
    if (dose.holdSeconds < config.maxLongHoldSeconds) {
      const holdSeconds = Math.min(config.maxLongHoldSeconds, dose.holdSeconds + config.longHoldStep);
      return { exerciseId: id, dose: { ...dose, holdSeconds }, change: 'hold' };
    }
    if (dose.reps < config.maxLongHoldReps)
      return { exerciseId: id, dose: { ...dose, reps: dose.reps + 1 }, change: 'reps' };
  } else {
    if (dose.reps < config.maxReps) {
      const reps = Math.min(config.maxReps, dose.reps + config.repStep);
      return { exerciseId: id, dose: { ...dose, reps }, change: 'reps' };
    }
    if (dose.holdSeconds > 0 && dose.holdSeconds < config.maxShortHoldSeconds) {
      const holdSeconds = Math.min(config.maxShortHoldSeconds, dose.holdSeconds + config.shortHoldStep);
      return { exerciseId: id, dose: { ...dose, holdSeconds }, change: 'hold' };
    }
  }
  if (dose.sets < config.maxSets)
    return { exerciseId: id, dose: { ...dose, sets: dose.sets + 1 }, change: 'sets' };
  const harder = switchTo(exercise.harderId, restrictions);
  if (harder !== undefined)
    return { exerciseId: harder.id, dose: harder.startingDose, change: 'harder-version' };
  return none(exercise, dose);
}

export function stepDown(
  exercise: Exercise,
  dose: ExerciseDose,
  restrictions: PatientRestrictions,
  config: DoseStepConfig = DEFAULT_DOSE_STEP_CONFIG,
): DoseStep {
  if (dose.kind === 'duration') {
    if (exercise.group !== 'walking-aerobic') return none(exercise, dose);
    const minutes = nextQuota(dose.minutes, 'decrease', config.quota);
    return minutes < dose.minutes
      ? { exerciseId: exercise.id, dose: { kind: 'duration', minutes }, change: 'minutes' }
      : none(exercise, dose);
  }
  const id = exercise.id;
  if (dose.sets > 1) return { exerciseId: id, dose: { ...dose, sets: dose.sets - 1 }, change: 'sets' };
  const start = exercise.startingDose;
  const longHold = dose.holdSeconds >= config.longHoldFrom;
  const holdFloor = start.kind === 'reps' ? Math.min(start.holdSeconds, dose.holdSeconds) : 0;
  if (longHold && dose.holdSeconds - config.longHoldStep >= holdFloor && dose.holdSeconds > holdFloor) {
    const holdSeconds = Math.max(holdFloor, dose.holdSeconds - config.longHoldStep);
    return { exerciseId: id, dose: { ...dose, holdSeconds }, change: 'hold' };
  }
  if (dose.reps - config.repStep >= config.minReps) {
    return { exerciseId: id, dose: { ...dose, reps: dose.reps - config.repStep }, change: 'reps' };
  }
  const easier = switchTo(exercise.easierId, restrictions);
  if (easier !== undefined)
    return { exerciseId: easier.id, dose: easier.startingDose, change: 'easier-version' };
  return none(exercise, dose);
}
