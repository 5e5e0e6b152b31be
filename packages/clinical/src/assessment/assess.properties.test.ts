import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_ACTION_RANK } from '../core/vocabulary';
import { assess } from './assess';
import { assessmentSchema } from './assessment-schema';
import { parseIntake } from './parse-intake';
import { ASSESSMENT_RULES } from './rules/index';
import { intakeArbitrary } from './test-support/intake-arbitrary';

const RULE_IDS = new Set(ASSESSMENT_RULES.map((rule) => rule.id));

/** Every way an intake can carry a cauda equina feature (clinical.md §4.1). */
const CAUDA_EQUINA_ANSWERS = [
  'newDifficultyPassingUrine',
  'newUrinaryRetention',
  'newUrinaryIncontinence',
  'newSaddleNumbness',
  'newBowelIncontinenceOrLossOfRectalSensation',
  'newSexualDysfunction',
  'bilateralLegPain',
  'weaknessInBothLegs',
  'laxAnalSphincter',
] as const;

describe('assess: properties over any valid intake', () => {
  it('accepts the intake after a JSON round trip and returns an assessment matching assessmentSchema', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const parsed = parseIntake(JSON.parse(JSON.stringify(intake)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        const result = assessmentSchema.safeParse(assess(intake));
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }),
    );
  });

  it('is pure: the same intake gives the same assessment', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        expect(assess(intake)).toEqual(assess(intake));
      }),
      { numRuns: 50 },
    );
  });

  it('is ineligible exactly when an emergency or urgent flag is uncleared, and requires the most serious action', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const { redFlags, programmeEligibility } = assess(intake);
        const blocking = redFlags.filter((flag) => flag.action !== 'rheumatology-referral' && !flag.cleared);
        expect(programmeEligibility.eligible).toBe(blocking.length === 0);
        const mostSerious = Math.max(0, ...blocking.map((flag) => RED_FLAG_ACTION_RANK[flag.action]));
        expect(
          programmeEligibility.requiredAction === null
            ? 0
            : RED_FLAG_ACTION_RANK[programmeEligibility.requiredAction],
        ).toBe(mostSerious);
      }),
    );
  });

  it('lists red flags most serious first', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const ranks = assess(intake).redFlags.map((flag) => RED_FLAG_ACTION_RANK[flag.action]);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }),
    );
  });

  it('any cauda equina feature: never eligible, always the emergency action (unless a clinician explicitly cleared the emergency)', () => {
    fc.assert(
      fc.property(intakeArbitrary, fc.constantFrom(...CAUDA_EQUINA_ANSWERS), (generated, feature) => {
        const intake =
          feature === 'laxAnalSphincter'
            ? { ...generated, clinicianFindings: { ...generated.clinicianFindings, laxAnalSphincter: true } }
            : { ...generated, redFlagSymptoms: { ...generated.redFlagSymptoms, [feature]: true } };
        const withoutEmergencyClearance = {
          ...intake,
          clinicianClearance: (intake.clinicianClearance ?? []).filter(
            (clearance) =>
              !(clearance.condition === 'cauda-equina' && clearance.clearedAction === 'emergency'),
          ),
        };
        const assessment = assess(withoutEmergencyClearance);
        expect(assessment.programmeEligibility.eligible).toBe(false);
        expect(assessment.programmeEligibility.requiredAction).toBe('emergency');
        const flag = assessment.redFlags.find((found) => found.condition === 'cauda-equina');
        expect(flag).toMatchObject({ action: 'emergency', cleared: false });
        expect(assessment.redFlags[0]?.action).toBe('emergency');
      }),
    );
  });

  it('any PHQ-9 item 9 above 0 raises the safety flag and puts the safety workflow first', () => {
    fc.assert(
      fc.property(intakeArbitrary, fc.integer({ min: 1, max: 3 }), (generated, item9) => {
        const intake = {
          ...generated,
          instruments: {
            ...generated.instruments,
            'phq-9': { ...generated.instruments['phq-9'], 'self-harm-thoughts': item9 },
          },
        };
        const assessment = assess(intake);
        expect(assessment.mood.selfHarmSafetyFlag).toBe(true);
        expect(assessment.followUps[0]).toMatchObject({
          id: 'self-harm-safety-workflow',
          priority: 'immediate',
        });
      }),
    );
  });

  it('only reports rules that are registered in ASSESSMENT_RULES', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const assessment = assess(intake);
        const used = [
          ...assessment.rulesApplied,
          assessment.phenotypeRuleId,
          ...assessment.phenotypeEvidence.map((evidence) => evidence.ruleId),
          ...assessment.redFlags.map((flag) => flag.ruleId),
          ...assessment.yellowFlags.map((flag) => flag.ruleId),
          ...assessment.followUps.map((followUp) => followUp.ruleId),
        ];
        expect(used.filter((id) => !RULE_IDS.has(id))).toEqual([]);
      }),
    );
  });
});
