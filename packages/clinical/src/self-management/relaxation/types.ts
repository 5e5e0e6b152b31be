import type { SelfManagementClaim, SourcedText } from '../claims';

export type RelaxationKind = 'breathing' | 'body-scan' | 'progressive-relaxation' | 'mindful-movement';

/** One timed step: the words to show (and announce to screen readers) and how long it lasts. */
export interface RelaxationStep {
  readonly id: string;
  readonly text: string;
  /** Whole seconds, at least 1. */
  readonly seconds: number;
  /** Claims behind the step's words, when it gives safety or clinical information. */
  readonly claimIds?: readonly string[];
}

/** A guided practice in our own words: timed steps played one after another. */
export interface RelaxationScript {
  readonly id: string;
  readonly kind: RelaxationKind;
  readonly title: string;
  /** One sentence shown in lists. */
  readonly summary: string;
  /** Why this practice is offered, linked to cited claims. */
  readonly why: SourcedText;
  readonly steps: readonly RelaxationStep[];
  /** Sum of the steps' seconds. */
  readonly totalSeconds: number;
  /** Whole minutes the practice takes, rounded up, for plans and lists. */
  readonly minutes: number;
  /** The step timings are our own settings, not trial-derived (rule `relaxation-timings`). */
  readonly timingNote: string;
  readonly claims: readonly SelfManagementClaim[];
}

export type RelaxationScriptSpec = Omit<RelaxationScript, 'totalSeconds' | 'minutes' | 'timingNote'>;

export const RELAXATION_TIMING_NOTE =
  'The timings in this practice are our own settings, not a research finding. Go at your own pace.';

/** Builds a script and derives its total duration from its steps, so the two cannot disagree. */
export function defineRelaxationScript(spec: RelaxationScriptSpec): RelaxationScript {
  const totalSeconds = spec.steps.reduce((sum, step) => sum + step.seconds, 0);
  return { ...spec, totalSeconds, minutes: Math.ceil(totalSeconds / 60), timingNote: RELAXATION_TIMING_NOTE };
}
