import { assess } from '../assessment/assess';
import { weekdayOf } from '../careplan/calendar';
import { carePlanTasksFromProgramme, reviseExerciseSessionTask } from '../careplan/from-programme';
import { createCarePlan } from '../careplan/plan';
import type { CarePlan } from '../careplan/types';
import type { IsoDate } from '../core/vocabulary';
import { type FlareState, logFlareDay, startFlare } from '../exercise/flare';
import { generateProgramme } from '../exercise/generator';
import type { ExerciseSession, Programme } from '../exercise/programme-types';
import {
  decideProgression,
  evaluateWeek,
  INITIAL_PROGRESSION_STATE,
  type SessionFeedback,
} from '../exercise/progression';
import { applyProgression } from '../exercise/progression-apply';
import { addDays, daysBetween } from '../outcomes/dates';
import type { PainDiaryEntry } from '../outcomes/records';
import { recommend } from '../stepped-care/recommend';
import { type CareState, reviewCards } from './clinician';
import type { SyntheticPatient } from './cohort';
import { engineState } from './engine-state';
import type { PatientHistory, SimulatedFlare } from './history';
import { pegAnswers, pegScore, phq9FollowUp, reassessmentIntake } from './measures';
import { summariseOutcome } from './outcome';
import { diaryScore, PainModel } from './pain-model';
import type { SimulationParameters } from './parameter-types';
import { DEFAULT_PARAMETERS } from './parameters';
import { engineConfig, POLICIES, type SimulationPolicy } from './policies';
import { createRandom } from './random';
import { Recorder } from './recorder';
import { componentsFor, isDecisionDay, sessionChance } from './schedule';
import { applyCareEvents, applyMedicationStops, type TreatmentEffects } from './treatment';

/**
 * A patient lives day by day through the real engine (docs/simulation.md): assess() →
 * generateProgramme() → a care plan from the programme → daily check-ins and session logs →
 * weekly evaluateWeek/decideProgression/applyProgression → flares through startFlare/logFlareDay
 * → decision points through recommend(), where a simulated clinician accepts cards with a
 * configurable chance → reminders as an adherence nudge.
 */
export interface SimulateOptions {
  readonly days: number;
  readonly policy?: SimulationPolicy;
  readonly parameters?: SimulationParameters;
  /** Overrides the parameter `treatment.clinicianAcceptance`. */
  readonly clinicianAcceptance?: number;
  /** Keep every record (the demo clinic); false keeps only the outcome (policy comparison). */
  readonly keepRecords?: boolean;
  /**
   * Decision points on or after this date are left for the real clinician: the cards are not
   * reviewed, so a demo clinic has decisions waiting (default: every decision point is reviewed).
   */
  readonly clinicianReviewsBefore?: IsoDate;
  /** Chance the patient does each of the week-6 and week-12 reassessments (default 1). */
  readonly reassessmentChance?: number;
}

const REASSESSMENT_DAYS = [42, 84];

