import { CROOK_LYING, SITTING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/**
 * Nerve mobilisation for leg pain from a nerve root (radicular pain). Sliders move the nerve
 * gently by tightening one end while loosening the other; tensioners pull both ends at once
 * and come later. The slider-before-tensioner order is background knowledge, not recorded in
 * clinical.md; it is encoded as a configurable rule (see PROGRAMME_RULES) and the generator
 * never starts with a tensioner.
 */
const NERVE_STOP = 'Stop if the exercise makes pain, tingling or numbness spread further down your leg.';
const NERVE_CUE = 'A mild stretch or tingle that goes away when you stop is fine.';
const HOLD_THIGH = { shoulder: 27, elbow: 10 } as const;

export const NERVE_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'nv-seated-slider',
    name: 'Seated nerve slider',
    group: 'nerve-mobilisation',
    level: 1,
    purpose: 'Gently moves the nerve in your leg to ease leg pain.',
    steps: [
      'Sit tall on a firm chair with your hands on the seat.',
      'Straighten one knee and, at the same time, tip your head back to look up.',
      'Then bend the knee and, at the same time, bring your chin down.',
      'Move smoothly between the two. Switch legs after each set.',
    ],
    cues: [NERVE_CUE, 'Keep the movement smooth and easy.'],
    commonMistakes: ['Holding the end position.', 'Pushing into pain.'],
    startingDose: { kind: 'reps', sets: 1, reps: 10, holdSeconds: 0 },
    secondsPerRep: 3,
    eachSide: true,
    harderId: 'nv-seated-tensioner',
    equipment: ['chair'],
    position: 'chair',
    nerveGlide: 'slider',
    alsoStopIf: [NERVE_STOP],
    suits: ['radicular', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description:
        'A person sits and straightens one knee while looking up, then bends the knee while looking down.',
      keyframes: [
        pose(SITTING, { neck: -25, nearLeg: { hip: 90, knee: 10, ankle: 10 } }),
        pose(SITTING, { neck: 30, nearLeg: { hip: 90, knee: 95, ankle: 10 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'nv-seated-tensioner',
    name: 'Seated nerve stretch',
    group: 'nerve-mobilisation',
    level: 2,
    purpose: 'Stretches the nerve in your leg once gentle sliding is easy.',
    steps: [
      'Sit on a firm chair and let your back round a little.',
      'Bring your chin down toward your chest.',
      'Slowly straighten one knee and pull your toes up toward you.',
      'Stop at a mild stretch, then bend the knee again. Switch legs after each set.',
    ],
    cues: [NERVE_CUE, 'Stop at the first feeling of stretch.'],
    commonMistakes: ['Pushing further into the stretch.', 'Holding your breath.'],
    startingDose: { kind: 'reps', sets: 1, reps: 8, holdSeconds: 2 },
    eachSide: true,
    easierId: 'nv-seated-slider',
    equipment: ['chair'],
    position: 'chair',
    nerveGlide: 'tensioner',
    avoidIf: ['irritable-nerve-symptoms'],
    alsoStopIf: [NERVE_STOP],
    suits: ['radicular', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description:
        'A person sits slightly slumped with chin down and straightens one knee with toes pulled up.',
      keyframes: [
        pose(SITTING, { trunk: 8, bend: 20, neck: 30, legs: { hip: 98 } }),
        pose(SITTING, { trunk: 8, bend: 20, neck: 30, legs: { hip: 98 }, nearLeg: { knee: 10, ankle: -20 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'nv-lying-slider',
    name: 'Lying nerve slider',
    group: 'nerve-mobilisation',
    level: 1,
    purpose: 'Gently moves the nerve in your leg while you lie down.',
    steps: [
      'Lie on your back. Hold behind one thigh so the hip is bent.',
      'Lift your head a little and let the knee bend.',
      'Then rest your head down and straighten the knee as far as is easy.',
      'Move smoothly between the two. Switch legs after each set.',
    ],
    cues: [NERVE_CUE, 'Keep your hold on the thigh steady.'],
    commonMistakes: ['Forcing the knee straight.', 'Moving fast.'],
    startingDose: { kind: 'reps', sets: 1, reps: 10, holdSeconds: 0 },
    secondsPerRep: 3,
    eachSide: true,
    harderId: 'nv-lying-tensioner',
    position: 'floor',
    nerveGlide: 'slider',
    avoidIf: ['pregnancy-later-stages'],
    alsoStopIf: [NERVE_STOP],
    suits: ['radicular', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'mat' }],
      description:
        'A person lies on their back holding one thigh, lifts the head as the knee bends, then rests the head as the knee straightens.',
      keyframes: [
        pose(CROOK_LYING, { neck: 25, arms: HOLD_THIGH, nearLeg: { hip: 90, knee: 95, ankle: 10 } }),
        pose(CROOK_LYING, { neck: 0, arms: HOLD_THIGH, nearLeg: { hip: 90, knee: 25, ankle: 20 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'nv-lying-tensioner',
    name: 'Lying nerve stretch',
    group: 'nerve-mobilisation',
    level: 2,
    purpose: 'Stretches the nerve in your leg once gentle sliding is easy.',
    steps: [
      'Lie on your back. Hold behind one thigh so the hip is bent.',
      'Pull your toes toward you.',
      'Slowly straighten the knee until you feel a mild stretch.',
      'Bend the knee again. Switch legs after each set.',
    ],
    cues: [NERVE_CUE, 'Stop at the first feeling of stretch.'],
    commonMistakes: ['Pulling the thigh closer to reach further.', 'Holding your breath.'],
    startingDose: { kind: 'reps', sets: 1, reps: 8, holdSeconds: 2 },
    eachSide: true,
    easierId: 'nv-lying-slider',
    position: 'floor',
    nerveGlide: 'tensioner',
    avoidIf: ['irritable-nerve-symptoms', 'pregnancy-later-stages'],
    alsoStopIf: [NERVE_STOP],
    suits: ['radicular', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'mat' }],
      description:
        'A person lies on their back holding one thigh and straightens the knee with the toes pulled back.',
      keyframes: [
        pose(CROOK_LYING, { arms: HOLD_THIGH, nearLeg: { hip: 90, knee: 95, ankle: 10 } }),
        pose(CROOK_LYING, { arms: HOLD_THIGH, nearLeg: { hip: 90, knee: 20, ankle: -15 } }),
      ],
    }),
  }),
];
