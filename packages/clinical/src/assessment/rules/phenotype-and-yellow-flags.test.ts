import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { buildIntake, type IntakeOverrides, peg, startBack } from '../test-support/intake-builder';

const phenotypeOf = (overrides: IntakeOverrides) => assess(buildIntake(overrides)).phenotype;
const IBP_FOUR = {
  onsetBeforeAge40: true,
  insidiousOnset: true,
  improvesWithExercise: true,
  noImprovementWithRest: true,
};

describe('phenotype', () => {
  it('is mechanical with no radicular or inflammatory component', () => {
    expect(phenotypeOf({})).toBe('mechanical');
  });

  it('needs 2 radicular features including a leg-pain distribution', () => {
    expect(phenotypeOf({ radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true } })).toBe(
      'mechanical',
    );
    expect(phenotypeOf({ radicularSymptoms: { legNumbnessOrPinsAndNeedles: true, legWeakness: true } })).toBe(
      'mechanical',
    );
    expect(
      phenotypeOf({
        radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true },
        clinicianFindings: { straightLegRaise: 'positive' },
      }),
    ).toBe('radicular');
  });

  it('calls a radicular component with back-dominant pain mixed', () => {
    expect(
      phenotypeOf({ radicularSymptoms: { dermatomalLegPain: true, legNumbnessOrPinsAndNeedles: true } }),
    ).toBe('mixed');
  });

  it('needs 4 of 5 ASAS criteria, and only in pain over 12 weeks', () => {
    const { noImprovementWithRest: _dropped, ...three } = IBP_FOUR;
    expect(phenotypeOf({ inflammatoryFeatures: three })).toBe('mechanical');
    expect(phenotypeOf({ inflammatoryFeatures: IBP_FOUR })).toBe('inflammatory');
    expect(phenotypeOf({ painDurationWeeks: 12, inflammatoryFeatures: IBP_FOUR })).toBe('mechanical');
  });

  it('is mixed when radicular and inflammatory components are both present', () => {
    const radicular = { legPainBelowKneeWorseThanBackPain: true, dermatomalLegPain: true };
    expect(phenotypeOf({ radicularSymptoms: radicular, inflammatoryFeatures: IBP_FOUR })).toBe('mixed');
  });

  it('keeps the evidence for each component', () => {
    const evidence = assess(buildIntake({ inflammatoryFeatures: IBP_FOUR })).phenotypeEvidence;
    expect(evidence.map((entry) => [entry.component, entry.present])).toEqual([
      ['radicular', false],
      ['inflammatory', true],
    ]);
    expect(evidence[1]?.summary).toBe('4 of 5 ASAS criteria met (4 needed)');
  });
});

describe('yellow flags (clinical.md §4.2)', () => {
  const idsOf = (overrides: IntakeOverrides) =>
    assess(buildIntake(overrides)).yellowFlags.map((flag) => flag.id);

  it('reads STarT Back items 5–8 as fear, anxiety, catastrophising and low mood', () => {
    const flags = assess(buildIntake({ instruments: { startback: startBack([5, 6, 7, 8]) } })).yellowFlags;
    expect(flags.map((flag) => [flag.id, flag.triggeredBy])).toEqual([
      ['catastrophising', ['startback.pain-terrible-never-improve']],
      ['fear-of-movement', ['startback.not-safe-to-be-active']],
      ['low-mood', ['startback.not-enjoyed-things']],
      ['anxiety', ['startback.worrying-thoughts']],
    ]);
  });

  it('flags a 10/10 pain report, work and compensation factors', () => {
    expect(
      idsOf({
        instruments: { 'peg-3': peg(10, 8, 8) },
        psychosocial: { workStatus: 'off-work-because-of-back-pain', compensationClaim: true },
      }),
    ).toEqual(['very-high-pain-report', 'compensation', 'work-factors']);
  });

  it('flags high baseline disability above ODI 40%, not at 40%', () => {
    expect(idsOf({ clinicianFindings: { odiPercent: 40 } })).toEqual([]);
    expect(idsOf({ clinicianFindings: { odiPercent: 42 } })).toEqual(['high-baseline-disability']);
  });

  it('never blocks the programme', () => {
    const assessment = assess(
      buildIntake({ psychosocial: { fearOfMovement: true, catastrophising: true, poorSleep: true } }),
    );
    expect(assessment.yellowFlags).toHaveLength(3);
    expect(assessment.programmeEligibility.eligible).toBe(true);
  });
});
