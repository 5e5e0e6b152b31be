import type { AssessmentSummary } from '../core/assessment-contract';
import type { AssessmentExport } from './record';

/** Test support: the demo patient's intake and reassessment (see demo-record.test-support.ts). */

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function assessment(overrides: Partial<AssessmentSummary>): AssessmentSummary {
  return {
    assessedOn: '2025-01-06',
    chronicity: 'chronic',
    phenotype: 'radicular',
    directionalPreference: 'extension',
    riskGroup: 'high',
    redFlags: [],
    mood: {
      phq2Total: 3,
      phq9Total: 12,
      phq9Item9: 1,
      gad2Total: 2,
      gad7Total: 8,
      selfHarmSafetyFlag: true,
    },
    baseline: { painNrs: 7, peg: 6.7, odi: 36, phq9: 12, gad7: 8, startBackTotal: 7, startBackDistress: 4 },
    programmeEligibility: { eligible: false, requiredAction: 'urgent', reasons: ['Possible fracture'] },
    ...overrides,
  };
}

export function demoAssessments(): AssessmentExport[] {
  return [
    {
      id: uuid(10),
      kind: 'intake',
      assessedOn: '2025-01-06',
      clearedAt: '2025-01-07T09:30:00Z',
      result: assessment({
        redFlags: [
          {
            condition: 'fracture',
            action: 'urgent',
            triggeredBy: ['prolonged-corticosteroids'],
            clinicianAction: 'Arrange imaging and review today.',
            patientAction: 'Your care team will call you today.',
            citations: [{ source: 'DOWNIE_2013_RED_FLAGS', section: 'Fracture flags' }],
          },
        ],
      }),
    },
    {
      id: uuid(11),
      kind: 'reassessment',
      assessedOn: '2025-02-17',
      result: assessment({
        assessedOn: '2025-02-17',
        phenotype: 'mechanical',
        directionalPreference: null,
        riskGroup: 'medium',
        mood: {
          phq2Total: 1,
          phq9Total: 6,
          phq9Item9: 0,
          gad2Total: 1,
          gad7Total: 5,
          selfHarmSafetyFlag: false,
        },
        redFlags: [
          {
            condition: 'axial-spondyloarthritis',
            action: 'rheumatology-referral',
            triggeredBy: ['asas-criteria-positive'],
            clinicianAction: 'Refer to rheumatology.',
            patientAction: 'We will arrange a specialist opinion.',
            citations: [{ source: 'SIEPER_2009_ASAS_IBP', section: 'ASAS criteria' }],
          },
        ],
        programmeEligibility: { eligible: true, requiredAction: null, reasons: [] },
      }),
    },
  ];
}
