import type { Chronicity } from '../../core/vocabulary';
import { roundRatioHalfUp } from '../../instruments/rounding';
import { daysBetween } from '../calendar';
import type { Intake } from '../intake-schema';
import { defineRule } from './rule';

/**
 * ACP 2017 (clinical.md "How to read this file"): acute < 4 weeks, subacute 4–12 weeks,
 * chronic > 12 weeks. Read literally, "4–12" includes both ends, so exactly 4 weeks (28 days)
 * and exactly 12 weeks (84 days) are subacute; 85 days is chronic.
 */
export const CHRONICITY_RULE = defineRule({
  id: 'chronicity.acp-2017',
  description:
    'Acute under 4 weeks; subacute from 4 to 12 weeks inclusive (exactly 4 and exactly 12 weeks are subacute); chronic over 12 weeks.',
  evidence: 'verified',
  citations: [
    { source: 'ACP_2017', section: 'Definitions: acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks' },
  ],
});

const ACUTE_BELOW_WEEKS = 4;
const CHRONIC_ABOVE_WEEKS = 12;

export function classifyChronicity(durationWeeks: number): Chronicity {
  if (durationWeeks < ACUTE_BELOW_WEEKS) return 'acute';
  if (durationWeeks <= CHRONIC_ABOVE_WEEKS) return 'subacute';
  return 'chronic';
}

export interface PainDuration {
  /** Exact duration in weeks (days ÷ 7 when a start date was given). */
  readonly weeks: number;
  /** For display: weeks rounded half up to one decimal. */
  readonly weeksRounded: number;
  readonly chronicity: Chronicity;
}

/** Duration from the start date (preferred, exact to the day) or the stated number of weeks. */
export function painDuration(
  intake: Pick<Intake, 'assessedOn' | 'painStartedOn' | 'painDurationWeeks'>,
): PainDuration {
  if (intake.painStartedOn !== undefined) {
    const days = daysBetween(intake.painStartedOn, intake.assessedOn);
    // Compare whole days, not floating weeks: 28 days is exactly 4 weeks, 84 exactly 12.
    const chronicity: Chronicity =
      days < 7 * ACUTE_BELOW_WEEKS ? 'acute' : days <= 7 * CHRONIC_ABOVE_WEEKS ? 'subacute' : 'chronic';
    return { weeks: days / 7, weeksRounded: roundRatioHalfUp(days, 7, 1), chronicity };
  }
  const weeks = intake.painDurationWeeks ?? 0;
  // Through an integer ratio so that, e.g., 6.35 weeks shows as 6.4 (binary 6.35 is 6.3499…).
  const weeksRounded = roundRatioHalfUp(Math.round(weeks * 1000), 1000, 1);
  return { weeks, weeksRounded, chronicity: classifyChronicity(weeks) };
}
