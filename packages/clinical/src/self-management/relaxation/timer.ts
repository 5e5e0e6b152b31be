import type { RelaxationScript, RelaxationStep } from './types';

export type RelaxationTimerState =
  | {
      readonly status: 'in-progress';
      readonly stepIndex: number;
      readonly step: RelaxationStep;
      readonly secondsIntoStep: number;
      readonly secondsLeftInStep: number;
      readonly secondsLeftTotal: number;
    }
  | { readonly status: 'finished'; readonly stepIndex: number; readonly secondsLeftTotal: 0 };

/**
 * The step playing `elapsedSeconds` after the start. Steps are half-open intervals
 * [start, start + seconds): at exactly the end of a step, the next one has begun. Negative
 * or non-numeric times count as the start; at or after the total the practice is finished
 * (`stepIndex` is then the number of steps, so the index never goes backwards as time runs).
 */
export function relaxationStepAt(script: RelaxationScript, elapsedSeconds: number): RelaxationTimerState {
  const elapsed = Number.isFinite(elapsedSeconds) && elapsedSeconds > 0 ? elapsedSeconds : 0;
  let start = 0;
  for (const [stepIndex, step] of script.steps.entries()) {
    const end = start + step.seconds;
    if (elapsed < end) {
      return {
        status: 'in-progress',
        stepIndex,
        step,
        secondsIntoStep: elapsed - start,
        secondsLeftInStep: end - elapsed,
        secondsLeftTotal: script.totalSeconds - elapsed,
      };
    }
    start = end;
  }
  return { status: 'finished', stepIndex: script.steps.length, secondsLeftTotal: 0 };
}

/** When each step starts, in seconds from the beginning. */
export function relaxationStepStartTimes(script: RelaxationScript): number[] {
  const starts: number[] = [];
  let start = 0;
  for (const step of script.steps) {
    starts.push(start);
    start += step.seconds;
  }
  return starts;
}

/**
 * The step that began between two timer ticks, or null if the step did not change. For an
 * ARIA live region: announce only when this returns a step, so a screen reader is not
 * flooded on every tick. If several steps passed (the app was in the background), the
 * latest one is returned.
 */
export function relaxationStepChangedBetween(
  script: RelaxationScript,
  previousElapsedSeconds: number,
  elapsedSeconds: number,
): RelaxationStep | null {
  const before = relaxationStepAt(script, previousElapsedSeconds);
  const now = relaxationStepAt(script, elapsedSeconds);
  if (now.status !== 'in-progress' || now.stepIndex === before.stepIndex) return null;
  return now.step;
}
