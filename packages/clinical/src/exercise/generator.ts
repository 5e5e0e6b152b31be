import { WEEKDAYS, type Weekday } from '../careplan/calendar';
import type { AssessmentSummary } from '../core/assessment-contract';
import type { DirectionalPreference, PainPhenotype } from '../core/vocabulary';
import { EXERCISE_CATALOGUE } from './catalogue/index';
import { estimateDoseMinutes } from './dose';
import {
  type BlockedProgramme,
  type PrescribedExercise,
  type ProgrammeOptions,
  type ProgrammePreferences,
  type ProgrammeResult,
  programmePreferencesSchema,
  SESSION_ROLES,
  type SessionSafetyCheck,
} from './programme-types';
import { combineRestrictions, isExerciseAllowed, type PatientRestrictions } from './restrictions';
import type { ProgrammeRuleId } from './rules';
import {
  MAIN_ORDER,
  needsSpreadCheck,
  SLOT_GROUP,
  SLOT_ROLE,
  type SlotKind,
  sessionSlots,
} from './session-plan';
import { DEFAULT_STARTING_LEVEL_CONFIG, type StartingLevelConfig, startingLevel } from './starting-level';
import type { Exercise, ExerciseDose, ExerciseLevel } from './types';

/**
 * The programme generator: a pure function from an assessment summary and preferences to a
 * programme, or to a blocked result when a red flag forbids one. See docs/programme.md and
 * PROGRAMME_RULES for the rules and their sources.
 */
export interface GeneratorConfig {
  readonly startingLevel: StartingLevelConfig;
  /** At most this many items per session: fewer exercises are easier to keep up (§6.2). */
  readonly maxItemsPerSession: number;
  /** Shortest walk or aerobic block worth prescribing, in minutes. */
  readonly minimumAerobicMinutes: number;
}

export const DEFAULT_GENERATOR_CONFIG: GeneratorConfig = {
  startingLevel: DEFAULT_STARTING_LEVEL_CONFIG,
  maxItemsPerSession: 8,
  minimumAerobicMinutes: 5,
};

export const SYMPTOMS_SPREAD_CHECK: SessionSafetyCheck = {
  id: 'symptoms-spread',
  when: 'during-and-after-session',
  question: 'Did pain, tingling or numbness spread further down your leg during or after the exercises?',
  ifYes:
    'Stop the nerve and back-bending or forward-bending exercises and tell your clinician before the next session.',
  citations: [{ source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'stop if symptoms peripheralise' }],
};

export const STOP_AND_GET_ADVICE_CHECK: SessionSafetyCheck = {
  id: 'stop-and-get-advice',
  when: 'during-and-after-session',
  question:
    'Did you notice new trouble passing urine, a change in bladder or bowel control, numbness between your legs, or new weakness in a leg?',
  ifYes:
    'Stop exercising and get medical help today. With bladder, bowel or saddle changes, go to the emergency department now.',
  citations: [
    { source: 'BASS_2018_CES', section: 'CES features' },
    { source: 'LBP_EXERCISE_HANDOUTS', section: 'safety copy' },
  ],
};

/** Spreads n session days over the week, starting on Monday (3 → Mon, Wed, Fri). */
export function spreadSessionDays(daysPerWeek: number): Weekday[] {
  const n = Math.max(1, Math.min(7, Math.round(daysPerWeek)));
  return Array.from({ length: n }, (_, i) => WEEKDAYS[Math.floor((i * 7) / n)] ?? 'mon');
}

function blocked(
  reason: BlockedProgramme['reason'],
  requiredAction: BlockedProgramme['requiredAction'],
  reasons: readonly string[],
  appliedRules: readonly ProgrammeRuleId[],
): BlockedProgramme {
  return { kind: 'blocked', reason, requiredAction, reasons, appliedRules };
}

interface PickContext {
  readonly restrictions: PatientRestrictions;
  readonly phenotype: PainPhenotype;
  readonly preference: DirectionalPreference | null;
  readonly level: ExerciseLevel;
  readonly used: ReadonlySet<string>;
}

/** The highest-level allowed exercise at or below the target level, else the easiest allowed one. */
function closestLevel(candidates: readonly Exercise[], level: ExerciseLevel): Exercise | undefined {
  const atOrBelow = candidates.filter((e) => e.level <= level);
  if (atOrBelow.length > 0) {
    const best = Math.max(...atOrBelow.map((e) => e.level));
    return atOrBelow.find((e) => e.level === best);
  }
  const easiest = Math.min(...candidates.map((e) => e.level));
  return candidates.find((e) => e.level === easiest);
}

