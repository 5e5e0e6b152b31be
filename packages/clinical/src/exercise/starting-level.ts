import type { AssessmentSummary } from '../core/assessment-contract';
import type { ExerciseLevel } from './types';

/**
 * Starting level (clinical.md §5.9 levels [K]; §3.5 ODI bands [V]; §1.5 STarT Back).
 * Function sets the level; a high STarT Back risk starts one level gentler. The thresholds
 * for RMDQ and PEG have no published bands, so they are mapped to the ODI proportions
 * (20% and 40% of the scale) and are configurable.
 */
export interface StartingLevelConfig {
  /** Highest score (inclusive) that still starts at level 3, then level 2. */
  readonly odi: { readonly level3Max: number; readonly level2Max: number };
  readonly rmdq: { readonly level3Max: number; readonly level2Max: number };
  readonly peg: { readonly level3Max: number; readonly level2Max: number };
  /** Levels to step down for STarT Back high risk. */
  readonly highRiskStepDown: number;
}

export const DEFAULT_STARTING_LEVEL_CONFIG: StartingLevelConfig = {
  // ODI bands: 0–20% minimal, 21–40% moderate, 41–60% severe disability (clinical.md §3.5 [V]).
  odi: { level3Max: 20, level2Max: 40 },
  // RMDQ 0–24: 20% = 4.8 and 40% = 9.6 of the scale (design, configurable).
  rmdq: { level3Max: 4, level2Max: 9 },
  // PEG 0–10: 20% and 40% of the scale (design, configurable).
  peg: { level3Max: 2, level2Max: 4 },
  highRiskStepDown: 1,
};

export interface StartingLevel {
  readonly level: ExerciseLevel;
  /** Which score set the level, e.g. "ODI 34". Null when no score was available. */
  readonly basedOn: string | null;
  readonly steppedDownForRisk: boolean;
  readonly explanation: string;
}

function band(score: number, bands: { level3Max: number; level2Max: number }): ExerciseLevel {
  if (score <= bands.level3Max) return 3;
  if (score <= bands.level2Max) return 2;
  return 1;
}

export function startingLevel(
  assessment: Pick<AssessmentSummary, 'baseline' | 'riskGroup'>,
  config: StartingLevelConfig = DEFAULT_STARTING_LEVEL_CONFIG,
): StartingLevel {
  const { odi, rmdq, peg } = assessment.baseline;
  let fromFunction: ExerciseLevel = 1;
  let basedOn: string | null = null;
  if (odi !== undefined) {
    fromFunction = band(odi, config.odi);
    basedOn = `ODI ${odi}`;
  } else if (rmdq !== undefined) {
    fromFunction = band(rmdq, config.rmdq);
    basedOn = `RMDQ ${rmdq}`;
  } else if (peg !== undefined) {
    fromFunction = band(peg, config.peg);
    basedOn = `PEG ${peg}`;
  }
  const highRisk = assessment.riskGroup === 'high';
  const stepped = highRisk ? Math.max(1, fromFunction - config.highRiskStepDown) : fromFunction;
  const level: ExerciseLevel = stepped >= 3 ? 3 : stepped <= 1 ? 1 : 2;
  const parts = [
    basedOn === null ? 'No function score: start at level 1' : `${basedOn} → level ${fromFunction}`,
  ];
  if (highRisk && level < fromFunction) parts.push('STarT Back high risk → one level gentler');
  return {
    level,
    basedOn,
    steppedDownForRisk: highRisk && level < fromFunction,
    explanation: parts.join('; '),
  };
}
