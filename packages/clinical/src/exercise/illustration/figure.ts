import type { IllustrationView, JointName, Pose } from './pose';

/**
 * Forward kinematics: joint angles in, 2-D points out. Screen coordinates (y grows down).
 * A world angle θ points along (sin θ, cos θ): 0 = straight down, 90 = forward (+x),
 * 180 = straight up. The segment lengths give an adult of about 150 units standing.
 */
export const SEGMENT_LENGTH = {
  trunk: 48,
  neck: 6,
  headRadius: 9,
  upperArm: 24,
  forearm: 22,
  thigh: 40,
  shin: 38,
  foot: 11,
  shoulderHalfWidth: 13,
  hipHalfWidth: 8,
} as const;

export const LIMB_WIDTH = 8;
export const TRUNK_WIDTH = 15;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Tone = 'near' | 'far';

export interface FigureSegment {
  readonly name: string;
  readonly from: Point;
  readonly to: Point;
  /** Control point of a curved segment (the spine); drawn as a quadratic curve. */
  readonly control?: Point;
  readonly width: number;
  readonly tone: Tone;
}

export interface FigureGeometry {
  /** Drawn in order: far limbs first, then trunk, then near limbs. */
  readonly segments: readonly FigureSegment[];
  readonly head: { readonly center: Point; readonly radius: number };
  readonly joints: Readonly<Record<JointName, Point>>;
}

const DEGREES = Math.PI / 180;

function step(from: Point, worldAngle: number, length: number): Point {
  return {
    x: from.x + Math.sin(worldAngle * DEGREES) * length,
    y: from.y + Math.cos(worldAngle * DEGREES) * length,
  };
}

function segment(name: string, from: Point, to: Point, width: number, tone: Tone): FigureSegment {
  return { name, from, to, width, tone };
}

/**
 * The spine, from hip to shoulder, curved by `bend`: the control point moves toward the back
 * for a rounded spine (flexion) and toward the front for an arched one (extension).
 */
function trunkSegment(hip: Point, shoulder: Point, bend: number, width: number): FigureSegment {
  const dx = shoulder.x - hip.x;
  const dy = shoulder.y - hip.y;
  const length = Math.hypot(dx, dy) || 1;
  // The figure's front is the trunk direction turned a quarter-turn clockwise on screen.
  const front = { x: -dy / length, y: dx / length };
  const offset = -(bend / 90) * length * 0.5;
  const control = {
    x: (hip.x + shoulder.x) / 2 + front.x * offset,
    y: (hip.y + shoulder.y) / 2 + front.y * offset,
  };
  return { name: 'trunk', from: hip, to: shoulder, control, width, tone: 'near' };
}

/** Joint positions for a side view, with the hip at the origin. */
function sideView(p: Pose): FigureGeometry {
  const L = SEGMENT_LENGTH;
  const trunkAngle = 180 - p.trunk;
  const hip: Point = { x: 0, y: 0 };
  const shoulder = step(hip, trunkAngle, L.trunk);
  const headAngle = trunkAngle - p.neck;
  const neckTop = step(shoulder, headAngle, L.neck);
  const head = step(shoulder, headAngle, L.neck + L.headRadius);

  const arm = (a: Pose['nearArm']) => {
    const upper = trunkAngle - 180 + a.shoulder;
    const elbow = step(shoulder, upper, L.upperArm);
    return { elbow, hand: step(elbow, upper + a.elbow, L.forearm) };
  };
  const leg = (l: Pose['nearLeg']) => {
    const thigh = trunkAngle - 180 + l.hip;
    const knee = step(hip, thigh, L.thigh);
    const shin = thigh - l.knee;
    const ankle = step(knee, shin, L.shin);
    return { knee, ankle, toe: step(ankle, shin + 90 - l.ankle, L.foot) };
  };
  const nearArm = arm(p.nearArm);
  const farArm = arm(p.farArm);
  const nearLeg = leg(p.nearLeg);
  const farLeg = leg(p.farLeg);

  return {
    segments: [
      segment('far-upper-arm', shoulder, farArm.elbow, LIMB_WIDTH, 'far'),
      segment('far-forearm', farArm.elbow, farArm.hand, LIMB_WIDTH, 'far'),
      segment('far-thigh', hip, farLeg.knee, LIMB_WIDTH, 'far'),
      segment('far-shin', farLeg.knee, farLeg.ankle, LIMB_WIDTH, 'far'),
      segment('far-foot', farLeg.ankle, farLeg.toe, LIMB_WIDTH - 2, 'far'),
      trunkSegment(hip, shoulder, p.bend, TRUNK_WIDTH),
      segment('neck', shoulder, neckTop, LIMB_WIDTH, 'near'),
      segment('near-thigh', hip, nearLeg.knee, LIMB_WIDTH, 'near'),
      segment('near-shin', nearLeg.knee, nearLeg.ankle, LIMB_WIDTH, 'near'),
      segment('near-foot', nearLeg.ankle, nearLeg.toe, LIMB_WIDTH - 2, 'near'),
      segment('near-upper-arm', shoulder, nearArm.elbow, LIMB_WIDTH, 'near'),
      segment('near-forearm', nearArm.elbow, nearArm.hand, LIMB_WIDTH, 'near'),
    ],
    head: { center: head, radius: L.headRadius },
    joints: {
      hip,
      shoulder,
      head,
      nearElbow: nearArm.elbow,
      nearHand: nearArm.hand,
      farElbow: farArm.elbow,
      farHand: farArm.hand,
      nearKnee: nearLeg.knee,
      nearAnkle: nearLeg.ankle,
      nearToe: nearLeg.toe,
      farKnee: farLeg.knee,
      farAnkle: farLeg.ankle,
      farToe: farLeg.toe,
    },
  };
}

