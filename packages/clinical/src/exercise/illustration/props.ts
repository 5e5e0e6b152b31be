import { type FigureGeometry, LIMB_WIDTH, type Point, TRUNK_WIDTH } from './figure';
import type { IllustrationProp, IllustrationView } from './pose';

/**
 * Props are simple shapes placed from the figure. Static props (mat, chair, wall, step,
 * bike) are placed from the first keyframe; a band or towel is a line that follows the
 * hand in every keyframe.
 */

export const FLOOR_Y = 176;
const CHAIR_SEAT_HEIGHT = 36;

export const PROP_COLOURS = {
  wood: '#a0764a',
  wall: '#c9c9c9',
  mat: '#cfe5d6',
  band: '#c0392b',
  towel: '#d68910',
  metal: '#5d6d7e',
} as const;

/** A static shape, already serialised as SVG. */
export interface StaticShape {
  readonly svg: string;
  readonly minX: number;
  readonly maxX: number;
}

/** A line whose ends follow joints, one position per keyframe. */
export interface MovingLine {
  readonly name: string;
  readonly colour: string;
  readonly width: number;
  readonly from: readonly Point[];
  readonly to: readonly Point[];
}

export interface PlacedProps {
  readonly behind: readonly StaticShape[];
  readonly moving: readonly MovingLine[];
}

const n = (value: number): string => (Math.round(value * 10) / 10).toString();

function rect(x: number, y: number, width: number, height: number, fill: string): StaticShape {
  return {
    svg: `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="1.5" fill="${fill}"/>`,
    minX: x,
    maxX: x + width,
  };
}

function line(a: Point, b: Point, stroke: string, width: number): StaticShape {
  return {
    svg: `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"/>`,
    minX: Math.min(a.x, b.x) - width / 2,
    maxX: Math.max(a.x, b.x) + width / 2,
  };
}

/** A side-on chair: seat, two legs and a backrest on the `backAt` side. */
function chair(
  seatLeft: number,
  seatRight: number,
  seatTop: number,
  backAt: 'left' | 'right' | 'none',
): StaticShape[] {
  const wood = PROP_COLOURS.wood;
  const shapes = [
    rect(seatLeft, seatTop, seatRight - seatLeft, 4, wood),
    line({ x: seatLeft + 2, y: seatTop + 4 }, { x: seatLeft + 2, y: FLOOR_Y }, wood, 3),
    line({ x: seatRight - 2, y: seatTop + 4 }, { x: seatRight - 2, y: FLOOR_Y }, wood, 3),
  ];
  if (backAt === 'none') return shapes;
  const backX = backAt === 'left' ? seatLeft : seatRight;
  return [...shapes, line({ x: backX, y: seatTop }, { x: backX, y: seatTop - 40 }, wood, 4)];
}

function extentOf(figure: FigureGeometry): { min: number; max: number } {
  const xs = figure.segments.flatMap((s) => [s.from.x, s.to.x]);
  return { min: Math.min(...xs) - TRUNK_WIDTH / 2, max: Math.max(...xs) + TRUNK_WIDTH / 2 };
}

export function placeProps(
  props: readonly IllustrationProp[],
  view: IllustrationView,
  frames: readonly FigureGeometry[],
  raises: readonly number[],
): PlacedProps {
  const first = frames[0];
  if (first === undefined) return { behind: [], moving: [] };
  const j = first.joints;
  const behind: StaticShape[] = [];
  const moving: MovingLine[] = [];
  const extents = frames.map(extentOf);
  const minX = Math.min(...extents.map((e) => e.min));
  const maxX = Math.max(...extents.map((e) => e.max));

  for (const prop of props) {
    switch (prop.kind) {
      case 'mat':
        behind.push(rect(minX - 6, FLOOR_Y - 3, maxX - minX + 12, 3, PROP_COLOURS.mat));
        break;
      case 'chair':
        if (prop.placement === 'under-hip') {
          const seatTop = j.hip.y + TRUNK_WIDTH / 2;
          behind.push(...chair(j.hip.x - 16, j.hip.x + 16, seatTop, view === 'side' ? 'left' : 'none'));
        } else if (prop.placement === 'under-calves') {
          const seatTop = Math.max(j.nearKnee.y, j.nearAnkle.y) + LIMB_WIDTH / 2;
          behind.push(...chair(j.nearKnee.x - 4, j.nearAnkle.x + 8, seatTop, 'right'));
        } else {
          const seatTop = FLOOR_Y - CHAIR_SEAT_HEIGHT;
          const backX = j.nearHand.x + 2;
          behind.push(line({ x: backX, y: j.nearHand.y }, { x: backX, y: seatTop }, PROP_COLOURS.wood, 4));
          behind.push(...chair(backX, backX + 30, seatTop, 'left'));
        }
        break;
      case 'wall': {
        const x = prop.side === 'behind' ? minX - 6 : maxX;
        behind.push(rect(x, 12, 6, FLOOR_Y - 12, PROP_COLOURS.wall));
        break;
      }
      case 'step': {
        const height = Math.max(8, ...raises);
        const raisedIndex = raises.indexOf(Math.max(...raises));
        const onStep = frames[raisedIndex] ?? first;
        const left = Math.min(onStep.joints.nearAnkle.x, onStep.joints.farAnkle.x) - 12;
        const right = Math.max(onStep.joints.nearToe.x, onStep.joints.farToe.x) + 12;
        behind.push(rect(left, FLOOR_Y - height, right - left, height, PROP_COLOURS.wood));
        break;
      }
      case 'bike': {
        const wheelCentre = { x: (j.nearAnkle.x + j.farAnkle.x) / 2 + 14, y: FLOOR_Y - 30 };
        const seatTop = j.hip.y + TRUNK_WIDTH / 2;
        behind.push(rect(j.hip.x - 12, seatTop, 24, 4, PROP_COLOURS.metal));
        behind.push(line({ x: j.hip.x, y: seatTop + 4 }, { x: j.hip.x, y: FLOOR_Y }, PROP_COLOURS.metal, 4));
        behind.push(
          line(
            { x: j.hip.x - 20, y: FLOOR_Y - 2 },
            { x: wheelCentre.x + 24, y: FLOOR_Y - 2 },
            PROP_COLOURS.metal,
            4,
          ),
        );
        behind.push(line(wheelCentre, { x: wheelCentre.x + 8, y: j.nearHand.y }, PROP_COLOURS.metal, 4));
        behind.push({
          svg: `<circle cx="${n(wheelCentre.x)}" cy="${n(wheelCentre.y)}" r="16" fill="none" stroke="${PROP_COLOURS.metal}" stroke-width="4"/>`,
          minX: wheelCentre.x - 18,
          maxX: wheelCentre.x + 18,
        });
        break;
      }
      case 'band': {
        const anchor = { x: maxX + 34, y: j.nearHand.y };
        behind.push(rect(anchor.x, anchor.y - 5, 6, 10, PROP_COLOURS.metal));
        moving.push({
          name: 'band',
          colour: PROP_COLOURS.band,
          width: 3,
          from: frames.map(() => anchor),
          to: frames.map((f) => f.joints.nearHand),
        });
        break;
      }
      case 'towel':
        moving.push({
          name: 'towel',
          colour: PROP_COLOURS.towel,
          width: 4,
          from: frames.map((f) => f.joints.nearHand),
          to: frames.map((f) => f.joints.nearToe),
        });
        break;
    }
  }
  return { behind, moving };
}
