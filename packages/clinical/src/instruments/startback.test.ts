import { describe, expect, it } from 'vitest';
import keeleText from '../../third-party/startback/startback-item-text.json';
import { InstrumentAnswerError } from './errors';
import { STARTBACK, scoreStartBack, startBackRiskGroup } from './startback';

const ITEM_IDS = STARTBACK.items.map((item) => item.id);

/** Answers with the listed items agreed (items 1–8) and item 9 at `bothersomeness` (0–4). */
function answers(agreedPositions: readonly number[], bothersomeness: number): Record<string, number> {
  return Object.fromEntries(
    ITEM_IDS.map((id, index) => {
      const position = index + 1;
      if (position === 9) return [id, bothersomeness];
      return [id, agreedPositions.includes(position) ? 1 : 0];
    }),
  );
}

describe('STarT Back scoring (Keele; clinical.md §3.4)', () => {
  it('overall 3 is low risk and overall 4 is medium', () => {
    const three = scoreStartBack(answers([1, 2, 3], 0));
    expect([three.overall, three.distress, three.riskGroup]).toEqual([3, 0, 'low']);
    const four = scoreStartBack(answers([1, 2, 3, 4], 0));
    expect([four.overall, four.distress, four.riskGroup]).toEqual([4, 0, 'medium']);
  });

  it('distress 3 is medium and distress 4 is high once overall is 4 or more', () => {
    const distressThree = scoreStartBack(answers([1, 5, 6, 7], 0));
    expect([distressThree.overall, distressThree.distress, distressThree.riskGroup]).toEqual([
      4,
      3,
      'medium',
    ]);
    const distressFour = scoreStartBack(answers([5, 6, 7, 8], 0));
    expect([distressFour.overall, distressFour.distress, distressFour.riskGroup]).toEqual([4, 4, 'high']);
  });

  it('keeps distress 4 with overall 3 impossible: item 9 counts towards both', () => {
    const result = scoreStartBack(answers([5, 6, 7], 4));
    expect([result.overall, result.distress, result.riskGroup]).toEqual([4, 4, 'high']);
  });

  it('scores item 9 as 1 only for "very much" and "extremely"', () => {
    expect([0, 1, 2, 3, 4].map((value) => scoreStartBack(answers([], value)).overall)).toEqual([
      0, 0, 0, 1, 1,
    ]);
  });

  it('reports the overall score and the distress subscale, overall first', () => {
    const result = scoreStartBack(answers([1, 2, 3, 4, 5, 6, 7, 8], 4));
    expect(result.scores.map((score) => [score.id, score.value])).toEqual([
      ['startback-overall', 9],
      ['startback-distress', 5],
    ]);
  });

  it('derives the risk group from the two scores alone', () => {
    expect(startBackRiskGroup(0, 0)).toBe('low');
    expect(startBackRiskGroup(3, 3)).toBe('low');
    expect(startBackRiskGroup(9, 3)).toBe('medium');
    expect(startBackRiskGroup(9, 5)).toBe('high');
  });

  it('names the unanswered item when an item is missing', () => {
    const partial = answers([], 0);
    delete partial['worrying-thoughts'];
    expect(() => scoreStartBack(partial)).toThrow(InstrumentAnswerError);
    try {
      scoreStartBack(partial);
    } catch (error) {
      expect(error).toMatchObject({ problem: 'too-few-answered', itemId: 'worrying-thoughts' });
    }
  });

  it('names the item for an out-of-range answer and for an unknown item', () => {
    expect(() => scoreStartBack({ ...answers([], 0), 'leg-pain': 2 })).toThrowError(/startback\.leg-pain: 2/);
    expect(() => scoreStartBack({ ...answers([], 0), 'hip-pain': 1 })).toThrowError(
      /"hip-pain" is not an item/,
    );
  });

  it('takes its wording from the third-party file, under Keele’s notice', () => {
    expect(STARTBACK.items.map((item) => item.text)).toEqual(Object.values(keeleText.items));
    expect(STARTBACK.licence.notice).toContain('© Keele University');
    expect(STARTBACK.licence.notice).toContain('commercial');
    expect(STARTBACK.licence.itemTextSource).toBe('third-party-notice');
  });
});
