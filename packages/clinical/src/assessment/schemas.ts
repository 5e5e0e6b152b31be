import { z } from 'zod';
import { assessmentSchema } from './assessment-schema';
import { intakeSchema } from './intake-schema';

/**
 * JSON Schemas for the intake (what clients send) and the assessment (what `assess` returns).
 * The lead writes these to docs/schemas/; the HTTP and CLI shells validate with the zod schemas.
 */
export const assessmentJsonSchemas: Record<string, unknown> = {
  intake: z.toJSONSchema(intakeSchema),
  assessment: z.toJSONSchema(assessmentSchema),
};
