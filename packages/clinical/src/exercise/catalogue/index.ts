import type { Exercise } from '../types';
import { DIRECTIONAL_EXERCISES } from './directional';
import { FLEXIBILITY_EXERCISES } from './flexibility';
import { MOBILITY_EXERCISES } from './mobility';
import { MOTOR_CONTROL_EXERCISES } from './motor-control';
import { NERVE_EXERCISES } from './nerve';
import { RELAXATION_EXERCISES } from './relaxation';
import { LEG_STRENGTHENING_EXERCISES } from './strengthening-legs';
import { TRUNK_STRENGTHENING_EXERCISES } from './strengthening-trunk';
import { WALKING_AEROBIC_EXERCISES } from './walking-aerobic';
import { WARM_UP_EXERCISES } from './warm-up';

/** Every exercise BackPlan can prescribe, in catalogue order (warm-up first, relaxation last). */
export const EXERCISE_CATALOGUE: readonly Exercise[] = [
  ...WARM_UP_EXERCISES,
  ...MOBILITY_EXERCISES,
  ...DIRECTIONAL_EXERCISES,
  ...MOTOR_CONTROL_EXERCISES,
  ...LEG_STRENGTHENING_EXERCISES,
  ...TRUNK_STRENGTHENING_EXERCISES,
  ...FLEXIBILITY_EXERCISES,
  ...WALKING_AEROBIC_EXERCISES,
  ...NERVE_EXERCISES,
  ...RELAXATION_EXERCISES,
];

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISE_CATALOGUE.map((e) => [e.id, e]));

/** The exercise with this id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The exercise with this id; throws for an unknown id, which is a programming error. */
export function getExercise(id: string): Exercise {
  const exercise = BY_ID.get(id);
  if (exercise === undefined) throw new RangeError(`Unknown exercise id: ${id}`);
  return exercise;
}

export { STOP_AND_GET_ADVICE } from './define';
