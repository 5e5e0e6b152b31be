import { z } from 'zod';
import type { Weekday } from '../careplan/calendar';
import type { Citation } from '../core/sources';
import type { DirectionalPreference, IsoDate, PainPhenotype, RedFlagAction } from '../core/vocabulary';
import type { PatientRestrictions } from './restrictions';
import type { ProgrammeRuleId } from './rules';
import {
  AVOID_CONDITION_IDS,
  EQUIPMENT,
  EXERCISE_POSITIONS,
  type ExerciseDose,
  type ExerciseLevel,
} from './types';

/**
 * Patient preferences for the programme. Every field is optional; defaults follow the brief:
 * about 25 minutes a day (20–30), five days a week, a chair and a wall at home.
 */
export const programmePreferencesSchema = z.object({
  minutesPerDay: z.number().int().min(10).max(60).default(25),
  equipment: z.array(z.enum(EQUIPMENT)).default(['chair', 'wall']),
  daysPerWeek: z.number().int().min(1).max(7).default(5),
  excludedPositions: z.array(z.enum(EXERCISE_POSITIONS)).default([]),
  /** Clinician- or patient-entered conditions (pregnancy, cannot kneel, osteoporosis…). */
  avoidConditions: z.array(z.enum(AVOID_CONDITION_IDS)).default([]),
});
export type ProgrammePreferences = z.input<typeof programmePreferencesSchema>;
export type ResolvedProgrammePreferences = z.output<typeof programmePreferencesSchema>;

export interface ProgrammeOptions {
  readonly startDate: IsoDate;
}

/** Where an item sits in the session; sessions run in this order. */
export const SESSION_ROLES = ['warm-up', 'directional', 'main', 'aerobic', 'cool-down'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export interface PrescribedExercise {
  readonly exerciseId: string;
  readonly role: SessionRole;
  readonly dose: ExerciseDose;
  readonly estimatedMinutes: number;
}

/** A question asked around a session, with what to do on a "yes". */
export interface SessionSafetyCheck {
  readonly id: 'symptoms-spread' | 'stop-and-get-advice';
  readonly when: 'during-and-after-session';
  readonly question: string;
  readonly ifYes: string;
  readonly citations: readonly Citation[];
}

export interface ExerciseSession {
  readonly items: readonly PrescribedExercise[];
  readonly estimatedMinutes: number;
}

export interface Programme {
  readonly kind: 'programme';
  readonly startDate: IsoDate;
  readonly phenotype: PainPhenotype;
  readonly directionalPreference: DirectionalPreference | null;
  readonly level: ExerciseLevel;
  readonly levelExplanation: string;
  readonly minutesPerDay: number;
  readonly daysPerWeek: number;
  readonly sessionDays: readonly Weekday[];
  readonly restrictions: PatientRestrictions;
  readonly session: ExerciseSession;
  readonly safetyChecks: readonly SessionSafetyCheck[];
  /** Ids of the PROGRAMME_RULES that shaped this programme, for the clinician's "why". */
  readonly appliedRules: readonly ProgrammeRuleId[];
}

export interface BlockedProgramme {
  readonly kind: 'blocked';
  readonly reason: 'red-flag' | 'no-suitable-exercises';
  /** The action required first (from the assessment), or null when no exercise fits. */
  readonly requiredAction: RedFlagAction | null;
  readonly reasons: readonly string[];
  readonly appliedRules: readonly ProgrammeRuleId[];
}

export type ProgrammeResult = Programme | BlockedProgramme;
