import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSentences,
  countSyllables,
  fleschKincaidGrade,
  fleschKincaidGradeOfAll,
  readabilityStatistics,
  splitWords,
} from './readability';

describe('countSyllables', () => {
  it.each([
    ['pain', 1],
    ['back', 1],
    ['move', 1],
    ['moved', 1],
    ['walking', 2],
    ['table', 2],
    ['needed', 2],
    ['exercise', 3],
    ['medicine', 3],
    ['people', 2],
    ['everyday', 3],
    ['relaxation', 4],
    ['anti-inflammatory', 7],
    ['10', 1],
    ['150', 2],
    ['', 0],
  ])('%s has about %i syllables', (word, expected) => {
    expect(Math.abs(countSyllables(word) - expected)).toBeLessThanOrEqual(
      word === 'anti-inflammatory' ? 1 : 0,
    );
  });
});

describe('sentences and words', () => {
  it('counts end punctuation and line breaks as sentence ends', () => {
    expect(countSentences('One. Two! Three?')).toBe(3);
    expect(countSentences('A heading\nA sentence.')).toBe(2);
    expect(countSentences('No end mark')).toBe(1);
    expect(countSentences('   ')).toBe(0);
  });
  it('keeps hyphenated words whole and drops punctuation', () => {
    expect(splitWords('Long-term pain, (sometimes) eases.')).toEqual([
      'Long-term',
      'pain',
      'sometimes',
      'eases',
    ]);
  });
});

describe('fleschKincaidGrade', () => {
  it('rates short plain sentences as easy', () => {
    const plain = 'Pain is real. It can go up and down. Moving a bit each day can help. Start small.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
  });

  it('rates long technical sentences as hard', () => {
    const technical =
      'Pharmacological interventions demonstrating statistically significant improvements in functional disability ' +
      'scores were subsequently evaluated in heterogeneous populations characterised by considerable variability.';
    expect(fleschKincaidGrade(technical)).toBeGreaterThan(16);
  });

  it('is zero for empty text', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(readabilityStatistics('...').words).toBe(0);
  });

  it('matches the formula on a hand-counted example', () => {
    // 2 sentences and 7 words; the grade follows the published formula exactly.
    const stats = readabilityStatistics('The cat sat down. Walking helps people.');
    expect(stats).toMatchObject({ words: 7, sentences: 2 });
    expect(stats.grade).toBeCloseTo(0.39 * (7 / 2) + 11.8 * (stats.syllables / 7) - 15.59, 10);
  });

  it('treats each piece as its own sentence when grading several pieces', () => {
    expect(fleschKincaidGradeOfAll(['Short line', 'Another line'])).toBe(
      fleschKincaidGrade('Short line.\nAnother line.'),
    );
  });

  it('never rises when a sentence is split in two (property)', () => {
    const word = fc.constantFrom('pain', 'back', 'walk', 'move', 'rest', 'sleep', 'calm', 'help');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 20 }),
        fc.array(word, { minLength: 2, maxLength: 20 }),
        (a, b) => {
          const joined = `${[...a, ...b].join(' ')}.`;
          const split = `${a.join(' ')}. ${b.join(' ')}.`;
          expect(fleschKincaidGrade(split)).toBeLessThanOrEqual(fleschKincaidGrade(joined) + 1e-9);
        },
      ),
    );
  });
});
