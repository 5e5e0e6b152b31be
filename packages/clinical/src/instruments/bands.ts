/**
 * Severity bands as data: inclusive integer ranges on a total score. Keeping them as
 * tables means the thresholds are visible, testable at each edge and easy to replace.
 */
export interface ScoreBand<Band extends string> {
  readonly band: Band;
  /** Inclusive lower bound. */
  readonly min: number;
  /** Inclusive upper bound. */
  readonly max: number;
  readonly text: string;
}

/** The band containing `value`; the table must cover the score's whole range. */
export function bandFor<Band extends string>(
  table: readonly ScoreBand<Band>[],
  value: number,
): ScoreBand<Band> {
  const found = table.find((entry) => value >= entry.min && value <= entry.max);
  if (found === undefined) {
    throw new RangeError(`score ${value} is outside every band (${table.map((b) => b.band).join(', ')})`);
  }
  return found;
}
