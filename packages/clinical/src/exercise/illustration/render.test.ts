import { describe, expect, it } from 'vitest';
import { EXERCISE_CATALOGUE } from '../catalogue/index';
import { STANDING } from './base-poses';
import { lowestPoint } from './figure';
import { pose } from './pose';
import { FLOOR_Y } from './props';
import { placeKeyframes, renderIllustrationSvg } from './render';
import { renderExerciseIllustration } from './render-exercise';
import { checkSvgWellFormed } from './svg-check';

const SIMPLE = {
  view: 'side' as const,
  anchor: 'nearAnkle' as const,
  props: [],
  secondsPerMove: 1,
  description: 'A person stands & raises an arm.',
  keyframes: [STANDING, pose(STANDING, { nearArm: { shoulder: 170 } })],
};

describe('renderIllustrationSvg', () => {
  it('animates with SMIL when no frame is asked for, looping back to the first keyframe', () => {
    const svg = renderIllustrationSvg(SIMPLE, { title: 'Arm raise', idPrefix: 'arm' });
    expect(svg).toContain('<animate ');
    expect(svg).toContain('repeatCount="indefinite"');
    const values = /values="([^"]+)"/.exec(svg)?.[1]?.split(';') ?? [];
    expect(values.length).toBe(3);
    expect(values[0]).toBe(values[2]);
  });

  it('draws one still keyframe when a frame is asked for', () => {
    const first = renderIllustrationSvg(SIMPLE, { title: 'Arm raise', idPrefix: 'arm', frame: 0 });
    const second = renderIllustrationSvg(SIMPLE, { title: 'Arm raise', idPrefix: 'arm', frame: 1 });
    expect(first).not.toContain('<animate');
    expect(first).not.toBe(second);
  });

  it('draws the first keyframe still when animation is turned off', () => {
    const still = renderIllustrationSvg(SIMPLE, { title: 'Arm raise', idPrefix: 'arm', animated: false });
    expect(still).toBe(renderIllustrationSvg(SIMPLE, { title: 'Arm raise', idPrefix: 'arm', frame: 0 }));
  });

  it('escapes text and labels the image for screen readers', () => {
    const svg = renderIllustrationSvg(SIMPLE, { title: 'Raise <one> arm', idPrefix: 'x' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="x-title x-desc"');
    expect(svg).toContain('<title id="x-title">Raise &lt;one&gt; arm</title>');
    expect(svg).toContain('<desc id="x-desc">A person stands &amp; raises an arm.</desc>');
    expect(checkSvgWellFormed(svg).wellFormed).toBe(true);
  });

  it('rejects a frame that does not exist', () => {
    expect(() => renderIllustrationSvg(SIMPLE, { title: 't', idPrefix: 'x', frame: 2 })).toThrow(RangeError);
    expect(() => renderIllustrationSvg(SIMPLE, { title: 't', idPrefix: 'x', frame: -1 })).toThrow(RangeError);
  });
});

describe('placeKeyframes', () => {
  it.each(EXERCISE_CATALOGUE.map((e) => [e.id, e] as const))(
    '%s: every keyframe rests on the floor and the anchor stays still',
    (_, exercise) => {
      const frames = placeKeyframes(exercise.illustration);
      frames.forEach((frame, i) => {
        const raise = exercise.illustration.keyframes[i]?.raise ?? 0;
        expect(lowestPoint(frame)).toBeCloseTo(FLOOR_Y - raise, 5);
        expect(frame.joints[exercise.illustration.anchor].x).toBeCloseTo(
          frames[0]?.joints[exercise.illustration.anchor].x ?? Number.NaN,
          5,
        );
      });
    },
  );
});

describe('renderExerciseIllustration', () => {
  it.each(EXERCISE_CATALOGUE.map((e) => [e.id, e] as const))(
    '%s: well-formed, accessible, self-contained SVG',
    (id, exercise) => {
      const svg = renderExerciseIllustration(id);
      const check = checkSvgWellFormed(svg);
      expect(check.problem).toBeNull();
      expect(check.elementNames).toContain('title');
      expect(check.elementNames).toContain('desc');
      expect(check.elementNames).toContain('animate');
      expect(check.elementNames).not.toContain('script');
      expect(check.elementNames).not.toContain('image');
      expect(check.elementNames).not.toContain('foreignObject');
      expect(svg).not.toMatch(/href=|url\(|\son[a-z]+=/i);
      expect(svg).toContain(`<title id="bp-exercise-${id}-title">`);
      expect(svg).toContain('role="img"');
      for (let frame = 0; frame < exercise.illustration.keyframes.length; frame += 1) {
        const still = renderExerciseIllustration(id, { frame });
        expect(checkSvgWellFormed(still).wellFormed).toBe(true);
        expect(still).not.toContain('<animate');
        expect(still).toContain(`bp-exercise-${id}-f${frame}-title`);
      }
    },
  );

  it('throws for an unknown exercise', () => {
    expect(() => renderExerciseIllustration('no-such-exercise')).toThrow(RangeError);
  });
});

describe('checkSvgWellFormed', () => {
  it.each([
    ['<svg><line></svg>', 'unclosed element'],
    ['<svg><g></line></svg>', 'mismatched close'],
    ["<svg><line x1='1'/></svg>", 'single-quoted attribute'],
    ['<svg>a & b</svg>', 'raw ampersand'],
    ['<g></g>', 'root is not svg'],
  ])('rejects %s (%s)', (svg) => {
    expect(checkSvgWellFormed(svg).wellFormed).toBe(false);
  });
});
