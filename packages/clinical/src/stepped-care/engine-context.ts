import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';
import { type AdherenceSummary, computeAdherence } from '../outcomes/adherence';
import { addDays, daysBetween, isoDateToDayNumber } from '../outcomes/dates';
import {
  type ChangeAssessment,
  classifyMeaningfulChange,
  isMeaningfulImprovement,
} from '../outcomes/meaningful-change';
import { dailyMeanPain, rollingMeanFromDailyMeans } from '../outcomes/rolling-mean';
import { type PainTrajectory, painTrajectoryFromDailyMeans } from '../outcomes/trajectory';
import type { SteppedCareConfig } from './config';
import type { CareComponent, PatientState } from './patient-state';
import type { RuleDefinition } from './rule-definition';
import { STEPPED_CARE_RULES, type SteppedCareRuleId } from './rules';

/** Facts derived once from the state, shared by every rule. */

export interface ActiveRedFlag {
  readonly condition: RedFlagCondition;
  readonly action: RedFlagAction;
  readonly since: string;
  readonly origin: 'assessment' | 'diary report';
  readonly clinicianAction: string | null;
}

export type DecisionPoint = 'week-6-check' | 'week-12-decision';

export interface OutcomeSnapshot {
  readonly changes: readonly ChangeAssessment[];
  readonly currentMeanPain: number | null;
  readonly trajectory: PainTrajectory;
  readonly improving: boolean;
  readonly worsening: readonly ChangeAssessment[];
}

export interface EngineContext {
  readonly state: PatientState;
  readonly config: SteppedCareConfig;
  readonly daysInStep: number;
  readonly decisionPoint: DecisionPoint | null;
  readonly decisionPointDate: string | null;
  readonly activeRedFlags: readonly ActiveRedFlag[];
  readonly outcomes: OutcomeSnapshot;
  readonly adherence: AdherenceSummary;
  readonly latestPhq9: number | null;
  readonly components: ReadonlySet<CareComponent>;
  readonly longFlares: readonly { startedOn: string; endedOn: string | null; days: number }[];
  readonly acuteFlare: { startedOn: string } | null;
}

