import { FLARE_UPS_LESSON } from './flare-ups';
import { MEDICINE_FACTS_LESSON } from './medicine-facts';
import { PACING_LESSON, WHY_MOVEMENT_HELPS_LESSON } from './moving-more';
import { SLEEP_LESSON } from './sleep';
import { STRESS_AND_MOOD_LESSON } from './stress-and-mood';
import type { PainLesson } from './types';
import { HOW_PAIN_WORKS_LESSON } from './understanding-pain';
import { TALKING_WITH_CLINICIANS_LESSON, WORK_AND_ACTIVITY_LESSON } from './visits-and-work';

/** All pain-education lessons, in the order the scheduler offers them. */
export const PAIN_LESSONS: readonly PainLesson[] = [
  HOW_PAIN_WORKS_LESSON,
  WHY_MOVEMENT_HELPS_LESSON,
  PACING_LESSON,
  FLARE_UPS_LESSON,
  SLEEP_LESSON,
  STRESS_AND_MOOD_LESSON,
  MEDICINE_FACTS_LESSON,
  TALKING_WITH_CLINICIANS_LESSON,
  WORK_AND_ACTIVITY_LESSON,
];

/** The lesson with this id, or undefined. */
export function findPainLesson(lessonId: string): PainLesson | undefined {
  return PAIN_LESSONS.find((lesson) => lesson.id === lessonId);
}
