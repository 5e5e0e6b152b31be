import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../core/sources';
import {
  type ChangeCategory,
  classifyMeaningfulChange,
  MEANINGFUL_CHANGE_CRITERIA,
  type OutcomeInstrument,
} from './meaningful-change';

// clinical.md §3.1: pain ≥2 points AND ≥30%; PEG ≥30% AND ≥1 point; ODI ≥10; RMDQ ≥5;
// substantial = ≥50%; worsening = a rise of ≥2 points (pain, PEG) or of the MIC (ODI, RMDQ).
const cases: [OutcomeInstrument, number, number, ChangeCategory][] = [
  ['pain', 7, 5, 'no-meaningful-change'], // 2 points but 28.6%: fails the 30% criterion
  ['pain', 7, 4.9, 'meaningful-improvement'], // 2.1 points, 30%
  ['pain', 6, 4, 'meaningful-improvement'], // 2 points, 33%
  ['pain', 6, 4.1, 'no-meaningful-change'], // 1.9 points
  ['pain', 3, 1.5, 'no-meaningful-change'], // 50% but only 1.5 points
  ['pain', 8, 4, 'substantial-improvement'], // 4 points, 50%
  ['pain', 8, 4.1, 'meaningful-improvement'],
  ['pain', 4, 6, 'worsening'],
  ['pain', 4, 5.9, 'no-meaningful-change'],
  ['pain', 0, 0, 'no-meaningful-change'],
  ['peg', 5, 3.5, 'meaningful-improvement'], // 1.5 points, 30%
  ['peg', 3, 2.1, 'no-meaningful-change'], // 30% but 0.9 points
  ['peg', 6, 3, 'substantial-improvement'],
  ['peg', 5, 7, 'worsening'],
  ['odi', 40, 30, 'meaningful-improvement'],
  ['odi', 40, 31, 'no-meaningful-change'],
  ['odi', 40, 20, 'substantial-improvement'],
  ['odi', 30, 40, 'worsening'],
  ['odi', 30, 39, 'no-meaningful-change'],
  ['rmdq', 12, 7, 'meaningful-improvement'],
  ['rmdq', 12, 8, 'no-meaningful-change'],
  ['rmdq', 12, 6, 'substantial-improvement'],
  ['rmdq', 10, 15, 'worsening'],
];

describe('meaningful change vs baseline', () => {
  it.each(cases)('%s %d → %d is %s', (instrument, baseline, current, expected) => {
    expect(classifyMeaningfulChange(instrument, baseline, current).category).toBe(expected);
  });

  it('reports the change and the relative fall it judged', () => {
    const result = classifyMeaningfulChange('pain', 8, 4);
    expect(result.pointChange).toBe(-4);
    expect(result.relativeFall).toBe(0.5);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('cites a registered source for every instrument', () => {
    for (const criteria of Object.values(MEANINGFUL_CHANGE_CRITERIA)) {
      expect(criteria.citations.length).toBeGreaterThan(0);
      for (const citation of criteria.citations) expect(SOURCES[citation.source]).toBeDefined();
    }
  });

  it('never calls a rise an improvement, nor a fall worsening', () => {
    const instruments: OutcomeInstrument[] = ['pain', 'peg', 'odi', 'rmdq'];
    fc.assert(
      fc.property(
        fc.constantFrom(...instruments),
        fc.double({ min: 0, max: 24, noNaN: true }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (instrument, baseline, current) => {
          const { category } = classifyMeaningfulChange(instrument, baseline, current);
          if (current >= baseline) expect(category).not.toMatch(/improvement/);
          if (current <= baseline) expect(category).not.toBe('worsening');
        },
      ),
    );
  });
});
