import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { answerMeasure, dueMeasures } from './measures';
import { patientRequest } from './request';
import {
  measureBody,
  measureParams,
  measureResponse,
  measuresDueQuery,
  measuresDueResponse,
} from './schemas';

/** Scheduled questionnaires: answer one, and list what is due. */
export const measureRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.post(
    '/api/v1/me/measures/:instrumentId',
    {
      config,
      schema: {
        tags,
        params: measureParams,
        body: measureBody,
        response: { 200: measureResponse, 201: measureResponse },
      },
    },
    async (request, reply) => {
      const result = await answerMeasure(
        patientRequest(ctx, request),
        request.params.instrumentId,
        request.body,
      );
      return reply.code(result.status).send(result.body);
    },
  );

  app.get(
    '/api/v1/me/measures/due',
    { config, schema: { tags, querystring: measuresDueQuery, response: { 200: measuresDueResponse } } },
    async (request) => dueMeasures(patientRequest(ctx, request), request.query),
  );
};
