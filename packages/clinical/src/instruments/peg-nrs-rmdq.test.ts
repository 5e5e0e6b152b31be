import { describe, expect, it } from 'vitest';
import { InstrumentAnswerError } from './errors';
import { scorePainNrs } from './pain-nrs';
import { PEG_3, scorePeg } from './peg';
import { RMDQ, scoreRmdq } from './rmdq';

function peg(pain: number, enjoyment: number, activity: number) {
  return { 'pain-average': pain, 'enjoyment-interference': enjoyment, 'activity-interference': activity };
}

describe('PEG-3 (Krebs 2009; clinical.md §3.2)', () => {
  it.each([
    [[7, 6, 6], 6.3],
    [[7, 7, 6], 6.7],
    [[6, 7, 4], 5.7],
    [[6, 7, 5], 6],
    [[0, 0, 0], 0],
    [[10, 10, 10], 10],
    [[0, 0, 1], 0.3],
    [[10, 10, 9], 9.7],
  ])('%j → mean %d', ([pain, enjoyment, activity], mean) => {
    expect(scorePeg(peg(pain ?? 0, enjoyment ?? 0, activity ?? 0)).mean).toBe(mean);
  });

  it('needs all three items', () => {
    expect(() => scorePeg({ 'pain-average': 5, 'enjoyment-interference': 5 })).toThrow(InstrumentAnswerError);
  });

  it('names the item for an answer above 10', () => {
    expect(() => scorePeg(peg(11, 5, 5))).toThrowError(
      /peg-3\.pain-average: 11 is outside the allowed answers 0–10/,
    );
  });

  it('uses the LOINC panel, item and mean-score codes', () => {
    expect(PEG_3.panelLoinc?.code).toBe('91148-7');
    expect(PEG_3.items.map((item) => item.loinc?.code)).toEqual(['75893-8', '91145-3', '91146-1']);
    expect(PEG_3.scoreDefinitions[0]?.loinc?.code).toBe('91147-9');
  });
});

describe('Pain NRS 0–10', () => {
  it('reports 10/10 as a maximal report and 0 as no pain', () => {
    expect(scorePainNrs({ 'pain-intensity': 10 }).interpretation.band).toBe('maximal');
    expect(scorePainNrs({ 'pain-intensity': 0 }).interpretation.band).toBe('no-pain');
    expect(scorePainNrs({ 'pain-intensity': 6 }).painIntensity).toBe(6);
  });

  it('rejects fractions and values above 10', () => {
    expect(() => scorePainNrs({ 'pain-intensity': 5.5 })).toThrowError(/not a whole number/);
    expect(() => scorePainNrs({ 'pain-intensity': 11 })).toThrowError(/outside/);
    expect(() => scorePainNrs({})).toThrowError(/0 of 1 items answered/);
  });
});

describe('RMDQ-24 (Roland & Morris 1983; clinical.md §3.6)', () => {
  const allTicked = Object.fromEntries(RMDQ.items.map((item) => [item.id, 1]));

  it('scores 0 when nothing is ticked, including an empty response', () => {
    expect(scoreRmdq({}).total).toBe(0);
    expect(scoreRmdq(Object.fromEntries(RMDQ.items.map((item) => [item.id, 0]))).total).toBe(0);
  });

  it('scores 24 when every statement is ticked', () => {
    const result = scoreRmdq(allTicked);
    expect(result.total).toBe(24);
    expect(result.interpretation.band).toBe('above-20-ceiling-effects');
  });

  it.each([
    [3, 'below-4-floor-effects'],
    [4, 'within-4-to-20'],
    [20, 'within-4-to-20'],
    [21, 'above-20-ceiling-effects'],
  ])('%i ticked → %s', (ticked, band) => {
    const answers = Object.fromEntries(RMDQ.items.slice(0, ticked).map((item) => [item.id, 1]));
    expect(scoreRmdq(answers).interpretation.band).toBe(band);
  });

  it('accepts only ticked (1) or not ticked (0), and names the statement', () => {
    expect(() => scoreRmdq({ 'statement-07': 2 })).toThrowError(/rmdq\.statement-07: 2/);
    expect(() => scoreRmdq({ 'statement-25': 1 })).toThrowError(/"statement-25" is not an item/);
  });

  it('ships no statement wording', () => {
    expect(RMDQ.items.every((item) => item.text === undefined)).toBe(true);
  });
});
