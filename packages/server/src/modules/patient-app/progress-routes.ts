import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { progress } from './progress';
import { patientRequest } from './request';
import { progressQuery, progressResponse } from './schemas';

/** The patient's progress: charts, calendar, goals and plain-language change. */
export const progressRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/me/progress',
    {
      config: { access: ['patient'] },
      schema: { tags: ['patient-app'], querystring: progressQuery, response: { 200: progressResponse } },
    },
    async (request) => progress(patientRequest(ctx, request), request.query),
  );
};
