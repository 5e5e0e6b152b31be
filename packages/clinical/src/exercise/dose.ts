import type { Exercise, ExerciseDose } from './types';

/**
 * Time estimates for a dose. A session must fit the patient's daily time budget, and short
 * programmes are easier to keep up (clinical.md §6.2: the number of exercises prescribed
 * predicted how often people did them), so every dose carries an honest time estimate.
 */

/** Rest after each set, in seconds. */
export const REST_SECONDS_PER_SET = 30;

/** Minutes for one set of a repetition dose: reps × (hold + movement time), both sides if needed, plus rest. */
export function estimateSetMinutes(
  dose: ExerciseDose,
  timing: { readonly secondsPerRep: number; readonly eachSide: boolean },
): number {
  if (dose.kind === 'duration') return dose.minutes;
  const sides = timing.eachSide ? 2 : 1;
  const seconds = dose.reps * (dose.holdSeconds + timing.secondsPerRep) * sides + REST_SECONDS_PER_SET;
  return Math.round((seconds / 60) * 10) / 10;
}

/** Minutes the whole dose takes: sets × minutes per set, or the duration. */
export function estimateDoseMinutes(
  exercise: Pick<Exercise, 'secondsPerRep' | 'eachSide'>,
  dose: ExerciseDose,
): number {
  if (dose.kind === 'duration') return dose.minutes;
  return Math.round(dose.sets * estimateSetMinutes(dose, exercise) * 10) / 10;
}

/** Plain-language dose, e.g. "2 sets of 10, hold 5 seconds, each side" or "10 minutes". */
export function describeDose(exercise: Pick<Exercise, 'eachSide'>, dose: ExerciseDose): string {
  if (dose.kind === 'duration') {
    return dose.minutes === 1 ? '1 minute' : `${formatMinutes(dose.minutes)} minutes`;
  }
  const sets = dose.sets === 1 ? '1 set' : `${dose.sets} sets`;
  const hold = dose.holdSeconds > 0 ? `, hold ${dose.holdSeconds} seconds` : '';
  const side = exercise.eachSide ? ', each side' : '';
  return `${sets} of ${dose.reps}${hold}${side}`;
}

function formatMinutes(minutes: number): string {
  return Number.isInteger(minutes) ? minutes.toString() : minutes.toFixed(1);
}
