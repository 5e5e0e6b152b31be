import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody, type FieldIssue } from '../errors';

interface ValidationIssue {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: {
    readonly issue?: { readonly path?: readonly PropertyKey[]; readonly message?: string };
  };
}

function toFieldIssues(context: string | undefined, validation: readonly ValidationIssue[]): FieldIssue[] {
  return validation.map((v) => {
    const zodPath = v.params?.issue?.path;
    const fieldPath = zodPath
      ? zodPath.map(String).join('.')
      : (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const where = [context, fieldPath].filter((p) => p && p.length > 0).join('.');
    return {
      path: where || (context ?? 'request'),
      message: v.params?.issue?.message ?? v.message ?? 'is invalid',
    };
  });
}

/**
 * The one place errors become HTTP responses. Client errors say what was wrong
 * and name the failing fields; server errors are logged in full and answered
 * with a generic body.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = String(request.id);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = toFieldIssues(error.validationContext, error.validation as readonly ValidationIssue[]);
      const body: ErrorBody = {
        error: 'bad_request',
        message: `Invalid request: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
        issues,
        requestId,
      };
      return reply.code(400).send(body);
    }
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: error.code,
        message: error.message,
        ...(error.issues.length > 0 ? { issues: error.issues } : {}),
        requestId,
      };
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.code(error.statusCode).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, wrong content type, body too large…
      const code =
        status === 413
          ? 'payload_too_large'
          : status === 429
            ? 'too_many_requests'
            : status === 404
              ? 'not_found'
              : status === 401
                ? 'unauthorized'
                : status === 403
                  ? 'forbidden'
                  : 'bad_request';
      const body: ErrorBody = { error: code, message: error.message, requestId };
      return reply.code(status).send(body);
    }
    request.log.error({ err: error }, 'request failed');
    const body: ErrorBody = {
      error: 'internal_error',
      message: 'Something went wrong on our side. Please try again.',
      requestId,
    };
    return reply.code(500).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: 'not_found',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      requestId: String(request.id),
    };
    return reply.code(404).send(body);
  });
}