export function pickExerciseForSlot(slot: SlotKind, context: PickContext): Exercise | undefined {
  const group = SLOT_GROUP[slot];
  const allowed = EXERCISE_CATALOGUE.filter(
    (e) => e.group === group && !context.used.has(e.id) && isExerciseAllowed(e, context.restrictions),
  );
  if (slot === 'directional') {
    // A clinician-recorded preference wins over phenotype tags (clinical.md §5.3).
    return closestLevel(
      allowed.filter((e) => e.direction === context.preference),
      context.level,
    );
  }
  const suited = allowed.filter((e) => e.suits.includes(context.phenotype));
  const pool = slot === 'nerve-slider' ? suited.filter((e) => e.nerveGlide === 'slider') : suited;
  // Warm-up and relaxation are safe for everyone: fall back to any allowed one.
  const fallback = slot === 'warm-up' || slot === 'relaxation' ? allowed : [];
  return closestLevel(pool.length > 0 ? pool : fallback, context.level);
}

function aerobicDose(exercise: Exercise, remainingMinutes: number, minimum: number): ExerciseDose | null {
  if (exercise.startingDose.kind !== 'duration') return exercise.startingDose;
  const minutes = Math.min(exercise.startingDose.minutes, Math.floor(remainingMinutes));
  return minutes >= minimum ? { kind: 'duration', minutes } : null;
}

function sessionOrder(slot: SlotKind): number {
  const role = SESSION_ROLES.indexOf(SLOT_ROLE[slot]);
  const main = MAIN_ORDER.indexOf(slot);
  return role * 10 + Math.max(0, main);
}

export function generateProgramme(
  assessment: AssessmentSummary,
  preferences: ProgrammePreferences,
  options: ProgrammeOptions,
  config: GeneratorConfig = DEFAULT_GENERATOR_CONFIG,
): ProgrammeResult {
  const eligibility = assessment.programmeEligibility;
  const action = eligibility.requiredAction;
  if (!eligibility.eligible || action === 'emergency' || action === 'urgent') {
    return blocked('red-flag', action, eligibility.reasons, ['blocked-by-red-flag']);
  }
  const resolved = programmePreferencesSchema.parse(preferences);
  const restrictions = combineRestrictions(assessment, resolved);
  const start = startingLevel(assessment, config.startingLevel);
  const { slots, rules } = sessionSlots(assessment.phenotype, assessment.directionalPreference);
  const appliedRules: ProgrammeRuleId[] = [
    'honour-restrictions',
    ...rules,
    'starting-level-from-function',
    ...(start.steppedDownForRisk ? (['starting-level-from-risk'] as const) : []),
    'session-fits-time-budget',
  ];

  const chosen: { slot: SlotKind; item: PrescribedExercise }[] = [];
  const used = new Set<string>();
  let minutes = 0;
  for (const slot of slots) {
    if (chosen.length >= config.maxItemsPerSession) break;
    const exercise = pickExerciseForSlot(slot, {
      restrictions,
      phenotype: assessment.phenotype,
      preference: assessment.directionalPreference,
      level: start.level,
      used,
    });
    if (exercise === undefined) continue;
    const remaining = resolved.minutesPerDay - minutes;
    const dose =
      slot === 'aerobic'
        ? aerobicDose(exercise, remaining, config.minimumAerobicMinutes)
        : exercise.startingDose;
    if (dose === null) continue;
    const itemMinutes = estimateDoseMinutes(exercise, dose);
    if (itemMinutes > remaining) continue;
    used.add(exercise.id);
    minutes += itemMinutes;
    chosen.push({
      slot,
      item: { exerciseId: exercise.id, role: SLOT_ROLE[slot], dose, estimatedMinutes: itemMinutes },
    });
  }

  if (!chosen.some(({ slot }) => slot === 'warm-up')) {
    return blocked(
      'no-suitable-exercises',
      null,
      [
        'No warm-up fits the positions, equipment and conditions given. A clinician needs to adjust the plan.',
      ],
      appliedRules,
    );
  }

  const items = [...chosen]
    .sort((a, b) => sessionOrder(a.slot) - sessionOrder(b.slot))
    .map(({ item }) => item);
  const spread = needsSpreadCheck(assessment.phenotype, assessment.directionalPreference);
  if (spread) appliedRules.push('symptoms-spread-check');

  return {
    kind: 'programme',
    startDate: options.startDate,
    phenotype: assessment.phenotype,
    directionalPreference: assessment.directionalPreference,
    level: start.level,
    levelExplanation: start.explanation,
    minutesPerDay: resolved.minutesPerDay,
    daysPerWeek: resolved.daysPerWeek,
    sessionDays: spreadSessionDays(resolved.daysPerWeek),
    restrictions,
    session: { items, estimatedMinutes: Math.round(minutes * 10) / 10 },
    safetyChecks: spread ? [SYMPTOMS_SPREAD_CHECK, STOP_AND_GET_ADVICE_CHECK] : [STOP_AND_GET_ADVICE_CHECK],
    appliedRules: [...new Set(appliedRules)],
  };
}
