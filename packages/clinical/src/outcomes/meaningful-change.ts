import type { Citation } from '../core/sources';

/**
 * What counts as a meaningful change on each outcome instrument (clinical.md §3.1, §3.2).
 * Improvement needs BOTH an absolute and a relative criterion where the reference gives
 * both, so that a 1-point drop from 2 to 1 (50%) does not count as meaningful.
 */
export type OutcomeInstrument = 'pain' | 'peg' | 'odi' | 'rmdq';

export type ChangeCategory =
  | 'substantial-improvement'
  | 'meaningful-improvement'
  | 'no-meaningful-change'
  | 'worsening';

export interface MeaningfulChangeCriteria {
  readonly instrument: OutcomeInstrument;
  /** Smallest fall in points that can count as meaningful. */
  readonly minimumPointFall: number;
  /** Smallest fall as a fraction of baseline that can count as meaningful (0 = no relative criterion). */
  readonly minimumRelativeFall: number;
  /** Fraction of baseline at which a meaningful fall is called substantial. */
  readonly substantialRelativeFall: number;
  /** A rise of at least this many points is worsening. */
  readonly worseningPointRise: number;
  readonly citations: readonly Citation[];
}

export const MEANINGFUL_CHANGE_CRITERIA: Readonly<Record<OutcomeInstrument, MeaningfulChangeCriteria>> = {
  // Product rule from clinical.md §3.1: ≥2 points AND ≥30% (IMMPACT, Ostelo); ≥50% is substantial.
  // Worsening: a rise of ≥2 points, the same size as the minimal important change.
  pain: {
    instrument: 'pain',
    minimumPointFall: 2,
    minimumRelativeFall: 0.3,
    substantialRelativeFall: 0.5,
    worseningPointRise: 2,
    citations: [
      { source: 'IMMPACT_2008', section: 'moderately important ≥30%, substantial ≥50%' },
      { source: 'OSTELO_2008', section: 'NRS minimal important change 2 points or 30%' },
    ],
  },
  // PEG: ≥30% (common practice, clinical.md §3.2) AND ≥1 point (MID about 1, Reed 2023).
  // Worsening uses the same 2-point rise as the pain NRS because PEG is on the same 0–10 scale.
  peg: {
    instrument: 'peg',
    minimumPointFall: 1,
    minimumRelativeFall: 0.3,
    substantialRelativeFall: 0.5,
    worseningPointRise: 2,
    citations: [
      { source: 'REED_2023_PEG_MID', section: 'MID about 1 point (0.6–1.75)' },
      { source: 'IMMPACT_2008', section: 'moderately important ≥30%, substantial ≥50%' },
    ],
  },
  // ODI: minimal important change 10 points (Ostelo 2008). Worsening mirrors it (product rule, configurable).
  odi: {
    instrument: 'odi',
    minimumPointFall: 10,
    minimumRelativeFall: 0,
    substantialRelativeFall: 0.5,
    worseningPointRise: 10,
    citations: [{ source: 'OSTELO_2008', section: 'ODI minimal important change 10 points' }],
  },
  // RMDQ: minimal important change 5 points (Ostelo 2008). Worsening mirrors it (product rule, configurable).
  rmdq: {
    instrument: 'rmdq',
    minimumPointFall: 5,
    minimumRelativeFall: 0,
    substantialRelativeFall: 0.5,
    worseningPointRise: 5,
    citations: [{ source: 'OSTELO_2008', section: 'RMDQ minimal important change 5 points' }],
  },
};

export interface ChangeAssessment {
  readonly instrument: OutcomeInstrument;
  readonly baseline: number;
  readonly current: number;
  /** current − baseline: negative is better on every instrument here. */
  readonly pointChange: number;
  /** (baseline − current) / baseline; 0 when the baseline is 0. Positive is better. */
  readonly relativeFall: number;
  readonly category: ChangeCategory;
  readonly citations: readonly Citation[];
}

// Scores are entered with at most one or two decimals; compare with a small tolerance so
// that 7.0 → 5.0 counts as a 2-point fall despite floating-point arithmetic.
const EPSILON = 1e-9;

/** Classify the change from `baseline` to `current` on one instrument (lower is better on all four). */
export function classifyMeaningfulChange(
  instrument: OutcomeInstrument,
  baseline: number,
  current: number,
): ChangeAssessment {
  const criteria = MEANINGFUL_CHANGE_CRITERIA[instrument];
  const fall = baseline - current;
  const relativeFall = baseline > 0 ? fall / baseline : 0;
  const meaningful =
    fall + EPSILON >= criteria.minimumPointFall && relativeFall + EPSILON >= criteria.minimumRelativeFall;
  let category: ChangeCategory = 'no-meaningful-change';
  if (-fall + EPSILON >= criteria.worseningPointRise) category = 'worsening';
  else if (meaningful && relativeFall + EPSILON >= criteria.substantialRelativeFall)
    category = 'substantial-improvement';
  else if (meaningful) category = 'meaningful-improvement';
  return {
    instrument,
    baseline,
    current,
    pointChange: current - baseline,
    relativeFall,
    category,
    citations: criteria.citations,
  };
}

/** True for both improvement categories. */
export function isMeaningfulImprovement(category: ChangeCategory): boolean {
  return category === 'meaningful-improvement' || category === 'substantial-improvement';
}
