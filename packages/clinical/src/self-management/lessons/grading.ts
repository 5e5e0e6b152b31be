import type { PainLesson } from './types';

/** The patient's chosen option per question id. Unanswered questions are simply absent. */
export type LessonCheckAnswers = Readonly<Record<string, string>>;

export interface LessonQuestionResult {
  readonly questionId: string;
  /** The option chosen, or null if the question was not answered or the id is unknown. */
  readonly chosenOptionId: string | null;
  readonly correctOptionId: string;
  readonly isCorrect: boolean;
  /** Always shown: the check is for learning, not for passing or failing. */
  readonly explanation: string;
}

export interface LessonCheckResult {
  readonly lessonId: string;
  readonly correctCount: number;
  readonly questionCount: number;
  readonly allCorrect: boolean;
  readonly results: readonly LessonQuestionResult[];
}

/**
 * Grades a lesson's knowledge check. Answers to unknown questions are ignored; an answer
 * naming an option the question does not have counts as unanswered. Every result carries
 * the explanation, so the screen can teach rather than just mark.
 */
export function gradeLessonCheck(lesson: PainLesson, answers: LessonCheckAnswers): LessonCheckResult {
  const results = lesson.check.map((question): LessonQuestionResult => {
    const correct = question.options.find((option) => option.isCorrect);
    if (correct === undefined) {
      throw new Error(`Lesson ${lesson.id}, question ${question.id} has no correct option.`);
    }
    const chosen = answers[question.id];
    const chosenOptionId = question.options.some((option) => option.id === chosen) ? (chosen ?? null) : null;
    return {
      questionId: question.id,
      chosenOptionId,
      correctOptionId: correct.id,
      isCorrect: chosenOptionId === correct.id,
      explanation: question.explanation.text,
    };
  });
  const correctCount = results.filter((result) => result.isCorrect).length;
  return {
    lessonId: lesson.id,
    correctCount,
    questionCount: results.length,
    allCorrect: correctCount === results.length,
    results,
  };
}
