import {
  buildIntake,
  type IntakeOverrides,
  peg,
  phq9,
  startBack,
} from '@backplan/clinical/assessment/test-support/intake-builder';

/** A quiet intake on `assessedOn`: pain 6/10, PEG 6, low-risk STarT Back, PHQ-9 all zero. */
export function quietIntake(assessedOn: string, overrides: IntakeOverrides = {}) {
  return buildIntake({
    assessedOn,
    instruments: {
      'pain-nrs': { 'pain-intensity': 6 },
      'peg-3': peg(6, 6, 6),
      startback: startBack([1], 1),
      'phq-9': phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]),
    },
    ...overrides,
  });
}

export { peg, phq9, startBack };
