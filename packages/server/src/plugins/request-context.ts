import type { FastifyRequest } from 'fastify';

/**
 * What a request looks like in the logs. Only method, path (never the query
 * string, where a careless client could put a token), request id and client
 * address; headers are not logged at all. Bodies are never logged by Fastify.
 */
export function serializeRequestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: (request.url ?? '').split('?')[0],
    id: request.id,
    remoteAddress: request.ip,
  };
}

/** Belt and braces: if anything logs these fields, pino replaces them. */
export const redactedLogPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  'body.password',
  'token',
  '*.password',
  '*.token',
  '*.code',
  '*.recoveryCode',
  '*.secret',
];
