import { CROOK_LYING, SITTING, STANDING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/** Gentle movements that open every session (clinical.md §5.9: movement instruction). */
export const WARM_UP_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'warm-march-on-the-spot',
    name: 'March on the spot',
    group: 'warm-up',
    level: 1,
    purpose: 'Warms up your legs and back before the other exercises.',
    steps: [
      'Stand tall with your feet apart.',
      'Lift one knee a little, then put the foot down.',
      'Now lift the other knee.',
      'Keep going at an easy pace and let your arms swing.',
    ],
    cues: ['Breathe in a relaxed way.', 'Hold a chair or wall if you feel unsteady.'],
    commonMistakes: ['Lifting the knees so high that your back rounds.', 'Holding your breath.'],
    startingDose: { kind: 'duration', minutes: 2 },
    position: 'standing',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      description: 'A person stands tall and marches on the spot, lifting one knee and then the other.',
      keyframes: [
        pose(STANDING, {
          nearLeg: { hip: 55, knee: 70 },
          nearArm: { shoulder: -25 },
          farArm: { shoulder: 30 },
        }),
        pose(STANDING, {
          farLeg: { hip: 55, knee: 70 },
          farArm: { shoulder: -25 },
          nearArm: { shoulder: 30 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'warm-seated-march',
    name: 'Seated march',
    group: 'warm-up',
    level: 1,
    purpose: 'Warms up your legs and hips while you sit.',
    steps: [
      'Sit near the front of a firm chair with your feet flat.',
      'Sit tall and rest your hands on the seat.',
      'Lift one knee a little, then put the foot down.',
      'Now lift the other knee. Keep going at an easy pace.',
    ],
    cues: ['Keep your back tall.', 'Breathe in a relaxed way.'],
    commonMistakes: ['Leaning back in the chair.', 'Lifting the knees too fast.'],
    startingDose: { kind: 'duration', minutes: 2 },
    equipment: ['chair'],
    position: 'chair',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description: 'A person sits tall on a chair and lifts one knee, then the other, as if marching.',
      keyframes: [
        pose(SITTING, { nearLeg: { hip: 115, knee: 100 } }),
        pose(SITTING, { farLeg: { hip: 115, knee: 100 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'warm-knee-rocks',
    name: 'Lying knee rocks',
    group: 'warm-up',
    level: 1,
    purpose: 'Loosens your lower back gently before you start.',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Keep your knees together.',
      'Rock your knees a little to one side, then a little to the other side.',
      'Keep the movement small and easy.',
    ],
    cues: ['Keep your shoulders relaxed on the floor.', 'Move only as far as feels easy.'],
    commonMistakes: ['Letting the knees drop all the way down.', 'Lifting your shoulders off the floor.'],
    startingDose: { kind: 'duration', minutes: 1.5 },
    position: 'floor',
    avoidIf: ['pregnancy-later-stages'],
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'mat' }],
      description:
        'A person lies on their back with knees bent and gently rocks the knees from side to side.',
      keyframes: [pose(CROOK_LYING), pose(CROOK_LYING, { legs: { hip: 32, knee: 80, ankle: 30 } })],
    }),
  }),
  defineExercise({
    id: 'warm-hip-circles',
    name: 'Standing hip circles',
    group: 'warm-up',
    level: 1,
    purpose: 'Loosens your hips and lower back.',
    steps: [
      'Stand with your feet apart and your hands on your hips.',
      'Slowly move your hips in a small circle.',
      'Do a few circles one way, then change direction.',
    ],
    cues: ['Keep your shoulders still.', 'Keep the circles small and smooth.'],
    commonMistakes: ['Making the circles too big.', 'Locking your knees.'],
    startingDose: { kind: 'reps', sets: 1, reps: 10, holdSeconds: 0 },
    secondsPerRep: 4,
    position: 'standing',
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      view: 'front',
      anchor: 'nearAnkle',
      description: 'A person stands with hands on hips and moves the hips slowly in a small circle.',
      keyframes: [
        pose(STANDING, { trunk: 6, arms: { out: 45, elbow: 110 }, nearLeg: { out: 2 }, farLeg: { out: 12 } }),
        pose(STANDING, { trunk: 0, arms: { out: 45, elbow: 110 }, legs: { out: 7 } }),
        pose(STANDING, {
          trunk: -6,
          arms: { out: 45, elbow: 110 },
          nearLeg: { out: 12 },
          farLeg: { out: 2 },
        }),
      ],
    }),
  }),
];
