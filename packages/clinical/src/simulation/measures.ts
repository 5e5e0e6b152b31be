import type { Intake } from '../assessment/intake-schema';
import type { IsoDate } from '../core/vocabulary';
import { PHQ_9, PHQ9_SELF_HARM_ITEM_ID } from '../instruments/phq';
import { daysBetween } from '../outcomes/dates';
import type { Random } from './random';

/**
 * Questionnaires a simulated patient answers during care: a weekly PEG (its pain item tracks
 * the week's pain) and the PHQ-9 at the week-6 and week-12 reassessments. Mood eases a little
 * when pain responds: an assumption, so low mood does not stay fixed for a year.
 */

const clampScore = (value: number) => Math.min(10, Math.max(0, Math.round(value)));

export function pegAnswers(pain: number, random: Random): Record<string, number> {
  return {
    'pain-average': clampScore(pain),
    'enjoyment-interference': clampScore(pain + random.normal(0.3, 1.2)),
    'activity-interference': clampScore(pain + random.normal(0.5, 1.2)),
  };
}

export const pegScore = (answers: Record<string, number>): number =>
  Math.round(
    (((answers['pain-average'] ?? 0) +
      (answers['enjoyment-interference'] ?? 0) +
      (answers['activity-interference'] ?? 0)) /
      3) *
      100,
  ) / 100;

/** PHQ-9 answers at a reassessment: the intake total, eased by up to 3 points when pain responds. */
export function phq9FollowUp(
  intakeAnswers: Readonly<Record<string, unknown>>,
  responding: boolean,
  random: Random,
): { answers: Record<string, number>; total: number; item9: number } {
  const answers: Record<string, number> = {};
  for (const [id, value] of Object.entries(intakeAnswers))
    answers[id] = typeof value === 'number' ? value : 0;
  let easing = responding ? random.integer(1, 3) : random.integer(-1, 1);
  const ids = PHQ_9.items.map((item) => item.id).filter((id) => id !== PHQ9_SELF_HARM_ITEM_ID);
  for (const id of ids) {
    if (easing === 0) break;
    const value = answers[id] ?? 0;
    if (easing > 0 && value > 0) {
      answers[id] = value - 1;
      easing -= 1;
    } else if (easing < 0 && value < 3) {
      answers[id] = value + 1;
      easing += 1;
    }
  }
  const total = Object.values(answers).reduce((sum, value) => sum + value, 0);
  return { answers, total, item9: answers[PHQ9_SELF_HARM_ITEM_ID] ?? 0 };
}

/** The week-6 or week-12 reassessment: the intake again, with today's pain, PEG and PHQ-9. */
export function reassessmentIntake(
  intake: Intake,
  assessedOn: IsoDate,
  answers: { pain: number; peg: Record<string, number>; phq9: Record<string, number> },
): Intake {
  const phq9 = answers.phq9;
  const [first, second] = PHQ_9.items;
  // Simulated intakes give the duration in weeks (never a start date), so it simply grows.
  const weeksSince = daysBetween(intake.assessedOn, assessedOn) / 7;
  return {
    ...intake,
    assessedOn,
    painDurationWeeks: Math.round(((intake.painDurationWeeks ?? 0) + weeksSince) * 10) / 10,
    instruments: {
      ...intake.instruments,
      'pain-nrs': { 'pain-intensity': clampScore(answers.pain) },
      'peg-3': answers.peg,
      'phq-9': phq9,
      ...(first && second
        ? { 'phq-2': { [first.id]: phq9[first.id] ?? 0, [second.id]: phq9[second.id] ?? 0 } }
        : {}),
    },
  };
}