/**
 * Front view: the figure faces the viewer. The figure's right side ("near") is drawn on the
 * left of the picture; both sides are drawn in the same tone. Each limb is treated as a 3-D direction (flexion toward the viewer,
 * abduction out to the side) and projected onto the picture, so a thigh pointing at the
 * viewer (sitting) looks short and an arm raised overhead points up.
 */
function frontView(p: Pose): FigureGeometry {
  const L = SEGMENT_LENGTH;
  const turn =
    (angle: number) =>
    (bx: number, by: number): Point => ({
      x: bx * Math.cos(angle) - by * Math.sin(angle),
      y: bx * Math.sin(angle) + by * Math.cos(angle),
    });
  // Body frame (x = figure's left, y = down) to screen: the legs follow the roll of the
  // whole body, the upper body also follows the side bend.
  const legsToScreen = turn(p.roll * DEGREES);
  const toScreen = turn((p.roll + p.trunk) * DEGREES);
  const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
  const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
  /** Projected direction of a limb segment; keeps a short stub when it points at the viewer. */
  const projected = (side: number, out: number, flexion: number): Point => {
    const bx = side * Math.sin(out * DEGREES);
    const by = Math.cos(out * DEGREES) * Math.cos(flexion * DEGREES);
    const length = Math.hypot(bx, by);
    return length < 0.3 ? { x: bx, y: 0.3 } : { x: bx, y: by };
  };
  const rotate = (v: Point, degrees: number): Point => {
    const r = degrees * DEGREES;
    return { x: v.x * Math.cos(r) - v.y * Math.sin(r), y: v.x * Math.sin(r) + v.y * Math.cos(r) };
  };

  const pelvis: Point = { x: 0, y: 0 };
  const shoulderCentre = toScreen(0, -L.trunk);
  const shoulderHalf = L.shoulderHalfWidth * Math.cos(Math.min(80, Math.abs(p.twist)) * DEGREES);
  const nearShoulder = add(shoulderCentre, toScreen(-shoulderHalf, 0));
  const farShoulder = add(shoulderCentre, toScreen(shoulderHalf, 0));
  const nearHip = legsToScreen(-L.hipHalfWidth, 0);
  const farHip = legsToScreen(L.hipHalfWidth, 0);
  const headUp = toScreen(0, -1);
  const neckTop = add(shoulderCentre, scale(headUp, L.neck));
  const head = add(shoulderCentre, scale(headUp, L.neck + L.headRadius));

  const arm = (from: Point, a: Pose['nearArm'], side: 1 | -1) => {
    const upper = projected(side, a.out, a.shoulder);
    const elbow = add(from, toScreen(upper.x * L.upperArm, upper.y * L.upperArm));
    const fore = rotate(upper, side * a.elbow);
    const foreLength = Math.hypot(fore.x, fore.y) || 1;
    const hand = add(elbow, toScreen((fore.x / foreLength) * L.forearm, (fore.y / foreLength) * L.forearm));
    return { elbow, hand };
  };
  const leg = (from: Point, l: Pose['nearLeg'], side: 1 | -1) => {
    const thigh = projected(side, l.out, l.hip);
    const knee = add(from, legsToScreen(thigh.x * L.thigh, thigh.y * L.thigh));
    const shin = projected(side, l.out, l.hip - l.knee);
    const ankle = add(knee, legsToScreen(shin.x * L.shin, shin.y * L.shin));
    return { knee, ankle, toe: add(ankle, legsToScreen(side * L.foot * 0.7, 0)) };
  };
  const nearArm = arm(nearShoulder, p.nearArm, -1);
  const farArm = arm(farShoulder, p.farArm, 1);
  const nearLeg = leg(nearHip, p.nearLeg, -1);
  const farLeg = leg(farHip, p.farLeg, 1);

  return {
    segments: [
      trunkSegment(pelvis, shoulderCentre, 0, TRUNK_WIDTH + 4),
      segment('shoulders', nearShoulder, farShoulder, LIMB_WIDTH, 'near'),
      segment('pelvis', nearHip, farHip, LIMB_WIDTH + 2, 'near'),
      segment('neck', shoulderCentre, neckTop, LIMB_WIDTH, 'near'),
      segment('far-thigh', farHip, farLeg.knee, LIMB_WIDTH, 'near'),
      segment('far-shin', farLeg.knee, farLeg.ankle, LIMB_WIDTH, 'near'),
      segment('far-foot', farLeg.ankle, farLeg.toe, LIMB_WIDTH - 2, 'near'),
      segment('near-thigh', nearHip, nearLeg.knee, LIMB_WIDTH, 'near'),
      segment('near-shin', nearLeg.knee, nearLeg.ankle, LIMB_WIDTH, 'near'),
      segment('near-foot', nearLeg.ankle, nearLeg.toe, LIMB_WIDTH - 2, 'near'),
      segment('far-upper-arm', farShoulder, farArm.elbow, LIMB_WIDTH, 'near'),
      segment('far-forearm', farArm.elbow, farArm.hand, LIMB_WIDTH, 'near'),
      segment('near-upper-arm', nearShoulder, nearArm.elbow, LIMB_WIDTH, 'near'),
      segment('near-forearm', nearArm.elbow, nearArm.hand, LIMB_WIDTH, 'near'),
    ],
    head: { center: head, radius: L.headRadius },
    joints: {
      hip: pelvis,
      shoulder: shoulderCentre,
      head,
      nearElbow: nearArm.elbow,
      nearHand: nearArm.hand,
      farElbow: farArm.elbow,
      farHand: farArm.hand,
      nearKnee: nearLeg.knee,
      nearAnkle: nearLeg.ankle,
      nearToe: nearLeg.toe,
      farKnee: farLeg.knee,
      farAnkle: farLeg.ankle,
      farToe: farLeg.toe,
    },
  };
}

