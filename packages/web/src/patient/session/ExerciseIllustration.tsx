import { renderExerciseIllustration } from '@backplan/clinical/exercise/illustration/render-exercise';
import { type ReactElement, useMemo } from 'react';

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The exercise drawing from the clinical renderer, drawn on the phone so it shows offline. A
 * data: URL keeps it an <img> (the CSP allows data: images and no inline markup); people who
 * ask for reduced motion get the still first frame.
 */
export function ExerciseIllustration({
  exerciseId,
  description,
}: {
  readonly exerciseId: string;
  readonly description: string;
}): ReactElement | null {
  const source = useMemo(() => {
    try {
      const svg = renderExerciseIllustration(exerciseId, prefersReducedMotion() ? { frame: 0 } : {});
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch {
      // An id the catalogue in this build does not know: the steps below still describe it.
      return null;
    }
  }, [exerciseId]);
  if (source === null) return null;
  return <img className="exercise-illustration" src={source} alt={description} width={320} height={240} />;
}
