import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { AssessmentSummary } from '../core/assessment-contract';
import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';
import type { Assessment } from './assessment-types';
import type { redFlagActionSchema, redFlagConditionSchema } from './intake-schema';
import { assessmentJsonSchemas } from './schemas';

describe('the assessment contract', () => {
  it('keeps Assessment assignable to AssessmentSummary', () => {
    expectTypeOf<Assessment>().toExtend<AssessmentSummary>();
  });

  it('uses the shared vocabulary for red-flag conditions and actions', () => {
    expectTypeOf<z.infer<typeof redFlagConditionSchema>>().toEqualTypeOf<RedFlagCondition>();
    expectTypeOf<z.infer<typeof redFlagActionSchema>>().toEqualTypeOf<RedFlagAction>();
  });

  it('exports JSON Schemas for the intake and the assessment', () => {
    expect(Object.keys(assessmentJsonSchemas)).toEqual(['intake', 'assessment']);
    expect(assessmentJsonSchemas.intake).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['assessedOn', 'ageYears', 'redFlagSymptoms', 'instruments']),
      additionalProperties: false,
    });
    expect(assessmentJsonSchemas.assessment).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['chronicity', 'phenotype', 'redFlags', 'programmeEligibility']),
    });
  });
});
