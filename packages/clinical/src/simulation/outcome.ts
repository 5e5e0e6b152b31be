import { addDays } from '../outcomes/dates';
import { classifyMeaningfulChange, isMeaningfulImprovement } from '../outcomes/meaningful-change';
import type { CareComponent } from '../stepped-care/patient-state';
import type { CareState } from './clinician';
import type { PatientOutcome } from './history';
import type { Recorder } from './recorder';

/**
 * The outcome summary of one simulated patient. Pain at week k is the mean of the patient's
 * daily pain over the 7 days ending on day 7k (clinical.md §3.1: judge a rolling 7-day mean,
 * not single days); a responder at week k has a meaningful improvement on the real
 * classifyMeaningfulChange (≥2 points and ≥30% from the intake pain score).
 */
export const OUTCOME_WEEKS = [6, 12, 26, 52] as const;
export type OutcomeWeek = (typeof OUTCOME_WEEKS)[number];

function weeklyMeans(dailyPain: readonly number[]): (number | null)[] {
  const weeks = Math.floor(dailyPain.length / 7);
  const means: (number | null)[] = [null];
  for (let week = 1; week <= weeks; week += 1) {
    const values = dailyPain.slice(week * 7 - 6, week * 7 + 1).filter((v) => v !== undefined);
    means.push(values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
  }
  return means;
}

export function summariseOutcome(
  record: Recorder,
  care: CareState | null,
  counts: { planned: number; done: number; plannedBy12: number; doneBy12: number } = {
    planned: 0,
    done: 0,
    plannedBy12: 0,
    doneBy12: 0,
  },
): PatientOutcome {
  const baselinePain = record.assessment.baseline.painNrs ?? Math.round(record.patient.traits.baselinePain);
  const weeklyMeanPain = care === null ? [] : weeklyMeans(record.dailyPain);
  const start = record.patient.startDate;
  const responderAt = {} as Record<OutcomeWeek, boolean | null>;
  const stepAt = {} as Record<OutcomeWeek, number | null>;
  for (const week of OUTCOME_WEEKS) {
    const mean = weeklyMeanPain[week] ?? null;
    responderAt[week] =
      mean === null
        ? null
        : isMeaningfulImprovement(classifyMeaningfulChange('pain', baselinePain, mean).category);
    const until = addDays(start, week * 7);
    stepAt[week] = mean === null ? null : (record.steps.filter((s) => s.date <= until).at(-1)?.step ?? null);
  }
  const at12 = addDays(start, 84);
  const componentsAtWeek12 = (record.steps.filter((s) => s.date <= at12).at(-1)?.components ??
    []) as CareComponent[];
  const componentsEver = [...new Set(record.steps.flatMap((s) => s.components))] as CareComponent[];
  return {
    started: care !== null,
    baselinePain,
    weeklyMeanPain,
    responderAt,
    stepAt,
    maxStep: Math.max(0, ...record.steps.map((s) => s.step)),
    componentsEver,
    componentsAtWeek12,
    medicationClassesEver: [...record.medicationClasses],
    opioidDays: record.opioidDays,
    mmeDays: Math.round(record.mmeDays * 10) / 10,
    sessionsPlanned: counts.planned,
    sessionsDone: counts.done,
    sessionsPlannedBy12: counts.plannedBy12,
    sessionsDoneBy12: counts.doneBy12,
    flares: record.flareCount,
  };
}
