import { getExercise } from '../catalogue/index';
import { renderIllustrationSvg } from './render';

export interface ExerciseIllustrationOptions {
  /** Show one keyframe (0-based) as a still picture. */
  readonly frame?: number;
  /** Animate through the keyframes. Defaults to true unless a frame is asked for. */
  readonly animated?: boolean;
}

/**
 * The illustration of a catalogue exercise as a self-contained SVG string, with an
 * accessible name (the exercise name) and description. Throws for an unknown id.
 */
export function renderExerciseIllustration(id: string, options: ExerciseIllustrationOptions = {}): string {
  const exercise = getExercise(id);
  const suffix = options.frame === undefined ? '' : `-f${options.frame}`;
  return renderIllustrationSvg(exercise.illustration, {
    title: exercise.name,
    idPrefix: `bp-exercise-${exercise.id}${suffix}`,
    ...(options.frame === undefined ? {} : { frame: options.frame }),
    ...(options.animated === undefined ? {} : { animated: options.animated }),
  });
}
