import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('seeded random', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw('clinic')).toEqual(draw('clinic'));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('forks streams that depend only on the seed and the label', () => {
    const a = createRandom(9);
    a.next();
    a.next();
    const b = createRandom(9);
    expect(a.fork('patient:3').next()).toBe(b.fork('patient:3').next());
    expect(b.fork('patient:3').next()).not.toBe(b.fork('patient:4').next());
  });

  it('draws in range with about the right moments', () => {
    const random = createRandom(1);
    const n = 20_000;
    const uniforms = Array.from({ length: n }, () => random.next());
    const normals = Array.from({ length: n }, () => random.normal(2, 3));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(mean(uniforms)).toBeCloseTo(0.5, 1);
    expect(mean(normals)).toBeCloseTo(2, 1);
    const sd = Math.sqrt(mean(normals.map((x) => (x - 2) ** 2)));
    expect(sd).toBeGreaterThan(2.9);
    expect(sd).toBeLessThan(3.1);
    const ints = Array.from({ length: 1000 }, () => random.integer(1, 3));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3]));
    const picks = Array.from({ length: n }, () => random.weighted({ a: 0.2, b: 0.8 }));
    expect(picks.filter((p) => p === 'a').length / n).toBeCloseTo(0.2, 1);
    expect(mean(Array.from({ length: n }, () => random.poisson(1.3)))).toBeCloseTo(1.3, 1);
  });
});
