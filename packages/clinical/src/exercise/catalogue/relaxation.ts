import { CROOK_LYING, LYING_ON_BACK, SITTING, STANDING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/**
 * Relaxation and rest positions: they close a session and make up most of the flare set.
 * ACP 2017 Rec 2 lists progressive relaxation among first-line non-drug options (clinical.md
 * §1.1). The full relaxation scripts live in the self-management module.
 */
const HANDS_ON_BELLY_SITTING = { shoulder: 15, elbow: 95 } as const;
const LEGS_ON_CHAIR = pose(LYING_ON_BACK, { legs: { hip: 90, knee: 90, ankle: 0 } });
const HANDS_ON_BELLY_STANDING = { shoulder: 10, elbow: 100 } as const;

export const RELAXATION_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'rx-belly-breathing',
    name: 'Belly breathing lying down',
    group: 'relaxation',
    level: 1,
    purpose: 'Calms your body and helps tense back muscles let go.',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Put one hand on your chest and one on your belly.',
      'Breathe in slowly through your nose and let your belly rise.',
      'Breathe out slowly and let your belly fall. Keep your chest still.',
    ],
    cues: ['Breathe out a little longer than you breathe in.', 'Let your shoulders be heavy.'],
    commonMistakes: ['Breathing fast.', 'Pushing your belly out hard.'],
    startingDose: { kind: 'duration', minutes: 3 },
    position: 'floor',
    avoidIf: ['pregnancy-later-stages'],
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'mat' }],
      secondsPerMove: 4,
      description:
        'A person lies on their back with knees bent and breathes slowly, belly rising and falling.',
      keyframes: [pose(CROOK_LYING, { bend: 0 }), pose(CROOK_LYING, { bend: -10 })],
    }),
  }),
  defineExercise({
    id: 'rx-seated-breathing',
    name: 'Slow breathing in a chair',
    group: 'relaxation',
    level: 1,
    purpose: 'Calms your body when you cannot lie down.',
    steps: [
      'Sit back in a chair with your feet flat.',
      'Rest your hands on your belly.',
      'Breathe in slowly through your nose and feel your belly move out.',
      'Breathe out slowly through your mouth. Let your shoulders drop.',
    ],
    cues: ['Breathe out a little longer than you breathe in.', 'Let your jaw relax.'],
    commonMistakes: ['Breathing fast.', 'Lifting your shoulders as you breathe in.'],
    startingDose: { kind: 'duration', minutes: 3 },
    equipment: ['chair'],
    position: 'chair',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      secondsPerMove: 4,
      description: 'A person sits back in a chair with hands on the belly and breathes slowly.',
      keyframes: [
        pose(SITTING, { trunk: -5, arms: HANDS_ON_BELLY_SITTING, legs: { hip: 85 } }),
        pose(SITTING, { trunk: -5, bend: -8, neck: 5, arms: HANDS_ON_BELLY_SITTING, legs: { hip: 85 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'rx-legs-on-chair-rest',
    name: 'Rest with legs on a chair',
    group: 'relaxation',
    level: 1,
    purpose: 'A rest position that takes pressure off a sore back.',
    steps: [
      'Lie on your back on the floor in front of a chair.',
      'Rest your lower legs on the chair seat, so your hips and knees are bent.',
      'Let your arms rest by your sides.',
      'Breathe slowly and let your back relax into the floor.',
    ],
    cues: ['Use a cushion under your head if you like.', 'Stay for the time shown, then get up slowly.'],
    commonMistakes: ['Staying in one position for hours.', 'Getting up too fast.'],
    startingDose: { kind: 'duration', minutes: 5 },
    equipment: ['chair'],
    position: 'floor',
    avoidIf: ['pregnancy-later-stages'],
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'chair', placement: 'under-calves' }],
      secondsPerMove: 4,
      description:
        'A person lies on their back with the lower legs resting on a chair seat and breathes slowly.',
      keyframes: [pose(LEGS_ON_CHAIR), pose(LEGS_ON_CHAIR, { bend: -8 })],
    }),
  }),
  defineExercise({
    id: 'rx-standing-breathing',
    name: 'Slow breathing standing up',
    group: 'relaxation',
    level: 1,
    purpose: 'Calms your body when you cannot sit or lie down.',
    steps: [
      'Stand with your feet apart and your knees soft.',
      'Rest your hands on your belly.',
      'Breathe in slowly through your nose and feel your belly move out.',
      'Breathe out slowly and let your shoulders drop.',
    ],
    cues: ['Breathe out a little longer than you breathe in.', 'Lean on a wall if you like.'],
    commonMistakes: ['Locking your knees.', 'Lifting your shoulders as you breathe in.'],
    startingDose: { kind: 'duration', minutes: 3 },
    position: 'standing',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'nearAnkle',
      secondsPerMove: 4,
      description: 'A person stands with hands on the belly and breathes slowly, letting the shoulders drop.',
      keyframes: [
        pose(STANDING, { arms: HANDS_ON_BELLY_STANDING }),
        pose(STANDING, { bend: -6, neck: 5, arms: HANDS_ON_BELLY_STANDING }),
      ],
    }),
  }),
];