export function ruleById(id: SteppedCareRuleId): RuleDefinition<SteppedCareRuleId> {
  const rule = STEPPED_CARE_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Unknown stepped-care rule ${id}`);
  return rule;
}

/** A red flag stays active until a clinician records a clearance on or after the day it was raised. */
function activeRedFlags(state: PatientState): ActiveRedFlag[] {
  const cleared = (condition: RedFlagCondition, since: string) =>
    state.redFlagClearances.some(
      (clearance) => clearance.condition === condition && clearance.clearedOn >= since,
    );
  const fromAssessment = state.assessment.redFlags.map(
    (flag): ActiveRedFlag => ({
      condition: flag.condition,
      action: flag.action,
      since: state.assessment.assessedOn,
      origin: 'assessment',
      clinicianAction: flag.clinicianAction,
    }),
  );
  const fromDiary = state.records.redFlagReports
    .filter((report) => report.date <= state.today)
    .map(
      (report): ActiveRedFlag => ({
        condition: report.condition,
        action: report.action,
        since: report.date,
        origin: 'diary report',
        clinicianAction: null,
      }),
    );
  return [...fromAssessment, ...fromDiary].filter((flag) => !cleared(flag.condition, flag.since));
}

/**
 * The record a stable sort by `date.localeCompare` would leave last, among those
 * `include` accepts: one pass instead of filtering, copying and sorting. Later
 * records win ties, as they do after a stable sort.
 */
export function latestByDate<T extends { readonly date: string }>(
  records: readonly T[],
  include: (record: T) => boolean,
): T | undefined {
  let latest: T | undefined;
  for (const record of records) {
    if (include(record) && (latest === undefined || record.date.localeCompare(latest.date) >= 0))
      latest = record;
  }
  return latest;
}

/** Latest score on or before `date`, else null. */
function latestOnOrBefore(records: readonly { date: string; score: number }[], date: string): number | null {
  return latestByDate(records, (record) => record.date <= date)?.score ?? null;
}

/** Latest score strictly after `date` (up to today), else null. */
function latestAfter(records: readonly { date: string; score: number }[], date: string, today: string) {
  return latestByDate(records, (record) => record.date > date && record.date <= today)?.score ?? null;
}

/**
 * Change since the start of the current step. The baseline is the value at the step's
 * start (7-day mean for pain, the latest questionnaire on or before that day), falling
 * back to the assessment baseline (AssessmentSummary.baseline, clinical.md §3.1).
 */
function outcomeSnapshot(state: PatientState, config: SteppedCareConfig): OutcomeSnapshot {
  const { startedOn } = state.currentStep;
  const { today, records, assessment } = state;
  // The diary's daily means are computed once for all three pain windows.
  const dailyMeans = dailyMeanPain(records.painDiary);
  const stepStartPain = rollingMeanFromDailyMeans(
    dailyMeans,
    isoDateToDayNumber(startedOn),
    config.minimumDiaryDays,
  );
  const currentMeanPain = rollingMeanFromDailyMeans(
    dailyMeans,
    isoDateToDayNumber(today),
    config.minimumDiaryDays,
  );
  const pairs = [
    {
      instrument: 'pain' as const,
      baseline: stepStartPain ?? assessment.baseline.painNrs ?? null,
      current: currentMeanPain,
    },
    {
      instrument: 'peg' as const,
      baseline: latestOnOrBefore(records.peg, startedOn) ?? assessment.baseline.peg ?? null,
      current: latestAfter(records.peg, startedOn, today),
    },
    {
      instrument: 'odi' as const,
      baseline: latestOnOrBefore(records.odi, startedOn) ?? assessment.baseline.odi ?? null,
      current: latestAfter(records.odi, startedOn, today),
    },
    {
      instrument: 'rmdq' as const,
      baseline: latestOnOrBefore(records.rmdq, startedOn) ?? assessment.baseline.rmdq ?? null,
      current: latestAfter(records.rmdq, startedOn, today),
    },
  ];
  const changes = pairs.flatMap(({ instrument, baseline, current }) =>
    baseline === null || current === null ? [] : [classifyMeaningfulChange(instrument, baseline, current)],
  );
  const worsening = changes.filter((change) => change.category === 'worsening');
  return {
    changes,
    currentMeanPain,
    trajectory: painTrajectoryFromDailyMeans(
      dailyMeans,
      today,
      config.trajectoryWindowDays,
      config.minimumDiaryDays,
    ),
    improving: worsening.length === 0 && changes.some((change) => isMeaningfulImprovement(change.category)),
    worsening,
  };
}

export function buildEngineContext(state: PatientState, config: SteppedCareConfig): EngineContext {
  const daysInStep = daysBetween(state.currentStep.startedOn, state.today);
  const decideDay = config.decideWeek * 7;
  const checkDay = config.checkWeek * 7;
  const decisionPoint: DecisionPoint | null =
    daysInStep >= decideDay ? 'week-12-decision' : daysInStep >= checkDay ? 'week-6-check' : null;
  const decisionPointDate =
    decisionPoint === null
      ? null
      : addDays(state.currentStep.startedOn, decisionPoint === 'week-12-decision' ? decideDay : checkDay);
  const latestPhq9 = latestByDate(state.records.phq9, () => true)?.score ?? state.assessment.mood.phq9Total;
  const flareDays = (flare: { startedOn: string; endedOn: string | null }) =>
    daysBetween(flare.startedOn, flare.endedOn ?? state.today);
  const longFlares = state.records.flares
    .filter((flare) => flare.startedOn <= state.today)
    .filter(
      (flare) => flare.endedOn === null || daysBetween(flare.endedOn, state.today) <= config.acuteFlareDays,
    )
    .map((flare) => ({ ...flare, days: flareDays(flare) }))
    .filter((flare) => flare.days > config.flareClinicianDays);
  const acute = state.records.flares.find(
    (flare) =>
      flare.endedOn === null &&
      flare.startedOn <= state.today &&
      daysBetween(flare.startedOn, state.today) <= config.acuteFlareDays,
  );
  return {
    state,
    config,
    daysInStep,
    decisionPoint,
    decisionPointDate,
    activeRedFlags: activeRedFlags(state),
    outcomes: outcomeSnapshot(state, config),
    adherence: computeAdherence(
      state.records.adherence,
      addDays(state.today, -(config.adherenceWindowDays - 1)),
      state.today,
    ),
    latestPhq9,
    components: new Set(state.currentStep.components.map((component) => component.kind)),
    longFlares,
    acuteFlare: acute ? { startedOn: acute.startedOn } : null,
  };
}

/** "pain 6.9 → 6.1 (−0.8, no meaningful change)" for card reasons. */
export function describeChange(change: ChangeAssessment): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  const sign = change.pointChange > 0 ? '+' : '';
  const names = { pain: 'Pain (7-day mean)', peg: 'PEG', odi: 'ODI', rmdq: 'RMDQ' } as const;
  return `${names[change.instrument]} ${round(change.baseline)} → ${round(change.current)} (${sign}${round(change.pointChange)}, ${change.category.replaceAll('-', ' ')})`;
}

export function describeAdherence(adherence: AdherenceSummary): string {
  return adherence.rate === null
    ? `No adherence-counting sessions scheduled ${adherence.from} to ${adherence.to}`
    : `Adherence ${Math.round(adherence.rate * 100)}% (${adherence.completed} of ${adherence.prescribed} sessions, ${adherence.from} to ${adherence.to})`;
}
