import { daysBetween } from '../careplan/calendar';
import type { IsoDate, RedFlagCondition } from '../core/vocabulary';
import { EXERCISE_CATALOGUE, getExercise } from './catalogue/index';
import { estimateDoseMinutes } from './dose';
import { FLARE_SYMPTOMS, type FlareRedFlagSymptom, URGENT_PATH_MESSAGES } from './flare-symptoms';
import type { ExerciseSession, PrescribedExercise } from './programme-types';
import { isExerciseAllowed, type PatientRestrictions } from './restrictions';
import type { ExerciseDose } from './types';

/**
 * The flare-up plan (clinical.md §5.4: drop back after a flare [K]; §4.1 red-flag recheck).
 * startFlare swaps the session for a gentle set — level 1 mobility, a short walk and
 * relaxation — at half the volume. Each flare day the patient logs pain, whether things
 * have settled back to usual, and answers the red-flag questions. Two settled days in a
 * row end the flare and restore the session from before it. Numbers are configurable.
 */
export interface FlareConfig {
  readonly settledDaysToReturn: number;
  /** A flare lasting more than this many days needs clinician review. */
  readonly clinicianReviewAfterDays: number;
  /** Mobility items in the flare set. */
  readonly mobilityItems: number;
}

export const DEFAULT_FLARE_CONFIG: FlareConfig = {
  settledDaysToReturn: 2,
  clinicianReviewAfterDays: 7,
  mobilityItems: 2,
};

export interface FlareLogEntry {
  readonly date: IsoDate;
  /** Pain now, 0–10. */
  readonly pain: number;
  /** "Is your back back to its usual level?" */
  readonly settled: boolean;
  /** Red-flag symptoms the patient said yes to (empty when none). */
  readonly redFlagSymptoms: readonly FlareRedFlagSymptom[];
}

export interface FlareState {
  readonly status: 'active' | 'resolved' | 'urgent';
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  /** The session in force before the flare; restored when it settles. */
  readonly sessionBeforeFlare: ExerciseSession;
  readonly flareSession: ExerciseSession;
  readonly log: readonly FlareLogEntry[];
}

export type FlareLogResult =
  | { readonly kind: 'flare-continues'; readonly state: FlareState; readonly session: ExerciseSession }
  | { readonly kind: 'flare-resolved'; readonly state: FlareState; readonly session: ExerciseSession }
  | {
      readonly kind: 'urgent-path';
      readonly state: FlareState;
      readonly action: 'emergency' | 'urgent';
      readonly conditions: readonly RedFlagCondition[];
      readonly patientMessage: string;
    };

const halve = (dose: ExerciseDose): ExerciseDose =>
  dose.kind === 'duration'
    ? { kind: 'duration', minutes: Math.max(1, Math.round(dose.minutes * 5) / 10) }
    : {
        kind: 'reps',
        sets: 1,
        reps: Math.max(1, Math.ceil((dose.sets * dose.reps) / 2)),
        holdSeconds: dose.holdSeconds,
      };

function prescribe(
  exerciseId: string,
  role: PrescribedExercise['role'],
  dose: ExerciseDose,
): PrescribedExercise {
  return { exerciseId, role, dose, estimatedMinutes: estimateDoseMinutes(getExercise(exerciseId), dose) };
}

/**
 * The gentle set: the session's own warm-up, level 1 mobility, a short walk (half the usual
 * walking time) and a relaxation item. Movement volume is halved; relaxation keeps its full time.
 */
