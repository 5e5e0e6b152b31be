import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import type { Intake } from '../intake-schema';
import { buildIntake, gad2, gad7, phq2, phq9, startBack } from '../test-support/intake-builder';

const screened = { 'phq-2': phq2([0, 0]), 'gad-2': gad2([0, 0]), startback: startBack([]) };

function followUpIds(instruments: Intake['instruments']) {
  return assess(buildIntake({ instruments })).followUps.map((followUp) => followUp.id);
}

describe('mood screening and follow-ups (clinical.md §3.3)', () => {
  it('asks for nothing more when every screen is negative', () => {
    expect(followUpIds(screened)).toEqual([]);
  });

  it('PHQ-2 of 3 requires the full PHQ-9; 2 does not', () => {
    expect(followUpIds({ ...screened, 'phq-2': phq2([2, 1]) })).toEqual(['phq-9-required']);
    expect(followUpIds({ ...screened, 'phq-2': phq2([1, 1]) })).toEqual([]);
  });

  it('GAD-2 of 3 requires the full GAD-7', () => {
    expect(followUpIds({ ...screened, 'gad-2': gad2([1, 2]) })).toEqual(['gad-7-required']);
  });

  it('does not ask for the PHQ-9 again once it is scored, and reviews a PHQ-9 of 10 but not 9', () => {
    const withPhq9 = (values: number[]) => ({ ...screened, 'phq-2': phq2([2, 1]), 'phq-9': phq9(values) });
    expect(followUpIds(withPhq9([2, 1, 2, 2, 1, 1, 0, 0, 0]))).toEqual([]);
    expect(followUpIds(withPhq9([2, 1, 2, 2, 1, 1, 1, 0, 0]))).toEqual(['depression-review']);
  });

  it('reviews a GAD-7 of 10', () => {
    expect(followUpIds({ ...screened, 'gad-7': gad7([2, 2, 2, 2, 1, 1, 0]) })).toEqual(['anxiety-review']);
  });

  it('derives the PHQ-2 from PHQ-9 items 1–2 when only the PHQ-9 was given', () => {
    const mood = assess(buildIntake({ instruments: { 'phq-9': phq9([2, 2, 0, 0, 0, 0, 0, 0, 0]) } })).mood;
    expect(mood).toMatchObject({ phq2Total: 4, phq2Positive: true, phq9Total: 4, phq9Band: 'minimal' });
  });

  it('raises the safety flag from item 9 even when the PHQ-9 is incomplete', () => {
    const assessment = assess(
      buildIntake({ instruments: { ...screened, 'phq-9': { 'self-harm-thoughts': 1 } } }),
    );
    expect(assessment.mood).toMatchObject({ selfHarmSafetyFlag: true, phq9Item9: 1, phq9Total: null });
    expect(assessment.followUps[0]).toMatchObject({ id: 'self-harm-safety-workflow', priority: 'immediate' });
    expect(assessment.unscoredInstruments).toEqual([
      { instrumentId: 'phq-9', reasons: [expect.stringContaining('1 of 9 items answered')] },
    ]);
    expect(assessment.programmeEligibility.eligible).toBe(true);
  });

  it('asks for STarT Back and both mood screens when none was done', () => {
    expect(followUpIds({})).toEqual([
      'startback-required',
      'depression-screen-required',
      'anxiety-screen-required',
    ]);
  });
});

describe('baseline scores', () => {
  it('takes ODI and RMDQ from clinician-entered totals when no items were answered', () => {
    const assessment = assess(buildIntake({ clinicianFindings: { odiPercent: 44, rmdqTotal: 12 } }));
    expect(assessment.baseline).toEqual({ odi: 44, rmdq: 12 });
    expect(
      assessment.scores.map((score) => [score.instrumentId, score.source, score.interpretation.band]),
    ).toEqual([
      ['odi', 'clinician-entered-total', 'severe'],
      ['rmdq', 'clinician-entered-total', 'within-4-to-20'],
    ]);
  });

  it('prefers item answers over an entered total', () => {
    const odiItems = Object.fromEntries(
      [
        'pain-intensity',
        'personal-care',
        'lifting',
        'walking',
        'sitting',
        'standing',
        'sleeping',
        'sex-life',
        'social-life',
        'travelling',
      ].map((id) => [id, 1]),
    );
    const assessment = assess(
      buildIntake({ instruments: { odi: odiItems }, clinicianFindings: { odiPercent: 70 } }),
    );
    expect(assessment.baseline.odi).toBe(20);
    expect(assessment.scores.filter((score) => score.instrumentId === 'odi')).toHaveLength(1);
  });
});
