/**
 * A small seeded pseudo-random generator for the simulation, so the same seed always gives
 * the same cohort and the same histories. The core is sfc32 (Chris Doty-Humphrey's "small fast
 * counter" generator, as used by PractRand), seeded through splitmix32 so that neighbouring
 * seeds give unrelated streams. It is written here, not imported, so @backplan/clinical stays
 * free of runtime dependencies beyond zod; it is not for cryptography.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  uniform(min: number, max: number): number;
  /** An integer in [min, max] inclusive. */
  integer(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A normal deviate (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** A key chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A Poisson count (Knuth's method; fine for the small means used here). */
  poisson(mean: number): number;
  /** An independent generator derived from the seed and a label (for per-patient streams). */
  fork(label: string | number): Random;
}

/** splitmix32: turns any 32-bit seed into a well-mixed state word. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, for seeds given as text and for fork labels. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number | string): Random {
  const numeric = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const mix = splitmix32(numeric);
  const core = sfc32(mix(), mix(), mix(), mix());
  // Discard the first outputs, as the sfc32 author recommends, so the state is well mixed.
  for (let i = 0; i < 12; i += 1) core();
  let spareNormal: number | null = null;
  const random: Random = {
    next: core,
    uniform: (min, max) => min + (max - min) * core(),
    integer: (min, max) => min + Math.floor(core() * (max - min + 1)),
    chance: (p) => core() < p,
    normal: (mean, sd) => {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return mean + sd * value;
      }
      const u = 1 - core();
      const v = core();
      const radius = Math.sqrt(-2 * Math.log(u));
      spareNormal = radius * Math.sin(2 * Math.PI * v);
      return mean + sd * radius * Math.cos(2 * Math.PI * v);
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let target = core() * total;
      for (const [key, weight] of entries) {
        target -= weight;
        if (target < 0) return key;
      }
      const last = entries.at(-1);
      if (!last) throw new RangeError('weighted() needs at least one key');
      return last[0];
    },
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let count = 0;
      let product = core();
      while (product > limit) {
        count += 1;
        product *= core();
      }
      return count;
    },
    // A fork depends only on the seed and the label, not on draws made so far, so patient 7 of
    // a 10-patient cohort is the same person as patient 7 of a 10,000-patient cohort.
    fork: (label) => createRandom(hashSeed(`${numeric}:${String(label)}`)),
  };
  return random;
}
