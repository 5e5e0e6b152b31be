import type { Citation } from '../core/sources';
import type { PainPhenotype } from '../core/vocabulary';
import type { IllustrationSpec } from './illustration/pose';

/**
 * Exercise groups of a chronic low back pain home programme (clinical.md §5.9, which lists
 * mobility, stability/strength, flexibility and aerobic work; §5.3 for directional preference).
 * Warm-up and relaxation items open and close sessions and make up the gentle flare set.
 */
export const EXERCISE_GROUPS = [
  'warm-up',
  'mobility',
  'motor-control',
  'strengthening',
  'flexibility',
  'walking-aerobic',
  'directional-preference',
  'nerve-mobilisation',
  'relaxation',
] as const;
export type ExerciseGroup = (typeof EXERCISE_GROUPS)[number];

/** Where the patient is: on the floor (lying, kneeling), standing, or sitting on a chair. */
export const EXERCISE_POSITIONS = ['floor', 'standing', 'chair'] as const;
export type ExercisePosition = (typeof EXERCISE_POSITIONS)[number];

/** Household equipment an exercise may need. A mat is never required: a rug or bed edge will do. */
export const EQUIPMENT = ['chair', 'wall', 'resistance-band', 'step', 'exercise-bike', 'towel'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Difficulty level, following the level convention in clinical.md §5.9 [K: clinical convention]. */
export type ExerciseLevel = 1 | 2 | 3;

/** Which way a directional-preference exercise moves the spine (clinical.md §5.3). */
export type ExerciseDirection = 'extension' | 'flexion' | 'lateral-shift';

/** Nerve mobilisation kind: sliders move the nerve gently; tensioners put it on stretch. */
export type NerveGlideKind = 'slider' | 'tensioner';

/**
 * How much of an exercise to do.
 * - `reps`: sets × repetitions, each repetition held for `holdSeconds` (0 = no hold).
 * - `duration`: a block of time, e.g. walking or breathing.
 */
export type ExerciseDose =
  | {
      readonly kind: 'reps';
      readonly sets: number;
      readonly reps: number;
      readonly holdSeconds: number;
    }
  | { readonly kind: 'duration'; readonly minutes: number };

export interface Exercise {
  /** Stable kebab-case id, prefixed by group, e.g. `st-bridge`. */
  readonly id: string;
  readonly name: string;
  readonly group: ExerciseGroup;
  readonly level: ExerciseLevel;
  /** One sentence on what the exercise is for, in plain words. */
  readonly purpose: string;
  /** Numbered steps, in order. Plain words, short sentences (grade 8 or lower). */
  readonly steps: readonly string[];
  /** Short reminders while doing it. */
  readonly cues: readonly string[];
  readonly commonMistakes: readonly string[];
  readonly startingDose: ExerciseDose;
  /** True when the dose is done on each side (left then right); time estimates count both. */
  readonly eachSide: boolean;
  /** Seconds to move through one repetition, not counting any hold. Used to estimate time. */
  readonly secondsPerRep: number;
  /** Estimated minutes for one set at the starting dose, including a short rest (see dose.ts). */
  readonly minutesPerSet: number;
  readonly easierId: string | null;
  readonly harderId: string | null;
  readonly equipment: readonly Equipment[];
  readonly position: ExercisePosition;
  /** Pain phenotypes this exercise suits (clinical.md §1, §5). */
  readonly suits: readonly PainPhenotype[];
  /** Set for directional-preference exercises only. */
  readonly direction: ExerciseDirection | null;
  /** Set for nerve mobilisation only: sliders come before tensioners. */
  readonly nerveGlide: NerveGlideKind | null;
  /** Conditions under which the generator must never offer this exercise (see AVOID_CONDITIONS). */
  readonly avoidIf: readonly AvoidCondition[];
  /** "Stop and get advice if…" safety text, in plain words. */
  readonly stopIf: readonly string[];
  readonly illustration: IllustrationSpec;
  readonly citations: readonly Citation[];
}

/**
 * Known conditions an exercise may need to avoid. Some come from the assessment (a red flag
 * that a clinician has cleared, a directional preference); the rest are entered by the
 * clinician or patient as preferences. The list is closed so that a typo cannot silently
 * disable a safety filter.
 */
export const AVOID_CONDITION_IDS = [
  'suspected-fracture',
  'osteoporosis',
  'recent-spinal-surgery',
  'flexion-intolerant',
  'extension-intolerant',
  'pregnancy-later-stages',
  'cannot-kneel',
  'poor-balance',
  'irritable-nerve-symptoms',
] as const;
export type AvoidCondition = (typeof AVOID_CONDITION_IDS)[number];
