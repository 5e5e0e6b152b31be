import { PHQ9_SELF_HARM_ITEM_ID } from '@backplan/clinical/instruments/index';
import { lookupDrug, type MedicationEntry } from '@backplan/clinical/medications/index';
import { type PatientState, patientStateSchema } from '@backplan/clinical/stepped-care/index';
import { planComponents, programmeOf } from './care-plan-shape';
import { addDays, datesBetween, earlierDate, laterDate, weekdayOf } from './dates';
import type { CarePlanRow, MedicationFields } from './record-repository';
import { ageOf, type CareSettingsFields, recordedProfile, recordedSafeguards } from './safety-facts';

/**
 * Builds the stepped-care engine's PatientState from the stored record. Pure:
 * the snapshot in, the state (or why there is none) out. Rows the engine's
 * schema rejects are reported as issues, never guessed at.
 */

/** The instrument ids the engine follows, as stored by the patient app (instrument registry ids). */
const INSTRUMENT_SERIES = { 'peg-3': 'peg', odi: 'odi', rmdq: 'rmdq' } as const;
/** The questionnaires the engine reads: the three series and the PHQ-9 (score and item 9). */
export const STATE_INSTRUMENTS: readonly string[] = ['peg-3', 'odi', 'rmdq', 'phq-9'];

export function medicationEntry(row: MedicationFields): MedicationEntry {
  return {
    drug: row.drug,
    dose: row.dose,
    unit: row.unit as MedicationEntry['unit'],
    frequency: row.frequency as MedicationEntry['frequency'],
    route: row.route as MedicationEntry['route'],
    asNeeded: row.frequency === 'as-needed',
    ...(row.prnMaxDosesPerDay !== null ? { prnMaximumDosesPerDay: row.prnMaxDosesPerDay } : {}),
    startDate: row.startedOn,
  };
}

/** Medicines stopped (or kept) with a recorded outcome are the trials the medication tiers read. */
export function medicationTrials(rows: readonly MedicationFields[], today: string) {
  return rows.flatMap((row) => {
    const info = lookupDrug(row.drug);
    if (!row.trialOutcome || !info || row.startedOn > today) return [];
    return [
      {
        drugClass: info.drugClass,
        drug: info.generic,
        startedOn: row.startedOn,
        ...(row.stoppedOn && row.stoppedOn <= today ? { endedOn: row.stoppedOn } : {}),
        outcome: row.trialOutcome,
      },
    ];
  });
}

export function activeMedications<Row extends Pick<MedicationFields, 'startedOn' | 'stoppedOn'>>(
  rows: readonly Row[],
  today: string,
): Row[] {
  return rows.filter((row) => row.startedOn <= today && (row.stoppedOn === null || row.stoppedOn > today));
}

/**
 * Scheduled exercise sessions (the CareKit impactsAdherence task) from the
 * first plan to yesterday, plus today once logged, so an unfinished today is
 * never counted as missed.
 */
export function adherenceRecords(snapshot: {
  readonly plans: readonly Pick<CarePlanRow, 'effectiveFrom' | 'programme'>[];
  readonly sessions: readonly { readonly day: string; readonly completed: boolean }[];
  readonly today: string;
}) {
  const first = snapshot.plans[0];
  const latest = snapshot.plans.at(-1);
  if (!first || !latest) return [];
  const sessionDays = new Set(programmeOf(latest).sessionDays);
  const doneDays = new Set(snapshot.sessions.filter((s) => s.completed).map((s) => s.day));
  const from = laterDate(first.effectiveFrom, addDays(snapshot.today, -90));
  return datesBetween(from, snapshot.today)
    .filter((day) => sessionDays.has(weekdayOf(day)))
    .filter((day) => day < snapshot.today || doneDays.has(day))
    .map((day) => ({
      date: day,
      taskId: 'exercise-session',
      impactsAdherence: true,
      completed: doneDays.has(day),
    }));
}

function scoreSeries(snapshot: StateInput, instrumentId: keyof typeof INSTRUMENT_SERIES) {
  return snapshot.responses
    .filter(
      (r) => r.instrumentId === instrumentId && r.primaryScore !== null && r.answeredOn <= snapshot.today,
    )
    .map((r) => ({ date: r.answeredOn, score: r.primaryScore as number }));
}

