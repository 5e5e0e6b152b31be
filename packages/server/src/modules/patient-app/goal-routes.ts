import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { addGoal, listGoals, reviewGoal } from './goals';
import { patientRequest } from './request';
import {
  goalBody,
  goalParams,
  goalResponse,
  goalReviewBody,
  goalReviewResponse,
  goalsResponse,
} from './schemas';

/** The patient's SMART goals and weekly reviews. */
export const goalRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.get(
    '/api/v1/me/goals',
    { config, schema: { tags, response: { 200: goalsResponse } } },
    async (request) => listGoals(patientRequest(ctx, request)),
  );

  app.post(
    '/api/v1/me/goals',
    { config, schema: { tags, body: goalBody, response: { 201: goalResponse } } },
    async (request, reply) => reply.code(201).send(await addGoal(patientRequest(ctx, request), request.body)),
  );

  app.post(
    '/api/v1/me/goals/:id/reviews',
    {
      config,
      schema: { tags, params: goalParams, body: goalReviewBody, response: { 200: goalReviewResponse } },
    },
    async (request) => reviewGoal(patientRequest(ctx, request), request.params.id, request.body),
  );
};
