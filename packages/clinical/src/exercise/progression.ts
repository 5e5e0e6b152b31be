import type { IsoDate } from '../core/vocabulary';

/**
 * Pain-guided progression (clinical.md §5.5, Silbernagel pain-monitoring model [K]; §5.4).
 * After each session the patient records pain during exercise (0–10) and, the next morning,
 * whether it had settled. Once a week the rules are checked:
 * - pain during exercise at most 5/10,
 * - settled by the next morning,
 * - not rising from the week before.
 * Met → progress one step. Broken → hold. Broken two weeks running → regress one step.
 * A pain score of 0 is never required. All thresholds are configurable, because the
 * Silbernagel details are recorded as [K] and come from tendinopathy, not back pain.
 */
export interface ProgressionConfig {
  /** Highest acceptable pain during exercise (0–10 NRS). */
  readonly maxPainDuring: number;
  /** How much the weekly mean pain during exercise may rise before the rules count as broken. */
  readonly risingTolerance: number;
  /** Consecutive broken weeks that trigger a step back. */
  readonly brokenWeeksToRegress: number;
}

export const DEFAULT_PROGRESSION_CONFIG: ProgressionConfig = {
  maxPainDuring: 5,
  risingTolerance: 0,
  brokenWeeksToRegress: 2,
};

export interface SessionFeedback {
  readonly date: IsoDate;
  /** Pain during the session, 0–10. */
  readonly painDuring: number;
  /** Next morning: had it settled? Null until answered. */
  readonly settledNextMorning: boolean | null;
}

export type WeekVerdict = 'rules-met' | 'rules-broken' | 'not-enough-data';

export interface WeekEvaluation {
  readonly verdict: WeekVerdict;
  readonly meanPainDuring: number | null;
  readonly maxPainDuring: number | null;
  readonly reasons: readonly string[];
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Checks one week of session feedback against the pain-monitoring rules. */
export function evaluateWeek(
  week: readonly SessionFeedback[],
  previousWeek: readonly SessionFeedback[] | null,
  config: ProgressionConfig = DEFAULT_PROGRESSION_CONFIG,
): WeekEvaluation {
  if (week.length === 0) {
    return {
      verdict: 'not-enough-data',
      meanPainDuring: null,
      maxPainDuring: null,
      reasons: ['No sessions logged'],
    };
  }
  const pains = week.map((s) => s.painDuring);
  const meanPain = mean(pains);
  const maxPain = Math.max(...pains);
  const reasons: string[] = [];
  if (maxPain > config.maxPainDuring) {
    reasons.push(`Pain during exercise reached ${maxPain}/10 (limit ${config.maxPainDuring}/10)`);
  }
  const notSettled = week.filter((s) => s.settledNextMorning === false).length;
  if (notSettled > 0) reasons.push(`Pain had not settled by the next morning after ${notSettled} session(s)`);
  if (previousWeek !== null && previousWeek.length > 0) {
    const previousMean = mean(previousWeek.map((s) => s.painDuring));
    if (meanPain > previousMean + config.risingTolerance) {
      reasons.push(`Pain during exercise rose from ${previousMean.toFixed(1)} to ${meanPain.toFixed(1)}`);
    }
  }
  if (reasons.length > 0) {
    return { verdict: 'rules-broken', meanPainDuring: meanPain, maxPainDuring: maxPain, reasons };
  }
  if (!week.some((s) => s.settledNextMorning === true)) {
    return {
      verdict: 'not-enough-data',
      meanPainDuring: meanPain,
      maxPainDuring: maxPain,
      reasons: ['No next-morning answer yet'],
    };
  }
  return { verdict: 'rules-met', meanPainDuring: meanPain, maxPainDuring: maxPain, reasons: [] };
}

export type ProgressionDecision = 'progress' | 'hold' | 'regress';

export interface ProgressionState {
  /** Broken weeks in a row since the last progress or regress. */
  readonly brokenWeeksInARow: number;
}

export const INITIAL_PROGRESSION_STATE: ProgressionState = { brokenWeeksInARow: 0 };

/**
 * The weekly decision. A week without enough data holds and leaves the count of broken weeks
 * unchanged; a regress resets the count so the next regress needs another broken fortnight.
 */
export function decideProgression(
  state: ProgressionState,
  verdict: WeekVerdict,
  config: ProgressionConfig = DEFAULT_PROGRESSION_CONFIG,
): { readonly decision: ProgressionDecision; readonly state: ProgressionState } {
  if (verdict === 'rules-met') return { decision: 'progress', state: { brokenWeeksInARow: 0 } };
  if (verdict === 'not-enough-data') return { decision: 'hold', state };
  const broken = state.brokenWeeksInARow + 1;
  if (broken >= config.brokenWeeksToRegress) return { decision: 'regress', state: { brokenWeeksInARow: 0 } };
  return { decision: 'hold', state: { brokenWeeksInARow: broken } };
}
