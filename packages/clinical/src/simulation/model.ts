import type { SimulationParameters, TimeCourseKnot } from './parameter-types';

/**
 * Quantities derived from the parameters, shared by the cohort generator and the simulator.
 *
 * The pain model (docs/simulation.md): a patient's expected pain on day d is
 *   baseline × (1 − fall × g(d))
 * where g is the shape of the time course from clinical.md §6.1 (0 at the start, 1 at week 52,
 * flat after; it passes through every knot) and `fall` is the patient's own fall by week 52. Falls come from a mixture of
 * responders and non-responders whose weights make the cohort mean follow the Costa 2012 curve.
 */

export interface TimeCourse {
  readonly baselineMean: number;
  /** Mean fall by the last knot, as a fraction of baseline. */
  readonly meanFall: number;
  /** Shape g(week): 0 at week 0, 1 at the last knot, through every knot, flat after. */
  readonly shape: (week: number) => number;
}

export function timeCourse(knots: readonly TimeCourseKnot[]): TimeCourse {
  const first = knots[0];
  const last = knots.at(-1);
  if (!first || !last || knots.length < 2 || first.week !== 0) {
    throw new RangeError('The time course needs at least two knots, the first at week 0');
  }
  const drop = first.meanPain - last.meanPain;
  if (drop <= 0) throw new RangeError('The time course must fall from its first to its last knot');
  const shape = (week: number): number => {
    if (week <= 0) return 0;
    if (week >= last.week) return 1;
    for (let i = 1; i < knots.length; i += 1) {
      const right = knots[i];
      const left = knots[i - 1];
      if (!right || !left || week > right.week) continue;
      const linear = (week - left.week) / (right.week - left.week);
      // The first segment eases out (fast early, slower near its end): rapid improvement in
      // weeks 1–4 and little after week 7 (Kongsted 2010, clinical.md §6.1). Later segments are linear.
      const fraction = i === 1 ? 1 - (1 - linear) ** 2 : linear;
      const pain = left.meanPain + fraction * (right.meanPain - left.meanPain);
      return (first.meanPain - pain) / drop;
    }
    return 1;
  };
  return { baselineMean: first.meanPain, meanFall: drop / first.meanPain, shape };
}

/** Share of responders that makes the mixture's mean fall equal the time course's mean fall. */
export function responderShare(parameters: SimulationParameters): number {
  const { meanFall } = timeCourse(parameters.timeCourse.meanPain.value);
  const responder = parameters.response.responderMeanFall.value;
  const nonResponder = parameters.response.nonResponderMeanFall.value;
  return Math.min(1, Math.max(0, (meanFall - nonResponder) / (responder - nonResponder)));
}

/** Baseline pain is kept on the NRS, away from 0 (a patient in a back-pain programme has pain). */
export const BASELINE_PAIN_RANGE = { min: 1, max: 10 } as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * E[pain × rr^(pain − mean)] / E[pain] over the clipped normal baseline distribution (numerical
 * integration). Weighting by baseline pain matters because the time course is a mean of pain,
 * so a patient with more pain moves the mean more (and, by Campbell 2013, responds less often).
 */
function painWeightedBaselineRiskRatio(parameters: SimulationParameters): number {
  const { baselineMean } = timeCourse(parameters.timeCourse.meanPain.value);
  const sd = parameters.cohort.baselinePainSd.value;
  const ratio = parameters.response.baselinePainRiskRatio.value;
  let painSum = 0;
  let valueSum = 0;
  for (let z = -4; z <= 4; z += 0.01) {
    const weight = Math.exp(-(z * z) / 2);
    const pain = clamp(baselineMean + sd * z, BASELINE_PAIN_RANGE.min, BASELINE_PAIN_RANGE.max);
    painSum += weight * pain;
    valueSum += weight * pain * ratio ** (pain - baselineMean);
  }
  return valueSum / painSum;
}

const baseRiskCache = new WeakMap<SimulationParameters, number>();

export function baseNonResponseRisk(parameters: SimulationParameters): number {
  const cached = baseRiskCache.get(parameters);
  if (cached !== undefined) return cached;
  const { riskShares, depressedShare } = parameters.cohort;
  const { riskGroupRiskRatio, depressionRiskRatio } = parameters.response;
  const shares = riskShares.value;
  const shareTotal = shares.low + shares.medium + shares.high;
  const riskGroupMean =
    (shares.low * riskGroupRiskRatio.value.low +
      shares.medium * riskGroupRiskRatio.value.medium +
      shares.high * riskGroupRiskRatio.value.high) /
    shareTotal;
  const depressionMean = depressedShare.value * depressionRiskRatio.value + (1 - depressedShare.value);
  const expected = painWeightedBaselineRiskRatio(parameters) * riskGroupMean * depressionMean;
  const base = (1 - responderShare(parameters)) / expected;
  baseRiskCache.set(parameters, base);
  return base;
}

export interface NonResponseRiskInput {
  readonly baselinePain: number;
  readonly riskGroup: 'low' | 'medium' | 'high';
  readonly depressed: boolean;
}

/** One patient's risk of non-response from the predictors of clinical.md §6.3. */
export function nonResponseRisk(parameters: SimulationParameters, input: NonResponseRiskInput): number {
  const { baselineMean } = timeCourse(parameters.timeCourse.meanPain.value);
  const { baselinePainRiskRatio, riskGroupRiskRatio, depressionRiskRatio } = parameters.response;
  const risk =
    baseNonResponseRisk(parameters) *
    baselinePainRiskRatio.value ** (input.baselinePain - baselineMean) *
    riskGroupRiskRatio.value[input.riskGroup] *
    (input.depressed ? depressionRiskRatio.value : 1);
  return clamp(risk, 0, 0.97);
}

/**
 * Conditional chance that a treatment makes a non-responder respond, from a responder share on
 * treatment and on the comparator: (treated − control) / (1 − control). Used for duloxetine
 * (Alev 2017) and CBT (Cherkin 2016).
 */
export function conditionalRescue(treated: number, control: number): number {
  return control >= 1 ? 0 : clamp((treated - control) / (1 - control), 0, 1);
}
