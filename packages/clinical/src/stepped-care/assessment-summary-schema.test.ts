import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { AssessmentSummary } from '../core/assessment-contract';
import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';
import {
  assessmentSummarySchema,
  type steppedCareRedFlagActionSchema,
  type steppedCareRedFlagConditionSchema,
} from './assessment-summary-schema';

type Parsed = z.output<typeof assessmentSummarySchema>;

describe('assessmentSummarySchema', () => {
  it('parses to a value of the AssessmentSummary contract, with the same vocabulary (compile-time)', () => {
    // A plain assignment: tsc fails here if the schema's output drifts from the contract.
    const asContract = (parsed: Parsed): AssessmentSummary => parsed;
    expect(typeof asContract).toBe('function');
    expectTypeOf<z.output<typeof steppedCareRedFlagActionSchema>>().toEqualTypeOf<RedFlagAction>();
    expectTypeOf<z.output<typeof steppedCareRedFlagConditionSchema>>().toEqualTypeOf<RedFlagCondition>();
  });

  const valid: AssessmentSummary = {
    assessedOn: '2026-01-05',
    chronicity: 'chronic',
    phenotype: 'radicular',
    directionalPreference: null,
    riskGroup: 'high',
    redFlags: [],
    mood: {
      phq2Total: 3,
      phq9Total: 12,
      phq9Item9: 0,
      gad2Total: 2,
      gad7Total: 6,
      selfHarmSafetyFlag: false,
    },
    baseline: { painNrs: 7, peg: 6.7, odi: 38 },
    programmeEligibility: { eligible: true, requiredAction: null, reasons: [] },
  };

  it('accepts a valid summary and strips the extra fields of a full assessment', () => {
    expect(assessmentSummarySchema.parse({ ...valid, intakeId: 'x' })).toEqual(valid);
  });

  it('names the failing field', () => {
    const result = assessmentSummarySchema.safeParse({
      ...valid,
      phenotype: 'nerve',
      baseline: { painNrs: 11 },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['phenotype', 'baseline.painNrs']));
  });
});
