import type { IsoDate } from '../core/vocabulary';
import {
  type Interval,
  meanInterval,
  type ResponderRecord,
  treatmentKeys,
  wilsonInterval,
} from './analytics';
import { generatePatient, type SyntheticPatient } from './cohort';
import type { PatientHistory } from './history';
import type { SimulationParameters } from './parameter-types';
import { DEFAULT_PARAMETERS } from './parameters';
import type { SimulationPolicy } from './policies';
import { simulatePatient } from './simulate';

/**
 * Runs the same synthetic cohort under each policy and summarises, per policy: responders at
 * weeks 12 and 26, patients reaching each step, opioid exposure and adherence, each with a 95%
 * interval (Wilson for shares, normal approximation for means). The same patients, with the same
 * seeded streams, live under every policy, so differences come from the policy, not the draw.
 * A simulation under stated assumptions (docs/simulation.md) — not evidence.
 */
export interface Proportion {
  readonly count: number;
  readonly n: number;
  readonly share: number;
  readonly interval: Interval;
}

export interface PolicySummary {
  readonly policy: string;
  readonly description: string;
  readonly patients: number;
  readonly responders12: Proportion;
  readonly responders26: Proportion;
  readonly reachedStep: Readonly<Record<1 | 2 | 3, Proportion>>;
  readonly anyOpioid: Proportion;
  readonly mmeDaysPerPatient: { readonly mean: number } & Interval;
  readonly adherence: { readonly mean: number } & Interval;
}

export interface ComparisonOptions {
  readonly patients: number;
  readonly seed: number;
  readonly days?: number;
  readonly startDate?: IsoDate;
  readonly parameters?: SimulationParameters;
  readonly clinicianAcceptance?: number;
  /** Called after each patient under each policy (for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_COMPARISON_DAYS = 26 * 7 + 7;

function proportion(flags: readonly (boolean | null)[]): Proportion {
  const judged = flags.filter((flag): flag is boolean => flag !== null);
  const count = judged.filter(Boolean).length;
  const n = judged.length;
  return { count, n, share: n === 0 ? 0 : count / n, interval: wilsonInterval(count, n) };
}

export function summarisePolicy(
  policy: SimulationPolicy,
  histories: readonly PatientHistory[],
): PolicySummary {
  const started = histories.filter((h) => h.outcome.started).map((h) => h.outcome);
  return {
    policy: policy.name,
    description: policy.description,
    patients: started.length,
    responders12: proportion(started.map((o) => o.responderAt[12])),
    responders26: proportion(started.map((o) => o.responderAt[26])),
    reachedStep: {
      1: proportion(started.map((o) => o.maxStep >= 1)),
      2: proportion(started.map((o) => o.maxStep >= 2)),
      3: proportion(started.map((o) => o.maxStep >= 3)),
    },
    anyOpioid: proportion(started.map((o) => o.opioidDays > 0)),
    mmeDaysPerPatient: meanInterval(
      started.map((o) => o.mmeDays),
      { minimum: 0 },
    ),
    adherence: meanInterval(
      started.filter((o) => o.sessionsPlanned > 0).map((o) => o.sessionsDone / o.sessionsPlanned),
      { minimum: 0, maximum: 1 },
    ),
  };
}

/** Responder records (for the analytics table) from simulated histories. */
export function responderRecords(histories: readonly PatientHistory[]): ResponderRecord[] {
  return histories.flatMap((history) => {
    const responder = history.outcome.responderAt[12];
    if (!history.outcome.started || responder === null) return [];
    return [
      {
        phenotype: history.assessment.phenotype,
        riskGroup: history.assessment.riskGroup,
        treatments: treatmentKeys(history.outcome.stepAt[12], history.outcome.componentsAtWeek12),
        responder,
      },
    ];
  });
}

export function comparePolicies(
  policies: readonly SimulationPolicy[],
  options: ComparisonOptions,
): PolicySummary[] {
  const cohortOptions = {
    size: options.patients,
    seed: options.seed,
    startDate: options.startDate ?? '2025-01-06',
    parameters: options.parameters ?? DEFAULT_PARAMETERS,
  };
  const total = options.patients * policies.length;
  let done = 0;
  return policies.map((policy) => {
    const histories: PatientHistory[] = [];
    for (let index = 0; index < options.patients; index += 1) {
      // Patients are regenerated per policy rather than kept, so a 10,000-patient run stays small.
      const patient: SyntheticPatient = generatePatient(index, cohortOptions);
      histories.push(
        simulatePatient(patient, {
          days: options.days ?? DEFAULT_COMPARISON_DAYS,
          policy,
          parameters: cohortOptions.parameters,
          keepRecords: false,
          ...(options.clinicianAcceptance === undefined
            ? {}
            : { clinicianAcceptance: options.clinicianAcceptance }),
        }),
      );
      done += 1;
      options.onProgress?.(done, total);
    }
    return summarisePolicy(policy, histories);
  });
}
