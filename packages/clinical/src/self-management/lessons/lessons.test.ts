import { describe, expect, it } from 'vitest';
import { readabilityStatistics } from '../../content-lint/readability';
import { MAX_AVERAGE_READING_GRADE } from '../lint';
import { findPainLesson, PAIN_LESSONS } from './all-lessons';
import { lessonAsLintableContent, lintPainLesson } from './lint-lesson';
import type { PainLesson, PainLessonTopic } from './types';

const REQUIRED_TOPICS: readonly PainLessonTopic[] = [
  'how-pain-works',
  'why-movement-helps',
  'flare-ups',
  'sleep',
  'stress-and-mood',
  'medicine-facts',
  'talking-with-clinicians',
  'work-and-activity',
];

describe('pain-education lessons', () => {
  it('has at least 8 lessons with unique ids covering every required topic', () => {
    expect(PAIN_LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PAIN_LESSONS.map((lesson) => lesson.id)).size).toBe(PAIN_LESSONS.length);
    const topics = new Set(PAIN_LESSONS.map((lesson) => lesson.topic));
    for (const topic of REQUIRED_TOPICS) expect(topics.has(topic), topic).toBe(true);
  });

  it.each(PAIN_LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s passes the content lint',
    (_id, lesson) => {
      expect(lintPainLesson(lesson)).toEqual([]);
    },
  );

  it.each(PAIN_LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s reads at grade 8 or below on average',
    (_id, lesson) => {
      const { grade } = readabilityStatistics(lessonAsLintableContent(lesson).readingTexts.join('\n'));
      expect(grade).toBeLessThanOrEqual(MAX_AVERAGE_READING_GRADE);
    },
  );

  it('gives every check question exactly one correct answer', () => {
    for (const lesson of PAIN_LESSONS) {
      expect(lesson.check.length).toBeGreaterThanOrEqual(2);
      expect(lesson.check.length).toBeLessThanOrEqual(3);
      for (const question of lesson.check) {
        expect(
          question.options.filter((option) => option.isCorrect),
          `${lesson.id}/${question.id}`,
        ).toHaveLength(1);
      }
    }
  });

  it('estimates 3–6 minutes, consistent with the amount of text', () => {
    for (const lesson of PAIN_LESSONS) {
      const { words } = readabilityStatistics(lessonAsLintableContent(lesson).readingTexts.join('\n'));
      // About 150 words a minute for plain text, plus about a minute for the check.
      const expectedMinutes = words / 150 + 1;
      expect(lesson.estimatedMinutes, lesson.id).toBeGreaterThanOrEqual(3);
      expect(lesson.estimatedMinutes, lesson.id).toBeLessThanOrEqual(6);
      expect(Math.abs(lesson.estimatedMinutes - expectedMinutes), lesson.id).toBeLessThanOrEqual(2);
    }
  });

  it('sends every medicine question to the doctor or pharmacist', () => {
    const lesson = PAIN_LESSONS.find((candidate) => candidate.topic === 'medicine-facts');
    const text = JSON.stringify(lesson).toLowerCase();
    expect(text).toContain('talk with your doctor or pharmacist');
  });

  it('says so in the text wherever a claim rests on unverified background knowledge', () => {
    for (const lesson of PAIN_LESSONS) {
      const unverified = new Set(
        lesson.claims
          .filter((claim) => claim.verification === 'unverified-background')
          .map((claim) => claim.id),
      );
      for (const paragraph of lesson.sections.flatMap((section) => section.paragraphs)) {
        if (paragraph.claimIds.some((id) => unverified.has(id))) {
          expect(paragraph.text, lesson.id).toMatch(/not a research finding|our own setting/i);
        }
      }
    }
  });

  it('finds lessons by id', () => {
    expect(findPainLesson('lesson-sleep')?.topic).toBe('sleep');
    expect(findPainLesson('no-such-lesson')).toBeUndefined();
  });
});

describe('lintPainLesson catches broken lessons', () => {
  const base = PAIN_LESSONS[0] as PainLesson;

  it('catches an unsourced clinical sentence, an uncited claim and a medication instruction', () => {
    const broken: PainLesson = {
      ...base,
      sections: [
        {
          heading: 'Bad',
          paragraphs: [
            { text: 'Studies show that yoga cures back pain.', claimIds: [] },
            { text: 'If it hurts, double your dose of tramadol.', claimIds: ['uncited'] },
          ],
        },
      ],
      claims: [...base.claims, { id: 'uncited', text: 'x', citations: [], verification: 'verified' }],
    };
    const rules = lintPainLesson(broken).map((issue) => issue.rule);
    expect(rules).toContain('unsourced-clinical-text');
    expect(rules).toContain('claim-citation');
    expect(rules).toContain('medication-instruction');
    expect(rules).toContain('unused-claim');
  });

  it('catches two correct answers, a bad length and hard words', () => {
    const [first] = base.check;
    if (first === undefined) throw new Error('lesson has no check');
    const broken: PainLesson = {
      ...base,
      estimatedMinutes: 12,
      keyTakeaways: [
        {
          text: 'Multidisciplinary biopsychosocial rehabilitation programmes demonstrate considerable heterogeneity regarding methodological characteristics, notwithstanding substantial theoretical justification.',
          claimIds: [],
        },
      ],
      check: [{ ...first, options: first.options.map((option) => ({ ...option, isCorrect: true })) }, first],
    };
    const details = lintPainLesson(broken).map((issue) => `${issue.rule}: ${issue.detail}`);
    expect(details.some((detail) => detail.startsWith('shape: estimatedMinutes'))).toBe(true);
    expect(details.some((detail) => detail.includes('correct options'))).toBe(true);
    expect(details.some((detail) => detail.includes('repeats a question id'))).toBe(true);
  });

  it('catches a reading level above grade 8', () => {
    const hard = 'Pharmacological interventions demonstrate considerable methodological heterogeneity.';
    const broken: PainLesson = {
      ...base,
      sections: [
        { heading: 'Hard', paragraphs: Array.from({ length: 10 }, () => ({ text: hard, claimIds: [] })) },
      ],
    };
    expect(lintPainLesson(broken).map((issue) => issue.rule)).toContain('reading-level');
  });
});
