import { describe, expect, it } from 'vitest';
import chronicMechanicalAssessment from '../../../../docs/examples/assessment/01-chronic-mechanical-low-risk.assessment.json';
import chronicMechanicalIntake from '../../../../docs/examples/assessment/01-chronic-mechanical-low-risk.intake.json';
import radicularHighRiskAssessment from '../../../../docs/examples/assessment/02-radicular-high-risk-positive-phq2.assessment.json';
import radicularHighRiskIntake from '../../../../docs/examples/assessment/02-radicular-high-risk-positive-phq2.intake.json';
import caudaEquinaAssessment from '../../../../docs/examples/assessment/03-cauda-equina-emergency.assessment.json';
import caudaEquinaIntake from '../../../../docs/examples/assessment/03-cauda-equina-emergency.intake.json';
import inflammatoryAssessment from '../../../../docs/examples/assessment/04-inflammatory-rheumatology-referral.assessment.json';
import inflammatoryIntake from '../../../../docs/examples/assessment/04-inflammatory-rheumatology-referral.intake.json';
import { assess } from './assess';
import { assessmentSchema } from './assessment-schema';
import { parseIntake } from './parse-intake';

/** The worked examples in docs/examples/assessment must stay exactly what `assess` returns. */
const WORKED_EXAMPLES = [
  ['01-chronic-mechanical-low-risk', chronicMechanicalIntake, chronicMechanicalAssessment],
  ['02-radicular-high-risk-positive-phq2', radicularHighRiskIntake, radicularHighRiskAssessment],
  ['03-cauda-equina-emergency', caudaEquinaIntake, caudaEquinaAssessment],
  ['04-inflammatory-rheumatology-referral', inflammatoryIntake, inflammatoryAssessment],
] as const;

describe('worked examples in docs/examples/assessment', () => {
  it.each(WORKED_EXAMPLES)(
    '%s: the documented assessment is what assess returns',
    (_name, intakeJson, expected) => {
      const parsed = parseIntake(intakeJson);
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      if (!parsed.ok) return;
      const assessment = assess(parsed.intake);
      expect(assessmentSchema.safeParse(expected).success).toBe(true);
      expect(assessment).toEqual(expected);
    },
  );
});
