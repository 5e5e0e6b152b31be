import { z } from 'zod';
import { type ImportIssue, issue, joinPath } from './issues';

/**
 * Structural checks of the parts of a Bundle, QuestionnaireResponse and Observation the import
 * reads, following the FHIR R4 datatypes (primitive patterns from the R4 specification). Other
 * elements pass through unchecked here; a deployment can add the full R4 JSON Schema through
 * `FhirImportOptions.validateResource`.
 */

/** FHIR R4 `dateTime`: a year, year-month, date, or date and time with a zone. */
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

const fhirString = z.string().regex(/^[ \r\n\t\S]+$/, 'must be a non-empty string');
const fhirCode = z
  .string()
  .regex(/^[^\s]+( [^\s]+)*$/, 'must be a code without leading, trailing or double spaces');
const fhirDateTime = z
  .string()
  .regex(DATE_TIME, 'must be a FHIR dateTime (YYYY, YYYY-MM, YYYY-MM-DD or with time and zone)');
const fhirDecimal = z.number().refine(Number.isFinite, 'must be a finite number');

const coding = z.looseObject({
  system: fhirString.optional(),
  code: fhirCode.optional(),
  display: fhirString.optional(),
});
const codeableConcept = z.looseObject({ coding: z.array(coding).optional(), text: fhirString.optional() });
const reference = z.looseObject({ reference: fhirString.optional(), display: fhirString.optional() });
const quantity = z.looseObject({
  value: fhirDecimal.optional(),
  unit: fhirString.optional(),
  system: fhirString.optional(),
  code: fhirCode.optional(),
});
const period = z.looseObject({ start: fhirDateTime.optional(), end: fhirDateTime.optional() });

interface QuestionnaireResponseItemShape {
  readonly linkId: string;
  readonly text?: string | undefined;
  readonly answer?: readonly QuestionnaireResponseAnswerShape[] | undefined;
  readonly item?: readonly QuestionnaireResponseItemShape[] | undefined;
}

interface QuestionnaireResponseAnswerShape {
  readonly valueBoolean?: boolean | undefined;
  readonly valueDecimal?: number | undefined;
  readonly valueInteger?: number | undefined;
  readonly valueString?: string | undefined;
  readonly valueCoding?: z.output<typeof coding> | undefined;
  readonly valueQuantity?: z.output<typeof quantity> | undefined;
  readonly item?: readonly QuestionnaireResponseItemShape[] | undefined;
}

const answer: z.ZodType<QuestionnaireResponseAnswerShape> = z.looseObject({
  valueBoolean: z.boolean().optional(),
  valueDecimal: fhirDecimal.optional(),
  valueInteger: z.number().int('must be an integer').optional(),
  valueString: fhirString.optional(),
  valueCoding: coding.optional(),
  valueQuantity: quantity.optional(),
  get item() {
    return z.array(questionnaireResponseItem).optional();
  },
});

const questionnaireResponseItem: z.ZodType<QuestionnaireResponseItemShape> = z.looseObject({
  linkId: fhirString,
  text: fhirString.optional(),
  get answer() {
    return z.array(answer).optional();
  },
  get item() {
    return z.array(questionnaireResponseItem).optional();
  },
});

export const questionnaireResponseStructure = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: fhirString.optional(),
  questionnaire: fhirString.optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: reference.optional(),
  authored: fhirDateTime.optional(),
  item: z.array(questionnaireResponseItem).optional(),
});
export type QuestionnaireResponseInput = z.output<typeof questionnaireResponseStructure>;
export type QuestionnaireResponseItemInput = QuestionnaireResponseItemShape;
export type QuestionnaireResponseAnswerInput = QuestionnaireResponseAnswerShape;

export const observationStructure = z.looseObject({
  resourceType: z.literal('Observation'),
  id: fhirString.optional(),
  status: z.enum([
    'registered',
    'preliminary',
    'final',
    'amended',
    'corrected',
    'cancelled',
    'entered-in-error',
    'unknown',
  ]),
  category: z.array(codeableConcept).optional(),
  code: codeableConcept,
  subject: reference.optional(),
  effectiveDateTime: fhirDateTime.optional(),
  effectivePeriod: period.optional(),
  valueQuantity: quantity.optional(),
  valueInteger: z.number().int('must be an integer').optional(),
  valueBoolean: z.boolean().optional(),
  derivedFrom: z.array(reference).optional(),
});
export type ObservationInput = z.output<typeof observationStructure>;

export const bundleStructure = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum([
    'document',
    'message',
    'transaction',
    'transaction-response',
    'batch',
    'batch-response',
    'history',
    'searchset',
    'collection',
  ]),
  entry: z
    .array(
      z.looseObject({
        fullUrl: fhirString.optional(),
        resource: z.looseObject({ resourceType: fhirString }).optional(),
      }),
    )
    .optional(),
});

function valueAt(value: unknown, segments: readonly (string | number)[]): unknown {
  return segments.reduce<unknown>(
    (current, segment) =>
      current !== null && typeof current === 'object'
        ? (current as Record<string | number, unknown>)[segment]
        : undefined,
    value,
  );
}

/** Parses `value` with `schema`, turning each zod issue into an import issue at its FHIRPath. */
export function checkStructure<T>(
  schema: z.ZodType<T>,
  value: unknown,
  basePath: string,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: ImportIssue[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((problem) => {
      const segments = problem.path.filter(
        (segment): segment is string | number => typeof segment !== 'symbol',
      );
      const missing = problem.code === 'invalid_type' && valueAt(value, segments) === undefined;
      const code = missing ? 'required' : 'structure';
      return issue(code, joinPath(basePath, ...segments), problem.message);
    }),
  };
}
