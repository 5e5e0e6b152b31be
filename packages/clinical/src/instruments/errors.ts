import type { InstrumentId } from './types';

/** Why a set of answers cannot be scored. */
export type InstrumentAnswerProblem =
  | 'unknown-item'
  | 'out-of-range'
  | 'not-an-integer'
  | 'multiple-marks-not-allowed'
  | 'too-few-answered';

/** One problem with one item (or, for `too-few-answered`, with the response set as a whole). */
export interface InstrumentAnswerIssue {
  readonly instrumentId: InstrumentId;
  /** The offending item id; null when the problem is the whole response set. */
  readonly itemId: string | null;
  readonly problem: InstrumentAnswerProblem;
  readonly message: string;
}

/**
 * Thrown by the scoring functions when answers cannot be scored. It names the instrument
 * and the first failing item, and carries every issue found so a form can mark them all.
 */
export class InstrumentAnswerError extends Error {
  override readonly name = 'InstrumentAnswerError';
  readonly instrumentId: InstrumentId;
  readonly itemId: string | null;
  readonly problem: InstrumentAnswerProblem;
  readonly issues: readonly InstrumentAnswerIssue[];

  constructor(issues: readonly [InstrumentAnswerIssue, ...InstrumentAnswerIssue[]]) {
    const [first] = issues;
    super(issues.map((issue) => issue.message).join('; '));
    this.instrumentId = first.instrumentId;
    this.itemId = first.itemId;
    this.problem = first.problem;
    this.issues = issues;
  }
}

/** Result form for callers (such as `assess`) that must carry on when one instrument cannot be scored. */
export type InstrumentScoreOutcome<Result> =
  | { readonly ok: true; readonly result: Result }
  | { readonly ok: false; readonly issues: readonly InstrumentAnswerIssue[] };
