import { backplanCodeSystem } from '@backplan/clinical/fhir/index';
import type { FastifyError, FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod, hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppErrorCode } from '../../errors';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { exportEverything, importFhir, type OperationOutcome, outcome } from './service';

/** FHIR's JSON media type; responses use it and requests may send it (RFC 6838 +json suffix). */
export const FHIR_JSON = 'application/fhir+json';

/** An import Bundle may hold months of check-ins; larger than the API's usual 256 KiB. */
export const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

const ISSUE_CODES: Readonly<Record<AppErrorCode, OperationOutcome['issue'][number]['code']>> = {
  bad_request: 'invalid',
  unauthorized: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  payload_too_large: 'too-costly',
  too_many_requests: 'throttled',
  unavailable: 'transient',
};

function sendOutcome(reply: FastifyReply, status: number, body: OperationOutcome) {
  return reply.code(status).type(FHIR_JSON).send(body);
}

/**
 * FHIR R4 endpoints. Same sessions, CSRF and access rules as the rest of the API; errors are
 * OperationOutcomes (this plugin's own error handler), bodies are `application/fhir+json`.
 */
export const fhirRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['fhir'];
  app.addContentTypeParser(
    FHIR_JSON,
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(Object.assign(new Error('The body is not valid JSON.'), { statusCode: 400 }), undefined);
      }
    },
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendOutcome(reply, 400, outcome('error', 'invalid', `Invalid request: ${error.message}`));
    }
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendOutcome(reply, error.statusCode, outcome('error', ISSUE_CODES[error.code], error.message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'too-costly' : status === 415 ? 'not-supported' : 'invalid';
      return sendOutcome(reply, status, outcome('error', code, error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return sendOutcome(
      reply,
      500,
      outcome('error', 'exception', 'Something went wrong on our side. Please try again.'),
    );
  });

  app.get(
    '/fhir/R4/Patient/:id/$everything',
    {
      config: { access: ['patient', 'clinician'] },
      schema: {
        tags,
        summary: "A patient's whole record as a FHIR R4 Bundle",
        params: z.strictObject({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const bundle = await exportEverything(ctx, {
        principal: requirePrincipal(request),
        meta: requestMeta(request),
        patientId: request.params.id,
      });
      return reply.type(FHIR_JSON).send(bundle);
    },
  );

  app.post(
    '/fhir/R4',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: ['patient', 'clinician'] },
      schema: {
        tags,
        summary: 'Import QuestionnaireResponses and Observations for BackPlan instruments and check-ins',
        querystring: z.strictObject({ patient: z.uuid().optional() }),
      },
    },
    async (request, reply) => {
      const result = await importFhir(
        ctx,
        {
          principal: requirePrincipal(request),
          meta: requestMeta(request),
          targetPatientId: request.query.patient,
        },
        request.body,
      );
      return sendOutcome(reply, result.status, result.body);
    },
  );

  app.get(
    '/fhir/R4/CodeSystem/backplan',
    {
      config: { access: 'public' },
      schema: { tags, summary: "BackPlan's local codes as a FHIR CodeSystem" },
    },
    async (_request, reply) => reply.type(FHIR_JSON).send(backplanCodeSystem()),
  );
};
