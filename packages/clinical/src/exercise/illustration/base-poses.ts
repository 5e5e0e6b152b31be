import { type Pose, pose } from './pose';

/**
 * Starting positions that exercise keyframes build on. The angles were worked out from the
 * segment lengths in figure.ts so that hands, knees and feet meet the floor where they should.
 */

export const STANDING: Pose = pose(null);

/** Sitting upright on a chair, hands resting on the thighs. */
export const SITTING: Pose = pose(null, {
  legs: { hip: 90, knee: 90 },
  arms: { shoulder: 25, elbow: 65 },
});

/** Lying on the back, legs straight, head to the left. */
export const LYING_ON_BACK: Pose = pose(null, {
  trunk: -90,
  arms: { shoulder: 5, elbow: 0 },
  legs: { ankle: 10 },
});

/** Lying on the back with knees bent and feet flat ("crook lying"). */
export const CROOK_LYING: Pose = pose(LYING_ON_BACK, {
  legs: { hip: 45, knee: 95, ankle: 40 },
});

/** Lying face down, head to the right, arms by the sides. */
export const LYING_FACE_DOWN: Pose = pose(null, {
  trunk: 90,
  neck: 10,
  arms: { shoulder: 0, elbow: 0 },
  legs: { ankle: 60 },
});

/** Face down, propped on the forearms, hips on the floor. */
export const PROPPED_ON_ELBOWS: Pose = pose(LYING_FACE_DOWN, {
  trunk: 60,
  neck: 0,
  arms: { shoulder: 60, elbow: 90 },
  legs: { hip: -30, ankle: 60 },
});

/** Face down with hands on the floor beside the shoulders, ready to press up. */
export const FACE_DOWN_HANDS_READY: Pose = pose(LYING_FACE_DOWN, {
  arms: { shoulder: -60, elbow: 150 },
});

/** Hands and knees ("four-point kneeling"): hands under shoulders, knees under hips. */
export const HANDS_AND_KNEES: Pose = pose(null, {
  trunk: 83,
  neck: 5,
  arms: { shoulder: 83, elbow: 0 },
  legs: { hip: 83, knee: 90, ankle: 90 },
});

/** Half-kneeling: near foot forward, far knee on the floor. */
export const HALF_KNEELING: Pose = pose(null, {
  nearLeg: { hip: 90, knee: 90, ankle: 0 },
  farLeg: { hip: -10, knee: 80, ankle: 80 },
  arms: { shoulder: 20, elbow: 90 },
});
