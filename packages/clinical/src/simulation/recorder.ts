import { assess } from '../assessment/assess';
import type { Assessment } from '../assessment/assessment-types';
import type { Intake } from '../assessment/intake-schema';
import type { IsoDate } from '../core/vocabulary';
import type { ExerciseSession, Programme } from '../exercise/programme-types';
import type { SessionFeedback } from '../exercise/progression';
import { computeMme } from '../medications/safety-alerts';
import type { CardDecision, CareState } from './clinician';
import type { SyntheticPatient } from './cohort';
import type {
  PatientHistory,
  PatientOutcome,
  SimulatedCarePlanVersion,
  SimulatedCheckIn,
  SimulatedDecision,
  SimulatedFlare,
  SimulatedInstrumentResponse,
  SimulatedSession,
} from './history';
import type { Random } from './random';

/**
 * Collects what a simulated patient leaves behind. With `keepRecords` false only what the
 * outcome needs is kept (daily pain, steps, medicines in use), so a 10,000-patient policy
 * comparison stays small in memory.
 */
const clampScore = (value: number) => Math.min(10, Math.max(0, Math.round(value)));

export class Recorder {
  readonly dailyPain: number[] = [];
  readonly steps: { date: IsoDate; step: number; components: readonly string[] }[] = [];
  readonly checkIns: SimulatedCheckIn[] = [];
  readonly sessions: SimulatedSession[] = [];
  readonly carePlans: SimulatedCarePlanVersion[] = [];
  readonly flares: SimulatedFlare[] = [];
  readonly decisionRows: SimulatedDecision[] = [];
  readonly instruments: SimulatedInstrumentResponse[] = [];
  readonly reassessments: { intake: Intake; assessment: Assessment }[] = [];
  readonly medicationClasses = new Set<string>();
  opioidDays = 0;
  mmeDays = 0;
  flareCount = 0;
  private mmeKey = '';
  private mmeToday = 0;
  private version = 0;

  constructor(
    readonly patient: SyntheticPatient,
    readonly assessment: Assessment,
    private readonly keep: boolean,
  ) {}

  truePain(day: number, pain: number): void {
    this.dailyPain[day] = pain;
  }

  carePlanVersion(
    date: IsoDate,
    care: CareState,
    programme: Programme,
    session: ExerciseSession,
    reason: string,
    brokenWeeksInARow = 0,
  ): number {
    this.version += 1;
    const components = care.components.map((c) => ({ ...c }));
    const last = this.steps.at(-1);
    if (last?.date === date) this.steps.pop();
    this.steps.push({ date, step: care.step, components: components.map((c) => c.kind) });
    if (this.keep) {
      this.carePlans.push({
        version: this.version,
        effectiveFrom: date,
        step: care.step,
        stepStartedOn: care.stepStartedOn,
        components,
        programme: { ...programme, session, progression: { brokenWeeksInARow, lastWeekEvaluated: date } },
        reason,
      });
    }
    return this.version;
  }

  checkIn(date: IsoDate, pain: number, flare: boolean, weeklyQuestion: boolean, random: Random): void {
    if (!this.keep) return;
    this.checkIns.push({
      day: date,
      pain: clampScore(pain),
      sleepQuality: clampScore(8 - pain * 0.5 + random.normal(0, 1.5)),
      mood: clampScore(8 - pain * 0.4 - (this.patient.traits.depressed ? 2 : 0) + random.normal(0, 1.5)),
      activityMinutes: Math.max(0, Math.round(random.normal(35 - pain * 2, 12))),
      flare,
      newBladderBowelSaddleSymptoms: weeklyQuestion ? false : null,
    });
  }

  /** Logs a done session and returns the feedback the weekly progression reads. */
  session(date: IsoDate, session: ExerciseSession, pain: number, random: Random): SessionFeedback {
    const painDuring = clampScore(pain * 0.7 + random.normal(0, 1));
    const settledNextMorning = random.chance(painDuring <= 5 ? 0.92 : 0.55);
    if (this.keep) {
      this.sessions.push({
        day: date,
        carePlanVersion: this.version,
        completed: true,
        maxPainDuring: painDuring,
        settledNextMorning,
        exercises: session.items.map((item) => ({
          exerciseId: item.exerciseId,
          outcome: random.chance(0.9) ? 'done' : 'easier',
          painDuring: clampScore(painDuring + random.normal(0, 0.7)),
        })),
      });
    }
    return { date, painDuring, settledNextMorning };
  }

  flare(flare: SimulatedFlare | undefined): void {
    if (flare === undefined) return;
    this.flareCount += 1;
    if (this.keep) this.flares.push(flare);
  }

  instrument(instrumentId: 'peg-3' | 'phq-9', answeredOn: IsoDate, answers: Record<string, number>): void {
    if (this.keep) this.instruments.push({ instrumentId, answeredOn, answers });
  }

  reassessment(intake: Intake): void {
    if (!this.keep) return;
    this.reassessments.push({ intake, assessment: assess(intake) });
    const phq9 = intake.instruments['phq-9'];
    if (phq9) this.instrument('phq-9', intake.assessedOn, phq9 as Record<string, number>);
  }

  decisions(date: IsoDate, decisions: readonly CardDecision[], version: number | null): void {
    if (!this.keep) return;
    for (const decision of decisions) {
      this.decisionRows.push({
        day: date,
        ruleId: decision.card.ruleId,
        card: decision.card,
        decision: decision.accepted ? 'accepted' : 'declined',
        reason: decision.reason,
        resultingCarePlanVersion: decision.planChanged ? version : null,
      });
    }
  }

  /** Counts today's opioid exposure (MME from the real computeMme over the medicines in use). */
  medicationDay(care: CareState): void {
    const active = care.medications.filter((m) => m.stoppedOn === null);
    for (const medication of active) this.medicationClasses.add(medication.entry.drug);
    const key = active.map((m) => `${m.entry.drug}:${m.entry.dose}:${m.entry.frequency}`).join('|');
    if (key !== this.mmeKey) {
      this.mmeKey = key;
      this.mmeToday = active.length === 0 ? 0 : computeMme(active.map((m) => m.entry)).totalMmePerDay;
    }
    if (this.mmeToday > 0) {
      this.opioidDays += 1;
      this.mmeDays += this.mmeToday;
    }
  }

  finish(outcome: PatientOutcome, care: CareState | null = null): PatientHistory {
    return {
      patient: this.patient,
      intake: this.patient.intake,
      assessment: this.assessment,
      checkIns: this.checkIns,
      sessions: this.sessions,
      carePlans: this.carePlans,
      flares: this.flares,
      medications: care?.medications ?? [],
      medicationTrials: care?.trials ?? [],
      decisions: this.decisionRows,
      instruments: this.instruments,
      reassessments: this.reassessments,
      outcome,
    };
  }
}