export function simulatePatient(patient: SyntheticPatient, options: SimulateOptions): PatientHistory {
  const parameters = options.parameters ?? DEFAULT_PARAMETERS;
  const policy = options.policy ?? POLICIES['week-12'];
  const acceptance = options.clinicianAcceptance ?? parameters.treatment.clinicianAcceptance.value;
  const stream = createRandom(patient.seed).fork(`life:${patient.index}`);
  const noise = stream.fork('noise');
  const behaviour = stream.fork('behaviour');
  const flareRandom = stream.fork('flares');
  const clinicianRandom = stream.fork('clinician');
  const treatmentRandom = stream.fork('treatment');
  const { traits } = patient;
  const start = patient.startDate;
  const assessment = assess(patient.intake);
  const record = new Recorder(patient, assessment, options.keepRecords ?? true);
  const result = generateProgramme(assessment, {}, { startDate: start });
  if (result.kind === 'blocked') return record.finish(summariseOutcome(record, null));
  const programme: Programme = result;

  let session: ExerciseSession = programme.session;
  // Only the exercise-session task counts toward adherence (CareKit impactsAdherence), so the
  // plan the engine's adherence is read from holds just that task: same records, fewer events.
  let carePlan: CarePlan = createCarePlan({
    id: patient.key,
    title: 'Back care plan',
    effectiveDate: start,
    tasks: carePlanTasksFromProgramme(programme).filter((task) => task.impactsAdherence),
  });
  let progression = INITIAL_PROGRESSION_STATE;
  const care: CareState = {
    step: 1,
    stepStartedOn: start,
    components: componentsFor(assessment, start),
    medications: [],
    trials: [],
    simplified: false,
    opioidSafeguardsOn: null,
    clearances: [],
  };
  const pain = new PainModel(parameters, traits, noise);
  const effects: TreatmentEffects = { drugShift: 0, pendingStops: [] };
  const diary: PainDiaryEntry[] = [];
  const doneDays = new Set<IsoDate>();
  const feedback: SessionFeedback[] = [];
  const flares: SimulatedFlare[] = [];
  const phq9: { date: IsoDate; score: number; item9: number }[] = [];
  const peg: { date: IsoDate; score: number }[] = [];
  const redFlagReports: { date: IsoDate; condition: 'infection'; action: 'urgent' }[] = [];
  let flare: { state: FlareState; plannedEndDay: number } | null = null;
  let planned = 0;
  let done = 0;
  let plannedBy12 = 0;
  let doneBy12 = 0;
  record.carePlanVersion(start, care, programme, session, 'First plan, made from the intake answers.');

  const review = (day: number, date: IsoDate) => {
    const state = engineState({
      today: date,
      careStartedOn: start,
      assessment,
      ageYears: traits.ageYears,
      care,
      diary,
      carePlan,
      doneDays,
      flares: [...flares, ...(flare ? [{ startedOn: flare.state.startedOn, endedOn: null, log: [] }] : [])],
      phq9,
      peg,
      redFlagReports,
    });
    const cards = recommend(state, { config: engineConfig(policy) });
    const outcome = reviewCards(cards, care, date, { acceptance, random: clinicianRandom });
    // At the intake review, referrals are part of usual care (already in the time course): no rescue.
    applyCareEvents(outcome.events, {
      day,
      date,
      care,
      pain,
      effects,
      parameters,
      random: treatmentRandom,
      atIntake: day === 0,
    });
    const version = outcome.planChanged
      ? record.carePlanVersion(date, care, programme, session, 'Changed after a decision card was accepted.')
      : null;
    record.decisions(date, outcome.decisions, version);
  };

  review(0, start);
  const dates = Array.from({ length: options.days }, (_, day) => addDays(start, day));
  for (let day = 0; day < options.days; day += 1) {
    const date = dates[day] ?? addDays(start, day);
    effects.drugShift = applyMedicationStops(day, date, care, effects, parameters);
    // Flares (clinical.md §5.4 flare plan; Pengel 2003 recurrence rate).
    if (flare === null && flareRandom.chance(traits.flareRate / 365)) {
      const days = Math.max(
        2,
        Math.round(-Math.log(1 - flareRandom.next()) * parameters.flares.meanDays.value),
      );
      flare = {
        state: startFlare({ session, restrictions: programme.restrictions }, { startDate: date }),
        plannedEndDay: day + days,
      };
    }
    const flareRise = flare ? parameters.flares.painRise.value : 0;
    const smoothedAdherence = (done + 2 * traits.adherenceBase) / (planned + 2);
    const todayPain = pain.painOn(day, {
      adherenceSoFar: smoothedAdherence,
      drugShift: effects.drugShift,
      flareRise,
    });
    record.truePain(day, todayPain);

    if (flare !== null) {
      const positiveScreen =
        day === flare.plannedEndDay - 1 && flareRandom.chance(parameters.flares.redFlagPerFlare.value);
      const logged = logFlareDay(flare.state, {
        date,
        pain: diaryScore(todayPain),
        settled: day > flare.plannedEndDay,
        redFlagSymptoms: positiveScreen ? ['fever-or-feeling-unwell'] : [],
      });
      if (logged.kind === 'urgent-path') {
        redFlagReports.push({ date, condition: 'infection', action: 'urgent' });
        flares.push({ startedOn: logged.state.startedOn, endedOn: date, log: logged.state.log });
        record.flare(flares.at(-1));
        flare = null;
      } else if (logged.kind === 'flare-resolved') {
        flares.push({ startedOn: logged.state.startedOn, endedOn: date, log: logged.state.log });
        record.flare(flares.at(-1));
        flare = null;
      } else {
        flare = { ...flare, state: logged.state };
      }
    }

    const checkInChance =
      parameters.adherence.checkInRate.value -
      (policy.reminders ? 0 : parameters.adherence.reminderNudge.value);
    if (behaviour.chance(checkInChance)) {
      const entry = { date, pain: diaryScore(todayPain) };
      diary.push(entry);
      record.checkIn(date, todayPain, flare !== null, weekdayOf(date) === 'mon', behaviour);
    }

    if (programme.sessionDays.includes(weekdayOf(date))) {
      planned += 1;
      if (day < 84) plannedBy12 += 1;
      const chance = sessionChance(parameters, policy, traits, care, day);
      if (behaviour.chance(chance)) {
        done += 1;
        if (day < 84) doneBy12 += 1;
        doneDays.add(date);
        const sessionFeedback = record.session(
          date,
          flare ? flare.state.flareSession : session,
          todayPain,
          behaviour,
        );
        feedback.push(sessionFeedback);
      }
    }

    if (day > 0 && day % 7 === 0 && flare === null) {
      const weekStart = dates[day - 7] ?? start;
      const previousStart = dates[day - 14] ?? start;
      const week = feedback.filter((f) => f.date >= weekStart && f.date < date);
      const previous = feedback.filter((f) => f.date >= previousStart && f.date < weekStart);
      // Only the last two weeks are ever read again.
      if (feedback.length > 20) feedback.splice(0, feedback.length - 14);
      const verdict = evaluateWeek(week, previous.length > 0 ? previous : null).verdict;
      const decided = decideProgression(progression, verdict);
      progression = decided.state;
      const applied = applyProgression(session, decided.decision, {
        restrictions: programme.restrictions,
        minutesPerDay: programme.minutesPerDay,
      });
      if (applied.changes.length > 0) {
        session = applied.session;
        carePlan = reviseExerciseSessionTask(carePlan, session, date);
        record.carePlanVersion(
          date,
          care,
          programme,
          session,
          `Weekly progression: ${decided.decision}.`,
          progression.brokenWeeksInARow,
        );
      }
    }

    if (day > 0 && day % 7 === 3 && behaviour.chance(0.6)) {
      const answers = pegAnswers(todayPain, behaviour);
      peg.push({ date, score: pegScore(answers) });
      record.instrument('peg-3', date, answers);
    }
    if (REASSESSMENT_DAYS.includes(day) && behaviour.chance(options.reassessmentChance ?? 1)) {
      const mood = phq9FollowUp(patient.intake.instruments['phq-9'] ?? {}, pain.responding, behaviour);
      phq9.push({ date, score: mood.total, item9: mood.item9 });
      record.reassessment(
        reassessmentIntake(patient.intake, date, {
          pain: todayPain,
          peg: pegAnswers(todayPain, behaviour),
          phq9: mood.answers,
        }),
      );
    }
    const daysInStep = day - daysBetween(start, care.stepStartedOn);
    const redFlagToday = redFlagReports.some((report) => report.date === date);
    const reviewed = options.clinicianReviewsBefore === undefined || date < options.clinicianReviewsBefore;
    if (day > 0 && reviewed && (redFlagToday || isDecisionDay(daysInStep, policy))) review(day, date);
    record.medicationDay(care);
  }
  // A flare still going on the last day stays open in the record, as it would in a clinic.
  if (flare !== null) record.flare({ startedOn: flare.state.startedOn, endedOn: null, log: flare.state.log });
  return record.finish(summariseOutcome(record, care, { planned, done, plannedBy12, doneBy12 }), care);
}
