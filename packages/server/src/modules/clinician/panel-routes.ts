import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { TRIAGE_REASONS } from './panel-repository';
import { clinicianPanel, PANEL_PAGE_SIZE } from './panel-service';

const TRIAGE_PRIORITIES = [1, 2, 3, 4, 5, 6, 7, 99] as const;

const panelQuery = z.strictObject({
  priority: z.coerce
    .number()
    .int()
    .refine((p) => (TRIAGE_PRIORITIES as readonly number[]).includes(p), 'must be 1–7 or 99')
    .optional(),
  reason: z.enum(TRIAGE_REASONS).optional(),
  step: z.coerce.number().int().min(1).max(3).optional(),
  phenotype: z.enum(['mechanical', 'radicular', 'inflammatory', 'mixed']).optional(),
  riskGroup: z.enum(['low', 'medium', 'high']).optional(),
  search: z.string().trim().max(100).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(PANEL_PAGE_SIZE),
});

const panelRow = z.object({
  id: z.uuid(),
  displayName: z.string(),
  clinicName: z.string(),
  priority: z.number().int(),
  reasons: z.array(z.string()),
  step: z.number().int().nullable(),
  weeksInStep: z.number().int().nullable(),
  phenotype: z.string().nullable(),
  riskGroup: z.string().nullable(),
  painBaseline: z.number().nullable(),
  pain7dMean: z.number().nullable(),
  adherence14d: z.number().nullable(),
  lastCheckInDay: z.string().nullable(),
  unreadMessages: z.number().int(),
});

/** The triage panel: the clinician's consenting patients, most urgent first, with the reason on each row. */
export const panelRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/clinician/panel',
    {
      config: { access: ['clinician'] },
      schema: {
        tags: ['clinician'],
        querystring: panelQuery,
        response: { 200: z.object({ patients: z.array(panelRow), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { search, ...rest } = request.query;
      return clinicianPanel(
        ctx,
        requirePrincipal(request),
        { ...rest, ...(search ? { search } : {}) },
        requestMeta(request),
      );
    },
  );
};
