import { SITTING, STANDING } from '../illustration/base-poses';
import { pose } from '../illustration/pose';
import type { Exercise } from '../types';
import { defineExercise, illustrate } from './define';

/**
 * Walking and aerobic work (clinical.md §5.9: a graded walking programme, cycling). Walking
 * is dosed by time and rises by about 10% a week when the progression rules are met.
 */
const STRIDE = pose(STANDING, {
  nearLeg: { hip: 25, knee: 5, ankle: -5 },
  farLeg: { hip: -15, knee: 15, ankle: 20 },
  nearArm: { shoulder: -20, elbow: 20 },
  farArm: { shoulder: 25, elbow: 20 },
});
const STRIDE_OTHER = pose(STANDING, {
  farLeg: { hip: 25, knee: 5, ankle: -5 },
  nearLeg: { hip: -15, knee: 15, ankle: 20 },
  farArm: { shoulder: -20, elbow: 20 },
  nearArm: { shoulder: 25, elbow: 20 },
});
const BIKE = pose(SITTING, { trunk: 20, arms: { shoulder: 70, elbow: 20 } });

export const WALKING_AEROBIC_EXERCISES: readonly Exercise[] = [
  defineExercise({
    id: 'ae-walk',
    name: 'Walk',
    group: 'walking-aerobic',
    level: 1,
    purpose: 'Builds fitness and helps your back feel less stiff.',
    steps: [
      'Walk at a pace that feels comfortable.',
      'Walk for the time shown, even on a good day. Then stop and rest.',
      'Pick a flat route for the first few weeks.',
      'You can split the time into two shorter walks.',
    ],
    cues: ['Stand tall and let your arms swing.', 'You should be able to talk while you walk.'],
    commonMistakes: ['Walking much longer on a good day, then resting for days after.', 'Rushing.'],
    startingDose: { kind: 'duration', minutes: 10 },
    harderId: 'ae-brisk-walk',
    position: 'standing',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      secondsPerMove: 0.8,
      description: 'A person walks with an easy stride, arms swinging.',
      keyframes: [STRIDE, STRIDE_OTHER],
    }),
  }),
  defineExercise({
    id: 'ae-brisk-walk',
    name: 'Brisk walk',
    group: 'walking-aerobic',
    level: 2,
    purpose: 'Builds fitness by walking a little faster.',
    steps: [
      'Start at an easy pace for a few minutes.',
      'Then walk a bit faster, so you breathe harder but can still talk.',
      'Walk for the time shown, then slow down for the last few minutes.',
    ],
    cues: ['Swing your arms a little more.', 'Take quick, easy steps rather than long ones.'],
    commonMistakes: ['Going so fast that you cannot talk.', 'Skipping the easy start.'],
    startingDose: { kind: 'duration', minutes: 15 },
    easierId: 'ae-walk',
    position: 'standing',
    suits: ['mechanical', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      secondsPerMove: 0.6,
      description: 'A person walks briskly with bent arms swinging.',
      keyframes: [
        pose(STRIDE, {
          trunk: 5,
          nearArm: { shoulder: -30, elbow: 80 },
          farArm: { shoulder: 40, elbow: 80 },
        }),
        pose(STRIDE_OTHER, {
          trunk: 5,
          farArm: { shoulder: -30, elbow: 80 },
          nearArm: { shoulder: 40, elbow: 80 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'ae-seated-stepping',
    name: 'Seated stepping',
    group: 'walking-aerobic',
    level: 1,
    purpose: 'Gets your heart going a little when walking is hard.',
    steps: [
      'Sit tall near the front of a firm chair.',
      'Lift your knees in turn, as if walking fast.',
      'Swing your arms at the same time.',
      'Keep going for the time shown.',
    ],
    cues: ['You should breathe a little harder but still be able to talk.', 'Sit tall.'],
    commonMistakes: ['Leaning back.', 'Stopping and starting.'],
    startingDose: { kind: 'duration', minutes: 5 },
    equipment: ['chair'],
    position: 'chair',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      secondsPerMove: 0.7,
      props: [{ kind: 'chair', placement: 'under-hip' }],
      description: 'A person sits tall and lifts the knees in turn while swinging the arms.',
      keyframes: [
        pose(SITTING, {
          nearLeg: { hip: 115, knee: 100 },
          nearArm: { shoulder: -20, elbow: 80 },
          farArm: { shoulder: 40, elbow: 80 },
        }),
        pose(SITTING, {
          farLeg: { hip: 115, knee: 100 },
          farArm: { shoulder: -20, elbow: 80 },
          nearArm: { shoulder: 40, elbow: 80 },
        }),
      ],
    }),
  }),
  defineExercise({
    id: 'ae-exercise-bike',
    name: 'Exercise bike',
    group: 'walking-aerobic',
    level: 1,
    purpose: 'Builds fitness with your weight supported.',
    steps: [
      'Set the seat so your knee is a little bent at the bottom of each turn.',
      'Pedal at an easy pace with low resistance.',
      'Sit tall and hold the handles lightly.',
      'Keep going for the time shown.',
    ],
    cues: ['You should be able to talk while you pedal.', 'Relax your shoulders.'],
    commonMistakes: ['Setting the seat too low.', 'Using high resistance too soon.'],
    startingDose: { kind: 'duration', minutes: 10 },
    equipment: ['exercise-bike'],
    position: 'chair',
    suits: ['mechanical', 'radicular', 'inflammatory', 'mixed'],
    illustration: illustrate({
      anchor: 'hip',
      secondsPerMove: 0.7,
      props: [{ kind: 'bike' }],
      description: 'A person sits on an exercise bike and pedals.',
      keyframes: [
        pose(BIKE, { nearLeg: { hip: 105, knee: 110, ankle: 10 }, farLeg: { hip: 65, knee: 35, ankle: 15 } }),
        pose(BIKE, { farLeg: { hip: 105, knee: 110, ankle: 10 }, nearLeg: { hip: 65, knee: 35, ankle: 15 } }),
      ],
    }),
  }),
];
