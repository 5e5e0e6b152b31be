import {
  classifyMeaningfulChange,
  computeAdherence,
  type OutcomeInstrument,
  rollingSevenDayMeanPain,
} from '@backplan/clinical/outcomes/index';
import { planComponents, programmeOf } from './care-plan-shape';
import { addDays, weeksBetween } from './dates';
import { medicationReport, medicationView, profileOf } from './medication-report';
import { activeMedications, adherenceRecords, medicationEntry } from './patient-state';
import type { CarePlanRow, MedicationFields } from './record-repository';
import { type CareSettingsFields, recordedSafeguards } from './safety-facts';

/**
 * The 60-second read (products.md §4 item 15, the AHRQ Pain Management Summary
 * sections of §5): who the patient is clinically, where they are in stepped
 * care, whether it is working, whether they are doing it, and what they take.
 * Pure: a snapshot of the record in, the summary out.
 */

/**
 * What the summary reads of the record: the general snapshot (record-snapshot.ts) has all of it,
 * and the one-statement read (record-summary-read.ts) sends only this.
 */
export interface SummaryInput {
  readonly today: string;
  /** In date order; the summary reads the last. */
  readonly assessments: readonly {
    readonly kind: 'intake' | 'reassessment';
    readonly assessedOn: string;
    readonly result: unknown;
    readonly intake: unknown;
  }[];
  readonly responses: readonly {
    readonly instrumentId: string;
    readonly answeredOn: string;
    readonly primaryScore: number | null;
  }[];
  readonly checkIns: readonly { readonly day: string; readonly pain: number }[];
  readonly sessions: readonly { readonly day: string; readonly completed: boolean }[];
  /** In version order; the summary reads the first and the last. */
  readonly plans: readonly Pick<
    CarePlanRow,
    'version' | 'effectiveFrom' | 'step' | 'stepStartedOn' | 'components' | 'programme'
  >[];
  /** In start order; the summary reads the first open one. */
  readonly flares: readonly { readonly startedOn: string; readonly endedOn: string | null }[];
  readonly medications: readonly MedicationFields[];
  readonly settings: CareSettingsFields | null;
}

interface AssessmentResult {
  phenotype?: string;
  riskGroup?: string | null;
  chronicity?: string;
  directionalPreference?: string | null;
  redFlags?: { condition: string; action: string; clinicianAction?: string; cleared?: unknown }[];
  yellowFlags?: { id?: string; description?: string }[];
  mood?: { selfHarmSafetyFlag?: boolean; phq9Total?: number | null; gad7Total?: number | null };
  baseline?: { painNrs?: number; peg?: number; odi?: number; rmdq?: number };
}

/** A trend: where it started, where it is, and whether the change is meaningful (clinical.md §3.1). */
function trend(instrument: OutcomeInstrument, baseline: number | null, current: number | null) {
  if (baseline === null || current === null) return { instrument, baseline, current, change: null };
  const assessed = classifyMeaningfulChange(instrument, baseline, current);
  return {
    instrument,
    baseline,
    current,
    change: {
      points: Math.round(assessed.pointChange * 10) / 10,
      percent: Math.round(-assessed.relativeFall * 100),
      category: assessed.category,
      citations: assessed.citations.map((c) => ({ source: c.source, section: c.section })),
    },
  };
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

function scoreTrend(
  snapshot: SummaryInput,
  instrumentId: string,
  instrument: OutcomeInstrument,
  base?: number,
) {
  const scores = snapshot.responses.filter((r) => r.instrumentId === instrumentId && r.primaryScore !== null);
  const baseline = base ?? scores[0]?.primaryScore ?? null;
  const latest = scores.at(-1);
  return {
    ...trend(instrument, baseline, latest?.primaryScore ?? null),
    latestOn: latest?.answeredOn ?? null,
  };
}

export function summariseRecord(snapshot: SummaryInput) {
  const { today } = snapshot;
  const assessment = snapshot.assessments.at(-1);
  const result = (assessment?.result ?? {}) as AssessmentResult;
  const plan = snapshot.plans.at(-1);
  const diary = snapshot.checkIns.map((c) => ({ date: c.day, pain: c.pain }));
  const firstWeek = snapshot.plans[0]
    ? rollingSevenDayMeanPain(diary, addDays(snapshot.plans[0].effectiveFrom, 6))
    : null;
  const painBaseline = result.baseline?.painNrs ?? firstWeek;
  const painNow = rollingSevenDayMeanPain(diary, today);
  const adherence = adherenceRecords(snapshot);
  const rate = (days: number) => computeAdherence(adherence, addDays(today, 1 - days), today);
  const active = activeMedications(snapshot.medications, today);
  const report = medicationReport(
    active.map(medicationEntry),
    profileOf(snapshot),
    today,
    recordedSafeguards(snapshot.settings),
  );
  const programme = plan ? programmeOf(plan) : null;
  const openFlare = snapshot.flares.find((f) => f.endedOn === null);
  return {
    today,
    assessment: assessment
      ? {
          assessedOn: assessment.assessedOn,
          kind: assessment.kind,
          chronicity: result.chronicity ?? null,
          phenotype: result.phenotype ?? null,
          riskGroup: result.riskGroup ?? null,
          directionalPreference: programme?.directionalPreference ?? result.directionalPreference ?? null,
          redFlags: (result.redFlags ?? []).map((flag) => ({
            condition: flag.condition,
            action: flag.action,
            cleared: Boolean(flag.cleared),
          })),
          yellowFlags: (result.yellowFlags ?? []).map((flag) => flag.description ?? flag.id ?? 'yellow flag'),
          selfHarmSafetyFlag: result.mood?.selfHarmSafetyFlag ?? false,
        }
      : null,
    step: plan
      ? {
          step: plan.step,
          startedOn: plan.stepStartedOn,
          weeksInStep: weeksBetween(plan.stepStartedOn, today),
          carePlanVersion: plan.version,
          components: planComponents(plan).map((c) => c.kind),
          level: programme?.level ?? null,
        }
      : null,
    trends: {
      pain: {
        ...trend('pain', round1(painBaseline), round1(painNow)),
        lastCheckInDay: snapshot.checkIns.at(-1)?.day ?? null,
      },
      peg: scoreTrend(snapshot, 'peg-3', 'peg', result.baseline?.peg),
      odi: scoreTrend(snapshot, 'odi', 'odi', result.baseline?.odi),
      rmdq: scoreTrend(snapshot, 'rmdq', 'rmdq', result.baseline?.rmdq),
    },
    adherence: { last14Days: rate(14), last28Days: rate(28) },
    flare: openFlare ? { startedOn: openFlare.startedOn } : null,
    medications: {
      active: active.map((row) => medicationView(row, report)),
      totalMmePerDay: report.totalMmePerDay,
      mmeComplete: report.complete,
      factorSet: report.factorSet,
      alerts: report.alerts,
    },
    physiotherapy: {
      visitsAuthorised: snapshot.settings?.ptVisitsAuthorised ?? null,
      visitsUsed: snapshot.settings?.ptVisitsUsed ?? 0,
    },
  };
}

export type RecordSummary = ReturnType<typeof summariseRecord>;
