import {
  type FigureGeometry,
  figureGeometry,
  highestPoint,
  horizontalExtent,
  lowestPoint,
  type Point,
  translateFigure,
} from './figure';
import type { IllustrationSpec } from './pose';
import { FLOOR_Y, type MovingLine, placeProps } from './props';

/**
 * Renders an illustration spec to a self-contained SVG string: a floor line, props and a
 * rounded-limb figure. When animated, every limb is a <line> whose end points move through
 * the keyframes with SMIL <animate> elements, looping back to the first keyframe. No
 * scripts, no external assets, no fonts.
 */

const VIEW_HEIGHT = 190;
const MIN_VIEW_WIDTH = 240;
const COLOURS = { near: '#1f4e79', far: '#8ea9c8', floor: '#6b6b6b' } as const;
/** Ease in and out of every keyframe so the figure pauses briefly at each position. */
const EASING = '0.45 0 0.55 1';

export interface RenderIllustrationOptions {
  /** Accessible name, e.g. the exercise name. */
  readonly title: string;
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix: string;
  /** Show one keyframe, without animation. */
  readonly frame?: number;
  /** Animate through the keyframes (default true unless `frame` is given). */
  readonly animated?: boolean;
}

const n = (value: number): string => (Math.round(value * 10) / 10).toString();

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Puts each keyframe on the floor and keeps the anchor joint still between keyframes. */
export function placeKeyframes(spec: IllustrationSpec): FigureGeometry[] {
  const grounded = spec.keyframes.map((keyframe) => {
    const figure = figureGeometry(keyframe, spec.view);
    return translateFigure(figure, 0, FLOOR_Y - keyframe.raise - lowestPoint(figure));
  });
  const first = grounded[0];
  if (first === undefined) return [];
  const anchorX = first.joints[spec.anchor].x;
  return grounded.map((figure) => translateFigure(figure, anchorX - figure.joints[spec.anchor].x, 0));
}

interface AnimatedLine {
  readonly from: readonly Point[];
  readonly to: readonly Point[];
  /** Present for the curved spine, which is drawn as a quadratic path. */
  readonly control?: readonly Point[];
  readonly stroke: string;
  readonly width: number;
}

/** Evenly spaced key times, 0 to 1, for `intervals` moves. */
function keyTimesFor(intervals: number): string {
  return Array.from({ length: intervals + 1 }, (_, i) =>
    (Math.round((i / intervals) * 1000) / 1000).toString(),
  ).join(';');
}

function animation(attribute: string, values: readonly number[], seconds: number): string {
  if (values.every((v) => Math.abs(v - (values[0] ?? 0)) < 0.05)) return '';
  const loop = [...values, values[0] ?? 0];
  const intervals = loop.length - 1;
  const keyTimes = keyTimesFor(intervals);
  const splines = Array.from({ length: intervals }, () => EASING).join(';');
  return `<animate attributeName="${attribute}" dur="${n(seconds * intervals)}s" repeatCount="indefinite" calcMode="spline" keyTimes="${keyTimes}" keySplines="${splines}" values="${loop.map(n).join(';')}"/>`;
}

function pathData(from: Point, control: Point, to: Point): string {
  return `M${n(from.x)} ${n(from.y)}Q${n(control.x)} ${n(control.y)} ${n(to.x)} ${n(to.y)}`;
}

function curveSvg(l: AnimatedLine, control: readonly Point[], frame: number | null, seconds: number): string {
  const pick = (points: readonly Point[], i: number): Point => points[i] ?? { x: 0, y: 0 };
  const shown = frame ?? 0;
  const open = `<path d="${pathData(pick(l.from, shown), pick(control, shown), pick(l.to, shown))}" fill="none" stroke="${l.stroke}" stroke-width="${l.width}" stroke-linecap="round"`;
  if (frame !== null || l.from.length < 2) return `${open}/>`;
  const shapes = l.from.map((_, i) => pathData(pick(l.from, i), pick(control, i), pick(l.to, i)));
  if (shapes.every((d) => d === shapes[0])) return `${open}/>`;
  const loop = [...shapes, shapes[0]];
  const intervals = loop.length - 1;
  const keyTimes = keyTimesFor(intervals);
  const splines = Array.from({ length: intervals }, () => EASING).join(';');
  return `${open}><animate attributeName="d" dur="${n(seconds * intervals)}s" repeatCount="indefinite" calcMode="spline" keyTimes="${keyTimes}" keySplines="${splines}" values="${loop.join(';')}"/></path>`;
}

