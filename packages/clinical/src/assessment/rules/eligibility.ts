import type { ProgrammeEligibility, RedFlagFinding } from '../../core/assessment-contract';
import { RED_FLAG_ACTION_RANK, type RedFlagAction } from '../../core/vocabulary';
import type { ClinicianClearance } from '../intake-schema';
import { RED_FLAG_RULES } from './red-flag-rules';
import type { RedFlagDetection } from './red-flags';
import { defineRule } from './rule';

export const BLOCKING_RULE = defineRule({
  id: 'eligibility.serious-red-flags-block',
  description:
    'Any emergency or urgent red flag not cleared by a clinician makes the patient ineligible for the programme; the most serious action is the required action (an emergency outranks everything).',
  evidence: 'verified',
  citations: [
    { source: 'BASS_2018_CES', section: 'Suspected CES: emergency referral before anything else' },
    { source: 'GCARE_RED_FLAGS', section: 'Red flags need same-day clinical review' },
  ],
});

export const CLEARANCE_RULE = defineRule({
  id: 'eligibility.clinician-clearance',
  description:
    'A red flag stops blocking only when a clinician clearance names its condition and an action at least as serious as the flag’s. The programme never clears a flag itself, and an urgent clearance never clears an emergency.',
  evidence: 'design-decision',
  citations: [{ source: 'GCARE_RED_FLAGS', section: 'Red flags are resolved by clinical review' }],
});

export const REFERRAL_DOES_NOT_BLOCK_RULE = defineRule({
  id: 'eligibility.rheumatology-referral-does-not-block',
  description: 'A rheumatology referral for suspected axial spondyloarthritis does not block the programme.',
  evidence: 'verified',
  citations: [
    { source: 'NHS_BACK_PAIN_PATHWAY', section: 'Inflammatory disorders: referral to rheumatology' },
  ],
});

/** A red-flag finding as reported by the assessment: the contract's fields plus rule and clearance. */
export interface AssessmentRedFlag extends RedFlagFinding {
  readonly ruleId: string;
  readonly cleared: boolean;
  readonly clearance: ClinicianClearance | null;
}

function isBlocking(action: RedFlagAction): boolean {
  return action === 'emergency' || action === 'urgent';
}

/** The first clearance that names this condition at an action at least as serious as the flag's. */
function clearanceFor(
  detection: RedFlagDetection,
  clearances: readonly ClinicianClearance[],
): ClinicianClearance | null {
  return (
    clearances.find(
      (clearance) =>
        clearance.condition === detection.condition &&
        RED_FLAG_ACTION_RANK[clearance.clearedAction] >= RED_FLAG_ACTION_RANK[detection.action],
    ) ?? null
  );
}

export function applyClearances(
  detections: readonly RedFlagDetection[],
  clearances: readonly ClinicianClearance[],
): AssessmentRedFlag[] {
  return detections.map((detection) => {
    const rule = RED_FLAG_RULES[detection.ruleId];
    const clearance = clearanceFor(detection, clearances);
    return {
      condition: detection.condition,
      action: detection.action,
      triggeredBy: detection.triggeredBy,
      clinicianAction: rule.clinicianAction,
      patientAction: rule.patientAction,
      citations: detection.citations,
      ruleId: detection.ruleId,
      cleared: clearance !== null,
      clearance,
    };
  });
}

function describe(flag: AssessmentRedFlag): string {
  return `${flag.condition} (${flag.triggeredBy.join(', ')})`;
}

/** Eligibility follows from the red flags alone; yellow flags and mood results never block. */
export function decideEligibility(redFlags: readonly AssessmentRedFlag[]): ProgrammeEligibility {
  const blocking = redFlags
    .filter((flag) => isBlocking(flag.action) && !flag.cleared)
    .sort((a, b) => RED_FLAG_ACTION_RANK[b.action] - RED_FLAG_ACTION_RANK[a.action]);
  const [mostSerious] = blocking;
  const reasons = [
    ...blocking.map((flag) => `${flag.action}: ${describe(flag)} — not cleared by a clinician`),
    ...redFlags
      .filter((flag) => flag.cleared)
      .map(
        (flag) =>
          `cleared: ${describe(flag)} by ${flag.clearance?.clearedBy} on ${flag.clearance?.clearedOn} (${flag.clearance?.reason})`,
      ),
    ...redFlags
      .filter((flag) => flag.action === 'rheumatology-referral' && !flag.cleared)
      .map((flag) => `rheumatology referral recommended: ${describe(flag)}; the programme may start`),
  ];
  return {
    eligible: mostSerious === undefined,
    requiredAction: mostSerious?.action ?? null,
    reasons: reasons.length > 0 ? reasons : ['no red flags found'],
  };
}
