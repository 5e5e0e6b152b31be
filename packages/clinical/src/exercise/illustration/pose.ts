/**
 * A pose is a set of joint angles for a simple human figure, in degrees. Keeping poses as
 * angles (not coordinates) means every limb keeps its length, and a keyframe reads like a
 * movement description: "hips bent 90, knees bent 90".
 *
 * Side view: the figure faces right (+x). Front view: the figure faces the viewer; "near"
 * limbs are the figure's right side (drawn on the left of the picture).
 */
export interface ArmAngles {
  /** Shoulder flexion: 0 = hanging, 90 = reaching forward, 180 = overhead. */
  readonly shoulder: number;
  /** Elbow flexion: 0 = straight. In the front view the forearm bends toward the midline. */
  readonly elbow: number;
  /** Shoulder abduction, used by the front view only: 0 = by the side, 90 = out to the side. */
  readonly out: number;
}

export interface LegAngles {
  /** Hip flexion: 0 = in line with the trunk, 90 = thigh at a right angle (sitting). */
  readonly hip: number;
  /** Knee flexion: 0 = straight, 90 = right angle. */
  readonly knee: number;
  /** Ankle plantarflexion: 0 = foot at a right angle to the shin, positive = toes pointed. */
  readonly ankle: number;
  /** Hip abduction, used by the front view only: 0 = straight down, positive = out to the side. */
  readonly out: number;
}

export interface Pose {
  /**
   * Lean of the trunk from upright. Side view: +90 = lying face down with the head to the
   * right, −90 = lying on the back with the head to the left. Front view: side bend.
   */
  readonly trunk: number;
  /**
   * Front view only: turns the whole figure in the picture, e.g. −90 = lying on the right
   * side with the head to the left (side plank, side lying). `trunk` then bends the upper
   * body relative to the legs.
   */
  readonly roll: number;
  /** Curve of the spine: positive = rounded (flexion), negative = arched (extension). */
  readonly bend: number;
  /** Head nod relative to the trunk: positive = chin toward chest. */
  readonly neck: number;
  /** Trunk rotation, shown in the front view by narrowing the shoulders (0–80). */
  readonly twist: number;
  readonly nearArm: ArmAngles;
  readonly farArm: ArmAngles;
  readonly nearLeg: LegAngles;
  readonly farLeg: LegAngles;
  /** Height of the lowest point above the floor, e.g. standing on a step. */
  readonly raise: number;
}

export type IllustrationView = 'side' | 'front';

export type JointName =
  | 'hip'
  | 'shoulder'
  | 'head'
  | 'nearElbow'
  | 'nearHand'
  | 'farElbow'
  | 'farHand'
  | 'nearKnee'
  | 'nearAnkle'
  | 'nearToe'
  | 'farKnee'
  | 'farAnkle'
  | 'farToe';

/** Props drawn with the figure. Each is placed from the figure's first keyframe. */
export type IllustrationProp =
  | { readonly kind: 'mat' }
  | { readonly kind: 'chair'; readonly placement: 'under-hip' | 'under-calves' | 'hands-on-back' }
  | { readonly kind: 'wall'; readonly side: 'behind' | 'in-front' }
  | { readonly kind: 'band' }
  | { readonly kind: 'towel' }
  | { readonly kind: 'step' }
  | { readonly kind: 'bike' };

export interface IllustrationSpec {
  readonly view: IllustrationView;
  /** Two to four keyframes; the animation plays them in order and loops back to the first. */
  readonly keyframes: readonly Pose[];
  /** The joint that stays put across keyframes (e.g. the feet in a squat). */
  readonly anchor: JointName;
  readonly props: readonly IllustrationProp[];
  /** Seconds spent moving from one keyframe to the next. */
  readonly secondsPerMove: number;
  /** Plain description of the movement, used as the SVG's accessible description. */
  readonly description: string;
}

/** Overrides accepted by `pose()`: any top-level field, and any single joint angle of a limb. */
export interface PoseOverrides {
  readonly trunk?: number;
  readonly bend?: number;
  readonly roll?: number;
  readonly neck?: number;
  readonly twist?: number;
  readonly raise?: number;
  readonly nearArm?: Partial<ArmAngles>;
  readonly farArm?: Partial<ArmAngles>;
  readonly nearLeg?: Partial<LegAngles>;
  readonly farLeg?: Partial<LegAngles>;
  /** Sets both arms at once; `nearArm`/`farArm` still win. */
  readonly arms?: Partial<ArmAngles>;
  /** Sets both legs at once; `nearLeg`/`farLeg` still win. */
  readonly legs?: Partial<LegAngles>;
}

const NEUTRAL_ARM: ArmAngles = { shoulder: 0, elbow: 10, out: 6 };
const NEUTRAL_LEG: LegAngles = { hip: 0, knee: 0, ankle: 0, out: 4 };

/** Builds a pose from a base pose and overrides, so keyframes only state what changes. */
export function pose(base: Pose | null, overrides: PoseOverrides = {}): Pose {
  const from: Pose = base ?? {
    trunk: 0,
    bend: 0,
    roll: 0,
    neck: 0,
    twist: 0,
    raise: 0,
    nearArm: NEUTRAL_ARM,
    farArm: NEUTRAL_ARM,
    nearLeg: NEUTRAL_LEG,
    farLeg: NEUTRAL_LEG,
  };
  return {
    trunk: overrides.trunk ?? from.trunk,
    bend: overrides.bend ?? from.bend,
    roll: overrides.roll ?? from.roll,
    neck: overrides.neck ?? from.neck,
    twist: overrides.twist ?? from.twist,
    raise: overrides.raise ?? from.raise,
    nearArm: { ...from.nearArm, ...overrides.arms, ...overrides.nearArm },
    farArm: { ...from.farArm, ...overrides.arms, ...overrides.farArm },
    nearLeg: { ...from.nearLeg, ...overrides.legs, ...overrides.nearLeg },
    farLeg: { ...from.farLeg, ...overrides.legs, ...overrides.farLeg },
  };
}
