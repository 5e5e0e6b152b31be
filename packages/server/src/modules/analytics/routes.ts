import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { responderAnalytics } from './service';

const analyticsQuery = z.strictObject({
  phenotype: z.enum(['mechanical', 'radicular', 'inflammatory', 'mixed']).optional(),
  riskGroup: z.enum(['low', 'medium', 'high', 'unknown']).optional(),
});

const interval = z.object({ lower: z.number(), upper: z.number() });

const responderCell = z.object({
  phenotype: z.string(),
  riskGroup: z.string(),
  treatment: z.string(),
  suppressed: z.boolean(),
  n: z.number().int().nullable(),
  responders: z.number().int().nullable(),
  share: z.number().nullable(),
  interval: interval.nullable(),
});

const responderAnalyticsResponse = z.object({
  generatedOn: z.string(),
  week: z.number().int(),
  minimumCellSize: z.number().int(),
  evaluablePatients: z.number().int(),
  definition: z.string(),
  cells: z.array(responderCell),
});

/** Responder analytics for the clinic's clinicians and admins (aggregates only; small cells suppressed). */
export const analyticsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/analytics/responders',
    {
      config: { access: ['clinician', 'admin'] },
      schema: {
        tags: ['analytics'],
        summary:
          'Share of patients reaching meaningful improvement by week 12, by phenotype × risk × treatment',
        querystring: analyticsQuery,
        response: { 200: responderAnalyticsResponse },
      },
    },
    async (request) =>
      responderAnalytics(ctx, requirePrincipal(request), request.query, requestMeta(request)),
  );
};
