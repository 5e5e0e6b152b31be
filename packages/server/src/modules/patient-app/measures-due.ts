import { addDays } from '@backplan/clinical/careplan/calendar';
import { TWO_ITEM_SCREEN_POSITIVE_AT } from '@backplan/clinical/instruments/index';
import { and, desc, eq, gte, lte, max } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessments, instrumentResponses } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { REASSESSMENT_EARLY_DAYS, REVIEW_WEEKS } from '../summaries/facts';
import { firstCarePlanStart } from './care-plan';
import { type Lang, MEASURE_REASONS_ES, reassessmentReasonEs } from './spanish';

/**
 * The questionnaire schedule (issue #7 "Scheduled measures"): PEG weekly
 * (clinical.md §3.2, a trend measure); PHQ-2 and GAD-2 every 2 weeks, a
 * positive screen (≥3, §3.3) leading to the full PHQ-9 or GAD-7; the full
 * reassessment at weeks 6 and 12 of care (§6.1). Nothing is due before the
 * care plan starts.
 */
export interface MeasureDue {
  readonly instrumentId: string;
  readonly reason: string;
  readonly dueOn: string;
}

export const PEG_EVERY_DAYS = 7;
export const MOOD_SCREEN_EVERY_DAYS = 14;
/** How far back the schedule looks for earlier answers (today-lookups.ts reads the same window). */
export const MEASURES_LOOKBACK_DAYS = 60;

export const MEASURE_REASONS = {
  'peg-3': 'Your weekly check of pain and how it affects your life.',
  'phq-2': 'Every two weeks: two short questions about your mood.',
  'gad-2': 'Every two weeks: two short questions about worry.',
  'phq-9': 'Your last mood check means a few more questions would help.',
  'gad-7': 'Your last worry check means a few more questions would help.',
} as const;

interface Answered {
  readonly instrumentId: string;
  readonly answeredOn: string;
  readonly primaryScore: number | null;
}

/** Pure: which measures are due on `day`, given the plan start, recent answers and the last reassessment. */
export function measuresDueOn(input: {
  readonly day: string;
  readonly careStartedOn: string;
  readonly answered: readonly Answered[];
  readonly lastReassessmentOn: string | null;
  readonly lang?: Lang;
}): MeasureDue[] {
  const { day, careStartedOn, answered } = input;
  const reasons = input.lang === 'es' ? MEASURE_REASONS_ES : MEASURE_REASONS;
  const latest = (...ids: string[]) =>
    answered
      .filter((a) => ids.includes(a.instrumentId) && a.answeredOn <= day)
      .sort((a, b) => b.answeredOn.localeCompare(a.answeredOn))[0];
  const due: MeasureDue[] = [];
  const periodic = (id: keyof typeof MEASURE_REASONS, every: number, countsAlso: string[]) => {
    const last = latest(id, ...countsAlso);
    const dueOn = last ? addDays(last.answeredOn, every) : careStartedOn;
    if (dueOn <= day) due.push({ instrumentId: id, reason: reasons[id], dueOn });
  };
  periodic('peg-3', PEG_EVERY_DAYS, []);
  periodic('phq-2', MOOD_SCREEN_EVERY_DAYS, ['phq-9']);
  periodic('gad-2', MOOD_SCREEN_EVERY_DAYS, ['gad-7']);
  const followUp = (screen: 'phq-2' | 'gad-2', full: 'phq-9' | 'gad-7') => {
    const last = latest(screen, full);
    if (last?.instrumentId === screen && (last.primaryScore ?? 0) >= TWO_ITEM_SCREEN_POSITIVE_AT) {
      due.push({ instrumentId: full, reason: reasons[full], dueOn: last.answeredOn });
    }
  };
  followUp('phq-2', 'phq-9');
  followUp('gad-2', 'gad-7');
  for (const week of REVIEW_WEEKS) {
    const on = addDays(careStartedOn, week * 7);
    const done =
      input.lastReassessmentOn !== null && input.lastReassessmentOn >= addDays(on, -REASSESSMENT_EARLY_DAYS);
    if (done) continue;
    if (on <= day) {
      due.push({
        instrumentId: 'reassessment',
        reason:
          input.lang === 'es'
            ? reassessmentReasonEs(week)
            : `Week ${week} check-up: the same questions as at the start, to see what has changed.`,
        dueOn: on,
      });
    }
    break;
  }
  return due;
}

/** Questionnaires answered in the look-back (latest first) and the last reassessment, up to `day`. */
export async function recentAnswers(
  tx: Executor,
  patient: PatientRecord,
  day: string,
): Promise<{ answered: Answered[]; lastReassessmentOn: string | null }> {
  const mine = (table: typeof instrumentResponses | typeof assessments) =>
    and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id));
  const answered = await tx
    .select({
      instrumentId: instrumentResponses.instrumentId,
      answeredOn: instrumentResponses.answeredOn,
      primaryScore: instrumentResponses.primaryScore,
    })
    .from(instrumentResponses)
    .where(
      and(
        mine(instrumentResponses),
        gte(instrumentResponses.answeredOn, addDays(day, -MEASURES_LOOKBACK_DAYS)),
        lte(instrumentResponses.answeredOn, day),
      ),
    )
    .orderBy(desc(instrumentResponses.answeredOn), desc(instrumentResponses.createdAt))
    .limit(200);
  const [reassessment] = await tx
    .select({ on: max(assessments.assessedOn) })
    .from(assessments)
    .where(and(mine(assessments), eq(assessments.kind, 'reassessment'), lte(assessments.assessedOn, day)));
  return { answered, lastReassessmentOn: reassessment?.on ?? null };
}

export async function measuresDue(
  tx: Executor,
  patient: PatientRecord,
  day: string,
  lang: Lang = 'en',
): Promise<MeasureDue[]> {
  const careStart = await firstCarePlanStart(tx, patient);
  if (!careStart || careStart > day) return [];
  return measuresDueOn({ day, careStartedOn: careStart, ...(await recentAnswers(tx, patient, day)), lang });
}
