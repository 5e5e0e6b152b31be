/**
 * The clinician's triage order (issue #8), as a pure function of facts the
 * rollup gathers from the record. Lower priority numbers are more urgent; the
 * priority is the most urgent reason that applies, and `reasons` lists every
 * reason that applies, most urgent first, in plain words.
 *
 * 1  an emergency or urgent red flag (clinical.md §4.1), or PHQ-9 item 9 above 0
 *    (clinical.md §3.3: any non-zero answer starts the safety workflow);
 * 2  worsening: the 7-day mean pain is up 2 points or more on baseline
 *    (clinical.md §3.1, the same 2-point size as a meaningful change);
 * 3  a flare lasting more than 7 days (clinical.md §5.4; exercise flare rules);
 * 4  "doing it but not improving" at a decision point (weeks 6 and 12 of the step,
 *    clinical.md §6.1): adherence at least 50% over 14 days, no meaningful change;
 * 5  "not doing it": adherence below 50% over 14 days (clinical.md §6.2);
 * 6  a reassessment due (weeks 6 and 12, clinical.md §6.1);
 * 7  unread messages from the patient;
 * 99 nothing needs attention.
 */

export const NO_TRIAGE_PRIORITY = 99;

/** Adherence below this over 14 days is "not doing it" (issue #8). */
export const NOT_DOING_IT_BELOW = 0.5;

/** Fewest sessions planned in the 14-day window before adherence is judged (a product rule: one missed first day is not a pattern). */
export const MINIMUM_PLANNED_FOR_ADHERENCE = 3;

/** A flare longer than this many days needs clinician review (exercise flare rules, DEFAULT_FLARE_CONFIG). */
export const LONG_FLARE_DAYS = 7;

export interface TriageFacts {
  /** The most serious active red flag, with where it came from, or null. */
  readonly redFlag: { readonly action: 'emergency' | 'urgent'; readonly source: string } | null;
  readonly selfHarmFlag: boolean;
  /** Pain worse than baseline by at least the worsening rise (from classifyMeaningfulChange). */
  readonly pain: {
    readonly baseline: number | null;
    readonly mean7d: number | null;
    readonly category:
      | 'substantial-improvement'
      | 'meaningful-improvement'
      | 'no-meaningful-change'
      | 'worsening'
      | null;
  };
  /** Days the open flare has lasted, or null without an open flare. */
  readonly flareDays: number | null;
  readonly flareStartedOn: string | null;
  /** The step's decision point reached and not yet acted on by a clinician, or null. */
  readonly decisionPoint: 'week-6 check' | 'week-12 decision' | null;
  readonly adherence: { readonly planned: number; readonly done: number; readonly rate: number | null };
  /** The reassessment due today or earlier, or null. */
  readonly reassessmentDue: { readonly week: 6 | 12; readonly on: string } | null;
  readonly unreadFromPatient: number;
}

export interface TriageResult {
  readonly priority: number;
  readonly reasons: readonly string[];
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

export function judgeAdherence(adherence: TriageFacts['adherence']): 'doing-it' | 'not-doing-it' | 'unknown' {
  if (adherence.rate === null || adherence.planned < MINIMUM_PLANNED_FOR_ADHERENCE) return 'unknown';
  return adherence.rate < NOT_DOING_IT_BELOW ? 'not-doing-it' : 'doing-it';
}

/** Applies the triage order to the facts. Pure and total: every input gives a result. */
export function triage(facts: TriageFacts): TriageResult {
  const found: { priority: number; reason: string }[] = [];
  const add = (priority: number, reason: string) => found.push({ priority, reason });

  if (facts.redFlag) {
    const level = facts.redFlag.action === 'emergency' ? 'Emergency' : 'Urgent';
    add(1, `${level} red flag: ${facts.redFlag.source}`);
  }
  if (facts.selfHarmFlag) add(1, 'PHQ-9 item 9 above 0 (thoughts of self-harm): start the safety workflow');

  const { baseline, mean7d, category } = facts.pain;
  if (category === 'worsening' && baseline !== null && mean7d !== null) {
    add(2, `Pain worse: 7-day mean ${oneDecimal(mean7d)} against baseline ${oneDecimal(baseline)}`);
  }
  if (facts.flareDays !== null && facts.flareDays > LONG_FLARE_DAYS) {
    add(3, `Flare for ${facts.flareDays} days (since ${facts.flareStartedOn ?? 'unknown'})`);
  }
  const adherence = judgeAdherence(facts.adherence);
  const improving = category === 'meaningful-improvement' || category === 'substantial-improvement';
  if (facts.decisionPoint && adherence === 'doing-it' && !improving && category !== 'worsening') {
    add(
      4,
      `Doing the programme (${percent(facts.adherence.rate ?? 0)} of sessions over 14 days) but no meaningful improvement at the ${facts.decisionPoint}`,
    );
  }
  if (adherence === 'not-doing-it') {
    add(
      5,
      `Sessions done: ${facts.adherence.done} of ${facts.adherence.planned} planned over 14 days (${percent(facts.adherence.rate ?? 0)})`,
    );
  }
  if (facts.reassessmentDue) {
    add(6, `Week-${facts.reassessmentDue.week} reassessment due since ${facts.reassessmentDue.on}`);
  }
  if (facts.unreadFromPatient > 0) {
    add(
      7,
      facts.unreadFromPatient === 1
        ? '1 unread message from the patient'
        : `${facts.unreadFromPatient} unread messages from the patient`,
    );
  }
  found.sort((a, b) => a.priority - b.priority);
  return { priority: found[0]?.priority ?? NO_TRIAGE_PRIORITY, reasons: found.map((f) => f.reason) };
}
