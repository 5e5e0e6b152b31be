import { CROOK_LYING, SITTING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/**
 * Strengthening for the trunk and upper back: side planks, curl-up and band row (clinical.md
 * §5.9), part of the strengthening group that Owen 2020 ranks high for function.
 */
/** Front view, lying on the right side propped on the forearm; knees bent. */
const SIDE_PLANK_KNEES_DOWN = pose(null, {
  roll: -90,
  trunk: 20,
  nearArm: { out: 68, elbow: 80 },
  farArm: { out: 35, elbow: 120 },
  legs: { knee: 90, out: 0 },
});
const SIDE_PLANK_KNEES_UP = pose(SIDE_PLANK_KNEES_DOWN, { roll: -72, trunk: 0, nearArm: { out: 70 } });
const SIDE_PLANK_DOWN = pose(SIDE_PLANK_KNEES_DOWN, { legs: { knee: 0 } });
const SIDE_PLANK_UP = pose(SIDE_PLANK_KNEES_UP, { legs: { knee: 0 } });

export const TRUNK_STRENGTHENING_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'st-side-plank-knees',
    name: 'Side plank on knees',
    group: 'strengthening',
    level: 2,
    purpose: 'Strengthens the muscles along the side of your trunk.',
    steps: [
      'Lie on your side, propped up on your elbow, with your knees bent.',
      'Put your elbow under your shoulder.',
      'Lift your hips so your body is in a straight line from head to knees.',
      'Hold, then lower down. Switch sides.',
    ],
    cues: ['Keep your hips pushed forward.', 'Breathe normally.'],
    commonMistakes: ['Letting your hips sag.', 'Rolling forward or back.'],
    startingDose: { kind: 'reps', sets: 1, reps: 4, holdSeconds: 10 },
    eachSide: true,
    harderId: 'st-side-plank',
    position: 'floor',
    avoidIf: ['pregnancy-later-stages', 'recent-spinal-surgery'],
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      view: 'front',
      anchor: 'nearElbow',
      props: [{ kind: 'mat' }],
      description: 'A person lies on one side on the elbow with knees bent and lifts the hips off the floor.',
      keyframes: [SIDE_PLANK_KNEES_DOWN, SIDE_PLANK_KNEES_UP],
    }),
  }),
  defineExercise({
    id: 'st-side-plank',
    name: 'Side plank',
    group: 'strengthening',
    level: 3,
    purpose: 'Strengthens the side of your trunk with the whole body lifted.',
    steps: [
      'Lie on your side, propped up on your elbow, with your legs straight.',
      'Put your elbow under your shoulder and stack your feet.',
      'Lift your hips so your body is in a straight line from head to feet.',
      'Hold, then lower down. Switch sides.',
    ],
    cues: ['Keep your body in one straight line.', 'Breathe normally.'],
    commonMistakes: ['Letting your hips sag.', 'Holding your breath.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 15 },
    eachSide: true,
    easierId: 'st-side-plank-knees',
    position: 'floor',
    avoidIf: ['pregnancy-later-stages', 'recent-spinal-surgery', 'osteoporosis'],
    suits: ['mechanical', 'mixed'],
    illustration: illustrate({
      view: 'front',
      anchor: 'nearElbow',
      props: [{ kind: 'mat' }],
      description:
        'A person lies on one side on the elbow with straight legs and lifts the hips off the floor.',
      keyframes: [SIDE_PLANK_DOWN, SIDE_PLANK_UP],
    }),
  }),
  defineExercise({
    id: 'st-band-row',
    name: 'Seated band row',
    group: 'strengthening',
    level: 2,
    purpose: 'Strengthens your upper back and helps you sit tall.',
    steps: [
      'Tie a band to something firm in front of you, at chest height.',
      'Sit tall on a chair and hold the band with your arms out straight.',
      'Pull your elbows back and squeeze your shoulder blades together.',
      'Slowly let your arms go forward again.',
    ],
    cues: ['Keep your back tall.', 'Keep your shoulders down.'],
    commonMistakes: ['Leaning back to pull.', 'Shrugging your shoulders.'],
    startingDose: { kind: 'reps', sets: 2, reps: 10, holdSeconds: 1 },
    equipment: ['chair', 'resistance-band'],
    position: 'chair',
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }, { kind: 'band' }],
      description: 'A person sits tall and pulls a band toward the body, bending the elbows back.',
      keyframes: [
        pose(SITTING, { arms: { shoulder: 80, elbow: 0 } }),
        pose(SITTING, { arms: { shoulder: -15, elbow: 100 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'st-curl-up',
    name: 'Curl-up',
    group: 'strengthening',
    level: 2,
    purpose: 'Strengthens your tummy muscles without a full sit-up.',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Reach your hands toward your knees.',
      'Lift your head and shoulders a little off the floor.',
      'Hold, then lower down slowly.',
    ],
    cues: ['Keep your chin tucked a little.', 'Lift only your head and shoulders.'],
    commonMistakes: ['Pulling on your neck.', 'Sitting all the way up.'],
    startingDose: { kind: 'reps', sets: 1, reps: 8, holdSeconds: 3 },
    position: 'floor',
    avoidIf: [
      'flexion-intolerant',
      'osteoporosis',
      'suspected-fracture',
      'pregnancy-later-stages',
      'recent-spinal-surgery',
    ],
    suits: ['mechanical', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'mat' }],
      description: 'A person lies on their back with knees bent and lifts the head and shoulders a little.',
      keyframes: [
        pose(CROOK_LYING),
        pose(CROOK_LYING, { trunk: -72, bend: 15, neck: 15, arms: { shoulder: 30, elbow: 0 } }),
      ],
    }),
  }),
];
