import { describe, expect, it } from 'vitest';
import { emergencyFeaturesInDraft } from './intake-draft-flags';

describe('emergency red flags in an unfinished intake (clinical.md §4.1)', () => {
  it.each([
    [{ 'flag:redFlagSymptoms:newUrinaryRetention': true }, ['new-urinary-retention']],
    [
      { 'flag:redFlagSymptoms:newSaddleNumbness': true, 'flag:redFlagSymptoms:bilateralLegPain': true },
      ['bilateral-leg-pain', 'new-saddle-numbness'],
    ],
    [{ 'flag:redFlagSymptoms:newUrinaryRetention': false }, []],
    [{ 'flag:redFlagSymptoms:historyOfCancer': true }, []],
    [{ 'flag:radicularSymptoms:legWeakness': true }, []],
    [{ 'flag:redFlagSymptoms:newUrinaryRetention': 'yes' }, []],
    [{}, []],
  ])('%o → %o', (answers, expected) => {
    expect(emergencyFeaturesInDraft(answers)).toEqual(expected);
  });
});