export function figureGeometry(p: Pose, view: IllustrationView): FigureGeometry {
  return view === 'side' ? sideView(p) : frontView(p);
}

/** Moves every point of a figure by (dx, dy). */
export function translateFigure(figure: FigureGeometry, dx: number, dy: number): FigureGeometry {
  const move = (q: Point): Point => ({ x: q.x + dx, y: q.y + dy });
  const joints = Object.fromEntries(
    Object.entries(figure.joints).map(([name, q]) => [name, move(q)]),
  ) as Record<JointName, Point>;
  return {
    segments: figure.segments.map((s) =>
      s.control === undefined
        ? { ...s, from: move(s.from), to: move(s.to) }
        : { ...s, from: move(s.from), to: move(s.to), control: move(s.control) },
    ),
    head: { center: move(figure.head.center), radius: figure.head.radius },
    joints,
  };
}

/** The lowest drawn point (largest y), counting stroke thickness and the head. */
export function lowestPoint(figure: FigureGeometry): number {
  let lowest = figure.head.center.y + figure.head.radius;
  for (const s of figure.segments) {
    lowest = Math.max(lowest, s.from.y + s.width / 2, s.to.y + s.width / 2);
    if (s.control !== undefined) lowest = Math.max(lowest, curveMiddle(s).y + s.width / 2);
  }
  return lowest;
}

/** The highest drawn point (smallest y). */
export function highestPoint(figure: FigureGeometry): number {
  let highest = figure.head.center.y - figure.head.radius;
  for (const s of figure.segments) {
    highest = Math.min(highest, s.from.y - s.width / 2, s.to.y - s.width / 2);
  }
  return highest;
}

/** The point halfway along a curved segment (a quadratic Bézier at t = 0.5). */
export function curveMiddle(s: FigureSegment): Point {
  const c = s.control ?? { x: (s.from.x + s.to.x) / 2, y: (s.from.y + s.to.y) / 2 };
  return { x: 0.25 * s.from.x + 0.5 * c.x + 0.25 * s.to.x, y: 0.25 * s.from.y + 0.5 * c.y + 0.25 * s.to.y };
}

/** Horizontal extent of the drawn figure. */
export function horizontalExtent(figure: FigureGeometry): { readonly min: number; readonly max: number } {
  let min = figure.head.center.x - figure.head.radius;
  let max = figure.head.center.x + figure.head.radius;
  for (const s of figure.segments) {
    const r = s.width / 2;
    min = Math.min(min, s.from.x - r, s.to.x - r);
    max = Math.max(max, s.from.x + r, s.to.x + r);
  }
  return { min, max };
}
