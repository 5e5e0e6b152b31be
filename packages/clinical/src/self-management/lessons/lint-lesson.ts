import { type ContentLintIssue, type LintableContent, lintSelfManagementContent } from '../lint';
import type { PainLesson } from './types';

/** Lessons are short: 3–6 minutes including the check (a product choice, see SELF_MANAGEMENT_RULES). */
export const LESSON_MINUTES_RANGE = { min: 3, max: 6 } as const;
export const LESSON_CHECK_QUESTIONS_RANGE = { min: 2, max: 3 } as const;

/** What the generic content lint needs to know about a lesson. */
export function lessonAsLintableContent(lesson: PainLesson): LintableContent {
  const paragraphs = lesson.sections.flatMap((section) => section.paragraphs);
  const explanations = lesson.check.map((question) => question.explanation);
  return {
    id: lesson.id,
    value: lesson,
    allowEmptyListsFor: ['claimIds'],
    sourcedTexts: [...paragraphs, ...lesson.keyTakeaways, ...explanations],
    plainTexts: [
      lesson.title,
      lesson.summary,
      ...lesson.sections.map((section) => section.heading),
      ...lesson.check.flatMap((question) => [
        question.question,
        ...question.options.map((option) => option.text),
      ]),
    ],
    // Options are fragments that would make the grade look easier than the lesson reads.
    readingTexts: [
      ...paragraphs.map((paragraph) => paragraph.text),
      ...lesson.keyTakeaways.map((takeaway) => takeaway.text),
      ...lesson.check.flatMap((question) => [question.question, question.explanation.text]),
    ],
    claims: lesson.claims,
  };
}

/** All lint issues of one lesson: the shared content lint plus the lesson's own shape rules. */
export function lintPainLesson(lesson: PainLesson): ContentLintIssue[] {
  const issues = lintSelfManagementContent(lessonAsLintableContent(lesson));
  const shape = (detail: string): void => {
    issues.push({ contentId: lesson.id, rule: 'shape', detail });
  };
  if (
    lesson.estimatedMinutes < LESSON_MINUTES_RANGE.min ||
    lesson.estimatedMinutes > LESSON_MINUTES_RANGE.max
  ) {
    shape(`estimatedMinutes ${lesson.estimatedMinutes} is outside 3–6`);
  }
  if (
    lesson.check.length < LESSON_CHECK_QUESTIONS_RANGE.min ||
    lesson.check.length > LESSON_CHECK_QUESTIONS_RANGE.max
  ) {
    shape(`the check has ${lesson.check.length} questions, not 2–3`);
  }
  for (const question of lesson.check) {
    const correct = question.options.filter((option) => option.isCorrect).length;
    if (correct !== 1) shape(`question "${question.id}" has ${correct} correct options, not exactly 1`);
    if (question.options.length < 2) shape(`question "${question.id}" has fewer than 2 options`);
    if (new Set(question.options.map((option) => option.id)).size !== question.options.length) {
      shape(`question "${question.id}" repeats an option id`);
    }
  }
  if (new Set(lesson.check.map((question) => question.id)).size !== lesson.check.length) {
    shape('the check repeats a question id');
  }
  return issues;
}
