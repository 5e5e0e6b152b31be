import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { flareQuestions, logFlare, startFlare } from './flares';
import { patientRequest } from './request';
import {
  flareLogBody,
  flareLogResponse,
  flareQuestionsResponse,
  flareResponse,
  flareStartBody,
} from './schemas';

/** Start a flare, log flare days, and the flare log's red-flag questions. */
export const flareRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.post(
    '/api/v1/me/flares',
    { config, schema: { tags, body: flareStartBody, response: { 200: flareResponse, 201: flareResponse } } },
    async (request, reply) => {
      const result = await startFlare(patientRequest(ctx, request), request.body.day);
      return reply.code(result.status).send(result.body);
    },
  );

  app.post(
    '/api/v1/me/flares/current/log',
    { config, schema: { tags, body: flareLogBody, response: { 200: flareLogResponse } } },
    async (request) => {
      const { day, ...rest } = request.body;
      return logFlare(patientRequest(ctx, request), { date: day, ...rest });
    },
  );

  app.get(
    '/api/v1/me/flares/red-flag-questions',
    { config, schema: { tags, response: { 200: flareQuestionsResponse } } },
    async () => flareQuestions(),
  );
};
