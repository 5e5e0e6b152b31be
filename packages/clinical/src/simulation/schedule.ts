import type { Assessment } from '../assessment/assessment-types';
import type { IsoDate } from '../core/vocabulary';
import type { CareState } from './clinician';
import type { SyntheticPatient } from './cohort';
import type { SimulationParameters } from './parameter-types';
import type { SimulationPolicy } from './policies';

/**
 * The simulated patient's calendar and habits: the Step 1 components at intake, which days are
 * decision points, and the chance of doing a planned session on a given day.
 */
export function componentsFor(assessment: Assessment, startedOn: IsoDate): CareState['components'] {
  // The same Step 1 components the server gives at intake (clinical.md §1.5 stratified care, §3.8).
  const kinds: CareState['components'][number]['kind'][] = ['education', 'home-exercise', 'self-management'];
  if (assessment.riskGroup === 'high')
    kinds.push('psychologically-informed-physiotherapy', 'cbt-counselling');
  if (assessment.phenotype === 'inflammatory') kinds.push('rheumatology-referral');
  return kinds.map((kind) => ({ kind, startedOn }));
}

export function isDecisionDay(daysInStep: number, policy: SimulationPolicy): boolean {
  const check = policy.checkWeek * 7;
  const decide = policy.decideWeek * 7;
  if (daysInStep === check || daysInStep === decide) return true;
  return daysInStep > decide && (daysInStep - decide) % (policy.reviewEveryWeeks * 7) === 0;
}

/** The day's chance of doing a planned session (clinical.md §6.2; reminders and supervision as assumptions). */
export function sessionChance(
  parameters: SimulationParameters,
  policy: SimulationPolicy,
  traits: SyntheticPatient['traits'],
  care: CareState,
  day: number,
): number {
  const a = parameters.adherence;
  const progress = Math.min(1, day / 84);
  const trajectory = a.trajectoryChange.value[traits.adherenceTrajectory] * (progress - 0.5);
  // The cohort's mean adherence is the observed one (with reminders and the usual mood mix), so
  // each modifier is centred: switching reminders off subtracts the nudge, and so on.
  const mood =
    -a.depressionPenalty.value * ((traits.depressed ? 1 : 0) - parameters.cohort.depressedShare.value);
  const reminders = policy.reminders ? 0 : -a.reminderNudge.value;
  const supervised = care.components.some(
    (c) => c.kind === 'physiotherapy' || c.kind === 'psychologically-informed-physiotherapy',
  )
    ? a.supervisedGain.value * a.supervisedShare.value
    : 0;
  const simplified = care.simplified ? a.simplifiedProgrammeNudge.value : 0;
  const chance = traits.adherenceBase + trajectory + mood + reminders + supervised + simplified;
  return Math.min(1, Math.max(0, chance));
}