function phq9Series(snapshot: StateInput) {
  return snapshot.responses
    .filter((r) => r.instrumentId === 'phq-9' && r.primaryScore !== null && r.answeredOn <= snapshot.today)
    .map((r) => {
      const answers = (r.answers ?? {}) as Record<string, unknown>;
      const item9 = answers[PHQ9_SELF_HARM_ITEM_ID];
      return {
        date: r.answeredOn,
        score: r.primaryScore as number,
        ...(typeof item9 === 'number' ? { item9 } : {}),
      };
    });
}

/**
 * What the engine's state is built from: the general snapshot (record-snapshot.ts) has all of
 * it, and the one-statement read (record-state-read.ts) sends only this.
 */
export interface StateInput {
  readonly today: string;
  /** In date order; the state reads the last. */
  readonly assessments: readonly {
    readonly result: unknown;
    readonly intake: unknown;
    readonly assessedOn: string;
  }[];
  readonly responses: readonly {
    readonly instrumentId: string;
    readonly answeredOn: string;
    readonly primaryScore: number | null;
    readonly answers: unknown;
  }[];
  readonly checkIns: readonly {
    readonly day: string;
    readonly pain: number;
    readonly newBladderBowelSaddleSymptoms: boolean | null;
  }[];
  readonly sessions: readonly { readonly day: string; readonly completed: boolean }[];
  /** In version order; the state reads the first and the last. */
  readonly plans: readonly Pick<
    CarePlanRow,
    'effectiveFrom' | 'step' | 'stepStartedOn' | 'components' | 'programme'
  >[];
  readonly flares: readonly { readonly startedOn: string; readonly endedOn: string | null }[];
  readonly medications: readonly MedicationFields[];
  readonly settings: CareSettingsFields | null;
  readonly notes: readonly { readonly visitedOn: string }[];
  readonly decisions: readonly { readonly decidedAt: Date }[];
}

export type PatientStateResult =
  | { readonly state: PatientState; readonly issues: readonly string[] }
  | { readonly state: null; readonly issues: readonly string[] };

export function buildPatientState(snapshot: StateInput): PatientStateResult {
  const assessment = snapshot.assessments.at(-1);
  const plan = snapshot.plans.at(-1);
  const first = snapshot.plans[0];
  if (!assessment) return { state: null, issues: ['No assessment has been recorded yet.'] };
  if (!plan || !first) return { state: null, issues: ['There is no care plan yet.'] };
  const age = ageOf(snapshot);
  if (age === null) return { state: null, issues: ['The assessment has no age.'] };
  const today = snapshot.today;
  const candidate = {
    today,
    assessment: assessment.result,
    profile: { ...recordedProfile(snapshot.settings), age },
    currentStep: {
      step: plan.step,
      startedOn: plan.stepStartedOn,
      careStartedOn: earlierDate(first.effectiveFrom, plan.stepStartedOn),
      components: planComponents(plan),
    },
    records: {
      painDiary: snapshot.checkIns.filter((c) => c.day <= today).map((c) => ({ date: c.day, pain: c.pain })),
      peg: scoreSeries(snapshot, 'peg-3'),
      odi: scoreSeries(snapshot, 'odi'),
      rmdq: scoreSeries(snapshot, 'rmdq'),
      phq9: phq9Series(snapshot),
      adherence: adherenceRecords(snapshot),
      flares: snapshot.flares
        .filter((f) => f.startedOn <= today)
        .map((f) => ({ startedOn: f.startedOn, endedOn: f.endedOn })),
      // The weekly bladder/bowel/saddle question (clinical.md §4.1): a yes is a suspected cauda equina.
      redFlagReports: snapshot.checkIns
        .filter((c) => c.newBladderBowelSaddleSymptoms === true && c.day <= today)
        .map((c) => ({ date: c.day, condition: 'cauda-equina', action: 'emergency' })),
    },
    medications: activeMedications(snapshot.medications, today).map(medicationEntry),
    medicationTrials: medicationTrials(snapshot.medications, today),
    opioidSafeguards: recordedSafeguards(snapshot.settings),
    physiotherapy: {
      visitsAuthorised: snapshot.settings?.ptVisitsAuthorised ?? 0,
      visitsUsed: snapshot.settings?.ptVisitsUsed ?? 0,
    },
    // A visit note or a decision on a card is a clinician review of progress.
    clinicianReviews: [
      ...snapshot.notes.map((n) => n.visitedOn),
      ...snapshot.decisions.map((d) => d.decidedAt.toISOString().slice(0, 10)),
    ]
      .filter((date) => date <= today)
      .map((date) => ({ date })),
  };
  const parsed = patientStateSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      state: null,
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return { state: parsed.data, issues: [] };
}
