import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIN_LESSONS } from './all-lessons';
import { gradeLessonCheck } from './grading';
import { HOW_PAIN_WORKS_LESSON as lesson } from './understanding-pain';

describe('gradeLessonCheck', () => {
  it('marks all-correct answers as all correct, with explanations', () => {
    const answers = Object.fromEntries(
      lesson.check.map((question) => [
        question.id,
        question.options.find((option) => option.isCorrect)?.id ?? '',
      ]),
    );
    const result = gradeLessonCheck(lesson, answers);
    expect(result).toMatchObject({ correctCount: lesson.check.length, allCorrect: true });
    for (const item of result.results) expect(item.explanation.length).toBeGreaterThan(0);
  });

  it('counts a wrong answer, a missing answer and an unknown option as not correct', () => {
    const result = gradeLessonCheck(lesson, { cause: 'a', belief: 'zzz', unknownQuestion: 'b' });
    expect(result.correctCount).toBe(0);
    expect(result.allCorrect).toBe(false);
    expect(result.results.map((item) => item.chosenOptionId)).toEqual(['a', null, null]);
    expect(result.results.map((item) => item.correctOptionId)).toEqual(['b', 'a', 'b']);
  });

  it('scores exactly the number of answers that match the correct option (property)', () => {
    for (const each of PAIN_LESSONS) {
      const questionArb = fc.tuple(
        ...each.check.map((question) =>
          fc.option(fc.constantFrom(...question.options.map((option) => option.id))),
        ),
      );
      fc.assert(
        fc.property(questionArb, (chosen) => {
          const answers: Record<string, string> = {};
          let expected = 0;
          each.check.forEach((question, index) => {
            const pick = chosen[index];
            if (pick === null || pick === undefined) return;
            answers[question.id] = pick;
            if (question.options.find((option) => option.id === pick)?.isCorrect) expected += 1;
          });
          expect(gradeLessonCheck(each, answers).correctCount).toBe(expected);
        }),
        { numRuns: 50 },
      );
    }
  });
});
