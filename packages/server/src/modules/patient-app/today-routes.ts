import { findExercise } from '@backplan/clinical/exercise/catalogue/index';
import { renderExerciseIllustration } from '@backplan/clinical/exercise/illustration/render-exercise';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../errors';
import type { ServiceContext } from '../auth/context';
import { patientRequest } from './request';
import {
  exerciseParams,
  nextMorningBody,
  nextMorningResponse,
  selfManagementDoneBody,
  selfManagementDoneResponse,
  sessionLogBody,
  sessionLogResponse,
  sessionParams,
  todayQuery,
  todayResponse,
} from './schemas';
import { recordNextMorning, recordSelfManagement, recordSession } from './sessions';
import { today } from './today';

/** Today, session logs, the next-morning answer, self-management marks and exercise drawings. */
export const todayRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.get(
    '/api/v1/me/today',
    { config, schema: { tags, querystring: todayQuery, response: { 200: todayResponse } } },
    async (request) => today(patientRequest(ctx, request), request.query),
  );

  app.post(
    '/api/v1/me/sessions',
    {
      config,
      schema: { tags, body: sessionLogBody, response: { 200: sessionLogResponse, 201: sessionLogResponse } },
    },
    async (request, reply) => {
      const result = await recordSession(patientRequest(ctx, request), request.body);
      return reply.code(result.status).send(result.body);
    },
  );

  app.post(
    '/api/v1/me/sessions/:id/next-morning',
    {
      config,
      schema: { tags, params: sessionParams, body: nextMorningBody, response: { 200: nextMorningResponse } },
    },
    async (request) =>
      recordNextMorning(patientRequest(ctx, request), request.params.id, request.body.settled),
  );

  app.post(
    '/api/v1/me/self-management',
    {
      config,
      schema: {
        tags,
        body: selfManagementDoneBody,
        response: { 200: selfManagementDoneResponse, 201: selfManagementDoneResponse },
      },
    },
    async (request, reply) => {
      const result = await recordSelfManagement(patientRequest(ctx, request), request.body);
      return reply.code(result.status).send(result.body);
    },
  );

  // Exercise drawings are catalogue content, not patient data: public and cacheable, so the
  // PWA can keep them for offline sessions.
  app.get(
    '/api/v1/exercises/:id/illustration.svg',
    { config: { access: 'public' }, schema: { tags, params: exerciseParams } },
    async (request, reply) => {
      if (!findExercise(request.params.id)) throw notFound('There is no exercise with this id.');
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .send(renderExerciseIllustration(request.params.id));
    },
  );
};
