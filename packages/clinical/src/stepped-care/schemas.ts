import { z } from 'zod';
import { medicationListSchema } from '../medications/medication-list';
import { mmeReportSchema } from '../medications/safety-alerts';
import { decisionCardsSchema } from './card';
import { patientStateSchema } from './patient-state';

/**
 * JSON Schemas (draft 2020-12) of the stepped-care inputs and outputs, for the lead to
 * write to docs/schemas/ and serve from the API. Inputs use the "input" view, so fields
 * with defaults are optional; outputs use the "output" view. Refinements (e.g. "no dates
 * after today") are checked by zod only.
 */
export const steppedCareJsonSchemas: Record<string, unknown> = {
  patientState: z.toJSONSchema(patientStateSchema, { io: 'input' }),
  decisionCards: z.toJSONSchema(decisionCardsSchema, { io: 'output' }),
  medicationList: z.toJSONSchema(medicationListSchema, { io: 'input' }),
  mmeReport: z.toJSONSchema(mmeReportSchema, { io: 'output' }),
};
