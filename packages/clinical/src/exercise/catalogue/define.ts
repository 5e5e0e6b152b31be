import type { Citation } from '../../core/sources';
import { estimateSetMinutes } from '../dose';
import type {
  IllustrationProp,
  IllustrationSpec,
  IllustrationView,
  JointName,
  Pose,
} from '../illustration/pose';
import type { Exercise, ExerciseGroup } from '../types';

/**
 * Helpers that keep catalogue entries short: defaults for optional fields, the shared
 * safety text, and the citations that justify each group's place in a programme.
 */

/**
 * "Stop and get advice if…" text shown with every exercise (clinical.md §5.9 safety copy;
 * §5.3 for symptoms that spread down the leg; §4.1 for bladder, bowel and saddle symptoms).
 */
export const STOP_AND_GET_ADVICE: readonly string[] = [
  'Pain spreads further down your leg than before.',
  'You get new numbness, tingling or weakness in a leg or foot.',
  'You have new trouble passing urine, control of your bladder or bowels changes, or you feel numb between your legs or around your bottom. Get help the same day.',
];

/** Why each group belongs in a home programme for chronic low back pain. */
export const GROUP_CITATIONS: Readonly<Record<ExerciseGroup, readonly Citation[]>> = {
  'warm-up': [{ source: 'NICE_CG88_EXERCISE', section: 'movement instruction' }],
  mobility: [{ source: 'LBP_EXERCISE_HANDOUTS', section: 'mobility exercises' }],
  'motor-control': [
    { source: 'SARAGIOTTO_2016', section: 'definition of motor control exercise' },
    { source: 'OWEN_2020', section: 'stabilisation/motor control ranked high for function' },
  ],
  strengthening: [
    { source: 'OWEN_2020', section: 'resistance training ranked high for function' },
    { source: 'LBP_EXERCISE_HANDOUTS', section: 'stability and strength exercises' },
  ],
  flexibility: [
    { source: 'NICE_CG88_EXERCISE', section: 'stretching' },
    { source: 'LBP_EXERCISE_HANDOUTS', section: 'flexibility exercises' },
  ],
  'walking-aerobic': [
    { source: 'LBP_EXERCISE_HANDOUTS', section: 'graded walking, cycling' },
    { source: 'OWEN_2020', section: 'aerobic exercise for mental health' },
  ],
  'directional-preference': [
    { source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'matched directional exercise' },
  ],
  'nerve-mobilisation': [
    { source: 'NICE_NG59', section: 'exercise for low back pain with or without sciatica' },
    { source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'stop if symptoms spread (peripheralise)' },
  ],
  relaxation: [{ source: 'ACP_2017', section: 'Rec 2 (progressive relaxation)' }],
};

type Optional =
  | 'eachSide'
  | 'easierId'
  | 'harderId'
  | 'equipment'
  | 'direction'
  | 'nerveGlide'
  | 'avoidIf'
  | 'stopIf'
  | 'citations'
  | 'minutesPerSet'
  | 'secondsPerRep';

export type ExerciseDraft = Omit<Exercise, Optional> &
  Partial<Pick<Exercise, Exclude<Optional, 'stopIf' | 'minutesPerSet'>>> & {
    /** Extra safety lines for this exercise, shown before the shared ones. */
    readonly alsoStopIf?: readonly string[];
  };

export function defineExercise(draft: ExerciseDraft): Exercise {
  const { alsoStopIf, ...rest } = draft;
  const secondsPerRep = draft.secondsPerRep ?? 3;
  const eachSide = draft.eachSide ?? false;
  return {
    ...rest,
    eachSide,
    secondsPerRep,
    minutesPerSet: estimateSetMinutes(draft.startingDose, { secondsPerRep, eachSide }),
    easierId: draft.easierId ?? null,
    harderId: draft.harderId ?? null,
    equipment: draft.equipment ?? [],
    direction: draft.direction ?? null,
    nerveGlide: draft.nerveGlide ?? null,
    avoidIf: draft.avoidIf ?? [],
    stopIf: [...(alsoStopIf ?? []), ...STOP_AND_GET_ADVICE],
    citations: draft.citations ?? GROUP_CITATIONS[draft.group],
  };
}

/** Shorthand for an illustration spec. */
export function illustrate(spec: {
  readonly view?: IllustrationView;
  readonly anchor: JointName;
  readonly props?: readonly IllustrationProp[];
  readonly secondsPerMove?: number;
  readonly description: string;
  readonly keyframes: readonly Pose[];
}): IllustrationSpec {
  return {
    view: spec.view ?? 'side',
    anchor: spec.anchor,
    props: spec.props ?? [],
    secondsPerMove: spec.secondsPerMove ?? 1.6,
    description: spec.description,
    keyframes: spec.keyframes,
  };
}
