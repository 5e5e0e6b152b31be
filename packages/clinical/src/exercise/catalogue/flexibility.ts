import { CROOK_LYING, HALF_KNEELING, SITTING, STANDING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/**
 * Flexibility: hamstring and hip-flexor stretches (clinical.md §5.9; NICE CG88 lists
 * stretching). Owen 2020 found stretching alone no better than control, so these are
 * supporting items, never the core of a programme.
 */
const HOLD_STRETCH = 'Hold the stretch gently. It should feel like a pull, not pain.';
/** Hamstring stretches also pull on the sciatic nerve, so they are left out while leg symptoms are irritable. */
const NERVE_CAUTION = 'Stop if you feel tingling or pain running down the back of your leg.';

export const FLEXIBILITY_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'fx-lying-hamstring',
    name: 'Hamstring stretch lying down',
    group: 'flexibility',
    level: 1,
    purpose: 'Stretches the back of your thigh while your back is supported.',
    steps: [
      'Lie on your back with both knees bent.',
      'Loop a towel around one foot and hold the ends.',
      'Straighten that leg up toward the ceiling until you feel a stretch.',
      'Hold, then lower the leg. Switch legs.',
    ],
    cues: [HOLD_STRETCH, 'Keep your head on the floor.'],
    commonMistakes: ['Pulling the leg too far.', 'Lifting your hips.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    easierId: 'fx-seated-hamstring',
    equipment: ['towel'],
    position: 'floor',
    avoidIf: ['irritable-nerve-symptoms', 'pregnancy-later-stages'],
    alsoStopIf: [NERVE_CAUTION],
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'mat' }, { kind: 'towel' }],
      description:
        'A person lies on their back and uses a towel to lift one straight leg toward the ceiling.',
      keyframes: [
        pose(CROOK_LYING, { arms: { shoulder: 45, elbow: 40 }, nearLeg: { hip: 80, knee: 70, ankle: 10 } }),
        pose(CROOK_LYING, { arms: { shoulder: 55, elbow: 10 }, nearLeg: { hip: 75, knee: 0, ankle: 0 } }),
      ],
    }),
  }),
  defineExercise({
    id: 'fx-seated-hamstring',
    name: 'Seated hamstring stretch',
    group: 'flexibility',
    level: 1,
    purpose: 'Stretches the back of your thigh while you sit.',
    steps: [
      'Sit near the front of a firm chair.',
      'Put one leg out straight with the heel on the floor.',
      'Keep your back straight and lean forward from your hips.',
      'Stop when you feel a stretch. Hold, then switch legs.',
    ],
    cues: [HOLD_STRETCH, 'Lead with your chest, not your head.'],
    commonMistakes: ['Rounding your back to reach further.', 'Bouncing.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    harderId: 'fx-lying-hamstring',
    equipment: ['chair'],
    position: 'chair',
    avoidIf: ['irritable-nerve-symptoms'],
    alsoStopIf: [NERVE_CAUTION],
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description:
        'A person sits with one leg straight out, heel on the floor, and leans forward from the hips.',
      keyframes: [
        pose(SITTING, { nearLeg: { hip: 55, knee: 0, ankle: -10 } }),
        pose(SITTING, {
          trunk: 35,
          arms: { shoulder: 60, elbow: 10 },
          nearLeg: { hip: 90, knee: 0, ankle: -10 },
          farLeg: { hip: 125 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'fx-kneeling-hip-flexor',
    name: 'Kneeling hip stretch',
    group: 'flexibility',
    level: 2,
    purpose: 'Stretches the front of your hip.',
    steps: [
      'Kneel on one knee with the other foot flat in front of you.',
      'Tuck your bottom under a little.',
      'Shift your weight forward until you feel a stretch at the front of the back hip.',
      'Hold, then switch sides.',
    ],
    cues: [HOLD_STRETCH, 'Put a cushion under your knee.'],
    commonMistakes: ['Arching your lower back.', 'Letting the front knee go past your toes.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    easierId: 'fx-standing-hip-flexor',
    position: 'floor',
    avoidIf: ['cannot-kneel', 'extension-intolerant', 'poor-balance'],
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'farKnee',
      props: [{ kind: 'mat' }],
      description: 'A person kneels on one knee and shifts forward to stretch the front of the back hip.',
      keyframes: [
        HALF_KNEELING,
        pose(HALF_KNEELING, {
          nearLeg: { hip: 94, knee: 114, ankle: -20 },
          farLeg: { hip: -30, knee: 60, ankle: 80 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'fx-standing-hip-flexor',
    name: 'Standing hip stretch',
    group: 'flexibility',
    level: 1,
    purpose: 'Stretches the front of your hip while you stand.',
    steps: [
      'Stand and hold the back of a chair.',
      'Step one foot back and keep that heel off the floor.',
      'Tuck your bottom under and bend your front knee a little.',
      'Feel a stretch at the front of the back hip. Hold, then switch.',
    ],
    cues: [HOLD_STRETCH, 'Keep your body upright.'],
    commonMistakes: ['Leaning forward.', 'Arching your lower back.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    harderId: 'fx-kneeling-hip-flexor',
    equipment: ['chair'],
    position: 'standing',
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'nearAnkle',
      props: [{ kind: 'chair', placement: 'hands-on-back' }],
      description: 'A person holds a chair, steps one foot back and bends the front knee to stretch the hip.',
      keyframes: [
        pose(STANDING, {
          arms: { shoulder: 45, elbow: 30 },
          nearLeg: { hip: 15, knee: 5 },
          farLeg: { hip: -15, knee: 0, ankle: 30 },
        }),
        pose(STANDING, {
          trunk: -3,
          arms: { shoulder: 45, elbow: 30 },
          nearLeg: { hip: 30, knee: 35, ankle: -5 },
          farLeg: { hip: -22, knee: 5, ankle: 35 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'fx-figure-four-lying',
    name: 'Bottom stretch lying down',
    group: 'flexibility',
    level: 1,
    purpose: 'Stretches the muscles of your bottom and hip.',
    steps: [
      'Lie on your back with both knees bent.',
      'Cross one ankle over the other knee.',
      'Hold behind the bottom thigh and pull it gently toward you.',
      'Feel a stretch in your bottom. Hold, then switch.',
    ],
    cues: [HOLD_STRETCH, 'Keep your head on the floor.'],
    commonMistakes: ['Pulling too hard.', 'Lifting your head.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    easierId: 'fx-seated-figure-four',
    position: 'floor',
    avoidIf: ['pregnancy-later-stages'],
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'shoulder',
      props: [{ kind: 'mat' }],
      description:
        'A person lies on their back with one ankle crossed over the other knee and pulls the legs in.',
      keyframes: [
        pose(CROOK_LYING, { nearLeg: { hip: 70, knee: 110, ankle: 20 } }),
        pose(CROOK_LYING, {
          arms: { shoulder: 80, elbow: 30 },
          nearLeg: { hip: 105, knee: 110, ankle: 20 },
          farLeg: { hip: 95, knee: 90, ankle: 20 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'fx-seated-figure-four',
    name: 'Seated bottom stretch',
    group: 'flexibility',
    level: 1,
    purpose: 'Stretches the muscles of your bottom while you sit.',
    steps: [
      'Sit tall on a firm chair.',
      'Rest one ankle on the other knee.',
      'Keep your back straight and lean forward a little from your hips.',
      'Feel a stretch in your bottom. Hold, then switch.',
    ],
    cues: [HOLD_STRETCH, 'Keep your back straight.'],
    commonMistakes: ['Rounding your back.', 'Pushing down hard on the knee.'],
    startingDose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
    eachSide: true,
    harderId: 'fx-figure-four-lying',
    equipment: ['chair'],
    position: 'chair',
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description: 'A person sits with one ankle on the other knee and leans forward a little from the hips.',
      keyframes: [
        pose(SITTING, { nearLeg: { hip: 105, knee: 130, ankle: 10 } }),
        pose(SITTING, {
          trunk: 25,
          nearLeg: { hip: 130, knee: 130, ankle: 10 },
          farLeg: { hip: 115 },
          arms: { shoulder: 45 },
        }),
      ],
    }),
  }),
];
