import type { AssessmentSummary } from '../core/assessment-contract';
import type { AvoidCondition, Equipment, Exercise, ExercisePosition } from './types';

/**
 * What a patient can and cannot do, gathered from the assessment and their preferences.
 * The generator, the progression and the flare set all filter through `isExerciseAllowed`,
 * so an excluded exercise can never slip back in by a harder or easier link.
 */
export interface PatientRestrictions {
  readonly avoidConditions: readonly AvoidCondition[];
  readonly excludedPositions: readonly ExercisePosition[];
  readonly equipment: readonly Equipment[];
}

/**
 * Conditions implied by the assessment itself:
 * - a recorded extension preference means repeated flexion is the opposite direction, and
 *   vice versa (clinical.md §5.3, Long 2004: opposite-direction exercise did worse);
 * - a fracture red flag, even once cleared for the programme, keeps loaded flexion and
 *   twisting out (clinical.md §4.1).
 */
export function avoidConditionsFromAssessment(assessment: AssessmentSummary): AvoidCondition[] {
  const found: AvoidCondition[] = [];
  if (assessment.directionalPreference === 'extension') found.push('flexion-intolerant');
  if (assessment.directionalPreference === 'flexion') found.push('extension-intolerant');
  if (assessment.redFlags.some((flag) => flag.condition === 'fracture')) found.push('suspected-fracture');
  return found;
}

export function combineRestrictions(
  assessment: AssessmentSummary,
  preferences: {
    readonly avoidConditions: readonly AvoidCondition[];
    readonly excludedPositions: readonly ExercisePosition[];
    readonly equipment: readonly Equipment[];
  },
): PatientRestrictions {
  const avoid = new Set<AvoidCondition>([
    ...preferences.avoidConditions,
    ...avoidConditionsFromAssessment(assessment),
  ]);
  return {
    avoidConditions: [...avoid].sort(),
    excludedPositions: [...new Set(preferences.excludedPositions)].sort(),
    equipment: [...new Set(preferences.equipment)].sort(),
  };
}

/** Why an exercise is not allowed for this patient, or null when it is allowed. */
export function whyExerciseNotAllowed(exercise: Exercise, restrictions: PatientRestrictions): string | null {
  if (restrictions.excludedPositions.includes(exercise.position)) {
    return `position ${exercise.position} is excluded`;
  }
  const missing = exercise.equipment.filter((item) => !restrictions.equipment.includes(item));
  if (missing.length > 0) return `needs ${missing.join(', ')}`;
  const conflicts = exercise.avoidIf.filter((condition) => restrictions.avoidConditions.includes(condition));
  if (conflicts.length > 0) return `avoid with ${conflicts.join(', ')}`;
  return null;
}

export function isExerciseAllowed(exercise: Exercise, restrictions: PatientRestrictions): boolean {
  return whyExerciseNotAllowed(exercise, restrictions) === null;
}
