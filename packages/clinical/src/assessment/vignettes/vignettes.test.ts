import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { parseIntake } from '../parse-intake';
import { ASSESSMENT_RULES } from '../rules/index';
import { ASSESSMENT_VIGNETTES } from './index';

const RULE_IDS = new Set(ASSESSMENT_RULES.map((rule) => rule.id));

describe('assessment vignettes', () => {
  it('has at least 30 vignettes with unique ids, each citing registered rules', () => {
    expect(ASSESSMENT_VIGNETTES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ASSESSMENT_VIGNETTES.map((vignette) => vignette.id)).size).toBe(
      ASSESSMENT_VIGNETTES.length,
    );
    for (const vignette of ASSESSMENT_VIGNETTES) {
      expect(vignette.exercises.length, vignette.id).toBeGreaterThan(0);
      expect(
        vignette.exercises.filter((id) => !RULE_IDS.has(id)),
        vignette.id,
      ).toEqual([]);
    }
  });

  it.each(ASSESSMENT_VIGNETTES.map((vignette) => [vignette.id, vignette] as const))('%s', (_id, vignette) => {
    const parsed = parseIntake(JSON.parse(JSON.stringify(vignette.intake)));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    const assessment = assess(vignette.intake);
    const { expected } = vignette;
    expect({
      chronicity: assessment.chronicity,
      phenotype: assessment.phenotype,
      riskGroup: assessment.riskGroup,
      redFlags: assessment.redFlags.map((flag) => ({
        condition: flag.condition,
        action: flag.action,
        ...(expected.redFlags.some((e) => e.cleared !== undefined) ? { cleared: flag.cleared } : {}),
      })),
      eligible: assessment.programmeEligibility.eligible,
      requiredAction: assessment.programmeEligibility.requiredAction,
    }).toEqual({
      chronicity: expected.chronicity,
      phenotype: expected.phenotype,
      riskGroup: expected.riskGroup,
      redFlags: expected.redFlags,
      eligible: expected.eligible,
      requiredAction: expected.requiredAction,
    });
    if (expected.yellowFlags !== undefined) {
      expect(assessment.yellowFlags.map((flag) => flag.id)).toEqual(expected.yellowFlags);
    }
    if (expected.followUps !== undefined) {
      expect(assessment.followUps.map((followUp) => followUp.id)).toEqual(expected.followUps);
    }
    if (expected.directionalPreference !== undefined) {
      expect(assessment.directionalPreference).toBe(expected.directionalPreference);
    }
    if (expected.selfHarmSafetyFlag !== undefined) {
      expect(assessment.mood.selfHarmSafetyFlag).toBe(expected.selfHarmSafetyFlag);
    }
    if (expected.baseline !== undefined) {
      expect(assessment.baseline).toEqual(expected.baseline);
    }
  });
});
