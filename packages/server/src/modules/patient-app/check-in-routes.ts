import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { listCheckIns, recordCheckIn } from './check-ins';
import { checkInBody, checkInResponse, checkInsQuery, checkInsResponse } from './schemas';

/** The daily check-in: POST (idempotent, one per day) and GET a date range. */
export const checkInRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.post(
    '/api/v1/me/check-ins',
    {
      config: { ...config, withStoredFactRows: true },
      schema: { tags, body: checkInBody, response: { 200: checkInResponse, 201: checkInResponse } },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const result = await recordCheckIn(
        { ctx, principal, meta: requestMeta(request) },
        request.body,
        request.storedFactRows,
      );
      return reply.code(result.status).send(result.body);
    },
  );

  app.get(
    '/api/v1/me/check-ins',
    { config, schema: { tags, querystring: checkInsQuery, response: { 200: checkInsResponse } } },
    async (request) =>
      listCheckIns({ ctx, principal: requirePrincipal(request), meta: requestMeta(request) }, request.query),
  );
};
