import type { AssessmentSummary, RedFlagFinding } from '../core/assessment-contract';
import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';

/**
 * Builders for tests of the exercise and care-plan modules. Not exported from the package:
 * a plain assessment summary with sensible defaults, overridable field by field.
 */
export function assessmentFixture(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    assessedOn: '2026-11-01',
    chronicity: 'chronic',
    phenotype: 'mechanical',
    directionalPreference: null,
    riskGroup: 'medium',
    redFlags: [],
    mood: {
      phq2Total: 1,
      phq9Total: null,
      phq9Item9: null,
      gad2Total: 1,
      gad7Total: null,
      selfHarmSafetyFlag: false,
    },
    baseline: { odi: 30, painNrs: 6 },
    programmeEligibility: { eligible: true, requiredAction: null, reasons: [] },
    ...overrides,
  };
}

export function redFlagFixture(condition: RedFlagCondition, action: RedFlagAction): RedFlagFinding {
  return {
    condition,
    action,
    triggeredBy: [`test-${condition}`],
    clinicianAction: 'Test clinician action.',
    patientAction: 'Test patient action.',
    citations: [{ source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table' }],
  };
}