export function buildFlareSession(
  session: ExerciseSession,
  restrictions: PatientRestrictions,
  config: FlareConfig = DEFAULT_FLARE_CONFIG,
): ExerciseSession {
  const allowed = EXERCISE_CATALOGUE.filter((e) => isExerciseAllowed(e, restrictions));
  const items: PrescribedExercise[] = [];
  const warmUp = session.items.find((i) => i.role === 'warm-up');
  const firstWarmUp = allowed.find((e) => e.group === 'warm-up');
  if (warmUp !== undefined) items.push(prescribe(warmUp.exerciseId, 'warm-up', halve(warmUp.dose)));
  else if (firstWarmUp !== undefined)
    items.push(prescribe(firstWarmUp.id, 'warm-up', halve(firstWarmUp.startingDose)));
  for (const mobility of allowed
    .filter((e) => e.group === 'mobility' && e.level === 1)
    .slice(0, config.mobilityItems)) {
    items.push(prescribe(mobility.id, 'main', halve(mobility.startingDose)));
  }
  const walking = session.items.find((i) => getExercise(i.exerciseId).group === 'walking-aerobic');
  const easyAerobic = allowed.find((e) => e.group === 'walking-aerobic' && e.level === 1);
  if (walking !== undefined) {
    const easier =
      getExercise(walking.exerciseId).level > 1 && easyAerobic !== undefined
        ? easyAerobic.id
        : walking.exerciseId;
    items.push(prescribe(easier, 'aerobic', halve(walking.dose)));
  } else if (easyAerobic !== undefined) {
    items.push(prescribe(easyAerobic.id, 'aerobic', halve(easyAerobic.startingDose)));
  }
  const relaxation = allowed.find((e) => e.group === 'relaxation');
  if (relaxation !== undefined) items.push(prescribe(relaxation.id, 'cool-down', relaxation.startingDose));
  const minutes = items.reduce((sum, item) => sum + item.estimatedMinutes, 0);
  return { items, estimatedMinutes: Math.round(minutes * 10) / 10 };
}

/** Starts a flare for a programme (or anything with its current session and restrictions). */
export function startFlare(
  programme: { readonly session: ExerciseSession; readonly restrictions: PatientRestrictions },
  options: { readonly startDate: IsoDate },
  config: FlareConfig = DEFAULT_FLARE_CONFIG,
): FlareState {
  return {
    status: 'active',
    startedOn: options.startDate,
    endedOn: null,
    sessionBeforeFlare: programme.session,
    flareSession: buildFlareSession(programme.session, programme.restrictions, config),
    log: [],
  };
}

function settledRun(log: readonly FlareLogEntry[]): number {
  let run = 0;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    const later = log[i + 1];
    if (entry === undefined || !entry.settled) break;
    if (later !== undefined && daysBetween(entry.date, later.date) !== 1) break;
    run += 1;
  }
  return run;
}

/** Records one flare day. Red-flag symptoms always win; otherwise two settled days end the flare. */
export function logFlareDay(
  state: FlareState,
  entry: FlareLogEntry,
  config: FlareConfig = DEFAULT_FLARE_CONFIG,
): FlareLogResult {
  if (state.status !== 'active') throw new RangeError(`Cannot log a day on a ${state.status} flare`);
  const log = [...state.log.filter((e) => e.date !== entry.date), entry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const flagged = entry.redFlagSymptoms.map((symptom) => FLARE_SYMPTOMS[symptom]);
  if (flagged.length > 0) {
    const action = flagged.some((f) => f.action === 'emergency') ? 'emergency' : 'urgent';
    return {
      kind: 'urgent-path',
      state: { ...state, status: 'urgent', log },
      action,
      conditions: [...new Set(flagged.map((f) => f.condition))],
      patientMessage: URGENT_PATH_MESSAGES[action],
    };
  }
  if (settledRun(log) >= config.settledDaysToReturn) {
    const resolved: FlareState = { ...state, status: 'resolved', endedOn: entry.date, log };
    return { kind: 'flare-resolved', state: resolved, session: state.sessionBeforeFlare };
  }
  const active: FlareState = { ...state, log };
  return { kind: 'flare-continues', state: active, session: state.flareSession };
}

/** Whole days since the flare started, up to today or the day it ended. */
export function flareDurationDays(state: Pick<FlareState, 'startedOn' | 'endedOn'>, today: IsoDate): number {
  return Math.max(0, daysBetween(state.startedOn, state.endedOn ?? today));
}

/**
 * True when an active flare has lasted longer than the review threshold (default 7 days).
 * The stepped-care engine turns this into a clinician card.
 */
export function flareNeedsClinicianReview(
  state: Pick<FlareState, 'status' | 'startedOn' | 'endedOn'>,
  today: IsoDate,
  config: FlareConfig = DEFAULT_FLARE_CONFIG,
): boolean {
  return state.status === 'active' && flareDurationDays(state, today) > config.clinicianReviewAfterDays;
}