function lineSvg(l: AnimatedLine, frame: number | null, seconds: number): string {
  if (l.control !== undefined) return curveSvg(l, l.control, frame, seconds);
  const at = (points: readonly Point[]): Point => points[frame ?? 0] ?? { x: 0, y: 0 };
  const a = at(l.from);
  const b = at(l.to);
  const open = `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${l.stroke}" stroke-width="${l.width}" stroke-linecap="round"`;
  if (frame !== null || l.from.length < 2) return `${open}/>`;
  const animations = [
    animation(
      'x1',
      l.from.map((p) => p.x),
      seconds,
    ),
    animation(
      'y1',
      l.from.map((p) => p.y),
      seconds,
    ),
    animation(
      'x2',
      l.to.map((p) => p.x),
      seconds,
    ),
    animation(
      'y2',
      l.to.map((p) => p.y),
      seconds,
    ),
  ].join('');
  return animations === '' ? `${open}/>` : `${open}>${animations}</line>`;
}

function headSvg(frames: readonly FigureGeometry[], frame: number | null, seconds: number): string {
  const shown = frames[frame ?? 0] ?? frames[0];
  if (shown === undefined) return '';
  const open = `<circle cx="${n(shown.head.center.x)}" cy="${n(shown.head.center.y)}" r="${shown.head.radius}" fill="${COLOURS.near}"`;
  if (frame !== null || frames.length < 2) return `${open}/>`;
  const animations =
    animation(
      'cx',
      frames.map((f) => f.head.center.x),
      seconds,
    ) +
    animation(
      'cy',
      frames.map((f) => f.head.center.y),
      seconds,
    );
  return animations === '' ? `${open}/>` : `${open}>${animations}</circle>`;
}

export function renderIllustrationSvg(spec: IllustrationSpec, options: RenderIllustrationOptions): string {
  const frames = placeKeyframes(spec);
  const first = frames[0];
  if (first === undefined) throw new RangeError(`Illustration "${options.title}" has no keyframes`);
  const animated = options.animated ?? options.frame === undefined;
  const frameIndex = options.frame ?? 0;
  if (!Number.isInteger(frameIndex) || frameIndex < 0 || frameIndex >= frames.length) {
    throw new RangeError(`Frame ${frameIndex} is outside 0–${frames.length - 1} for "${options.title}"`);
  }
  const shownFrame = animated && frames.length > 1 ? null : frameIndex;

  const props = placeProps(
    spec.props,
    spec.view,
    frames,
    spec.keyframes.map((k) => k.raise),
  );
  const extents = frames.map(horizontalExtent);
  let minX = Math.min(...extents.map((e) => e.min), ...props.behind.map((s) => s.minX));
  let maxX = Math.max(...extents.map((e) => e.max), ...props.behind.map((s) => s.maxX));
  for (const moving of props.moving) {
    for (const p of [...moving.from, ...moving.to]) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
    }
  }
  const width = Math.max(MIN_VIEW_WIDTH, maxX - minX + 24);
  const viewLeft = (minX + maxX) / 2 - width / 2;
  // Arms raised overhead can reach above the usual frame: grow the picture upward.
  const viewTop = Math.min(0, Math.min(...frames.map(highestPoint)) - 8);
  const height = VIEW_HEIGHT - viewTop;

  const limbLines = first.segments.map((segment, index): AnimatedLine => {
    const line: AnimatedLine = {
      from: frames.map((f) => f.segments[index]?.from ?? segment.from),
      to: frames.map((f) => f.segments[index]?.to ?? segment.to),
      stroke: COLOURS[segment.tone],
      width: segment.width,
    };
    if (segment.control === undefined) return line;
    return { ...line, control: frames.map((f) => f.segments[index]?.control ?? segment.from) };
  });
  const propLines = props.moving.map(
    (m: MovingLine): AnimatedLine => ({ from: m.from, to: m.to, stroke: m.colour, width: m.width }),
  );
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(viewLeft)} ${n(viewTop)} ${n(width)} ${n(height)}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<desc id="${descId}">${escapeXml(spec.description)}</desc>`,
    `<line x1="${n(viewLeft)}" y1="${FLOOR_Y}" x2="${n(viewLeft + width)}" y2="${FLOOR_Y}" stroke="${COLOURS.floor}" stroke-width="2"/>`,
    ...props.behind.map((shape) => shape.svg),
    ...limbLines.map((l) => lineSvg(l, shownFrame, spec.secondsPerMove)),
    headSvg(frames, shownFrame, spec.secondsPerMove),
    ...propLines.map((l) => lineSvg(l, shownFrame, spec.secondsPerMove)),
    '</svg>',
  ].join('');
}
