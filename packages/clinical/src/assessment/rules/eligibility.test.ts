import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import type { ClinicianClearance } from '../intake-schema';
import { buildIntake } from '../test-support/intake-builder';

const CLEARED_ON = '2025-03-09';

function clearance(
  condition: ClinicianClearance['condition'],
  clearedAction: ClinicianClearance['clearedAction'],
) {
  return {
    condition,
    clearedAction,
    clearedOn: CLEARED_ON,
    clearedBy: 'Dr R. Example',
    reason: 'MRI reviewed',
  };
}

describe('programme eligibility', () => {
  it('is eligible with no red flags', () => {
    expect(assess(buildIntake()).programmeEligibility).toEqual({
      eligible: true,
      requiredAction: null,
      reasons: ['no red flags found'],
    });
  });

  it('is blocked by an uncleared urgent flag and requires the urgent action', () => {
    const eligibility = assess(
      buildIntake({ redFlagSymptoms: { historyOfCancer: true } }),
    ).programmeEligibility;
    expect(eligibility).toMatchObject({ eligible: false, requiredAction: 'urgent' });
    expect(eligibility.reasons[0]).toBe(
      'urgent: malignancy (history-of-cancer) — not cleared by a clinician',
    );
  });

  it('requires the emergency action when an emergency and an urgent flag both fire', () => {
    const intake = buildIntake({ redFlagSymptoms: { newUrinaryRetention: true, feverOrChills: true } });
    expect(assess(intake).programmeEligibility.requiredAction).toBe('emergency');
  });

  it('becomes eligible once a clinician clears the flag at its level, keeping the flag listed', () => {
    const intake = buildIntake({
      redFlagSymptoms: { historyOfCancer: true },
      clinicianClearance: [clearance('malignancy', 'urgent')],
    });
    const assessment = assess(intake);
    expect(assessment.programmeEligibility.eligible).toBe(true);
    expect(assessment.redFlags[0]).toMatchObject({ condition: 'malignancy', cleared: true });
    expect(assessment.programmeEligibility.reasons[0]).toContain(
      'cleared: malignancy (history-of-cancer) by Dr R. Example',
    );
  });

  it('never lets an urgent clearance clear an emergency, nor a clearance of another condition', () => {
    const ces = { newSaddleNumbness: true };
    for (const clearances of [
      [clearance('cauda-equina', 'urgent')],
      [clearance('malignancy', 'emergency')],
    ]) {
      const assessment = assess(buildIntake({ redFlagSymptoms: ces, clinicianClearance: clearances }));
      expect(assessment.programmeEligibility).toMatchObject({ eligible: false, requiredAction: 'emergency' });
    }
  });

  it('lets an explicit emergency clearance clear cauda equina', () => {
    const intake = buildIntake({
      redFlagSymptoms: { newSaddleNumbness: true },
      clinicianClearance: [clearance('cauda-equina', 'emergency')],
    });
    expect(assess(intake).programmeEligibility.eligible).toBe(true);
  });

  it('does not block for a rheumatology referral', () => {
    const ibp = {
      onsetBeforeAge40: true,
      insidiousOnset: true,
      improvesWithExercise: true,
      noImprovementWithRest: true,
    };
    const eligibility = assess(buildIntake({ inflammatoryFeatures: ibp })).programmeEligibility;
    expect(eligibility).toMatchObject({ eligible: true, requiredAction: null });
    expect(eligibility.reasons[0]).toContain('rheumatology referral recommended');
  });
});
