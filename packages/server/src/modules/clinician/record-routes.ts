import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { addDays, dayOf } from './dates';
import { invalidField } from './field-error';
import {
  diaryResponse,
  patientParams,
  promsResponse,
  rangeQuery,
  sessionsResponse,
  summaryResponse,
  timelineResponse,
} from './record-schemas';
import { decisionTimeline, diary, promHistory, recordSummary, sessionLog } from './record-service';
import { clinicianReport, patientOnePageReport } from './report-service';

/** The days asked for, by default the last 90; at most about a year and a half at a time. */
function range(query: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -89);
  if (from > to) throw invalidField('querystring.from', 'must not be after to');
  if (from < addDays(to, -550)) throw invalidField('querystring.from', 'must be within 550 days of to');
  return { from, to };
}

/** A patient's record as their clinician reads it: summary first, then the details. */
export const recordRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };
  const who = (request: { params: { patientId: string } } & Parameters<typeof requestMeta>[0]) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
    patientId: request.params.patientId,
  });

  app.get(
    '/api/v1/patients/:patientId/summary',
    { config, schema: { tags, params: patientParams, response: { 200: summaryResponse } } },
    async (request) => recordSummary(ctx, who(request)),
  );

  app.get(
    '/api/v1/patients/:patientId/proms',
    { config, schema: { tags, params: patientParams, response: { 200: promsResponse } } },
    async (request) => promHistory(ctx, who(request)),
  );

  app.get(
    '/api/v1/patients/:patientId/diary',
    {
      config,
      schema: { tags, params: patientParams, querystring: rangeQuery, response: { 200: diaryResponse } },
    },
    async (request) => diary(ctx, { ...who(request), ...range(request.query, dayOf(ctx.clock())) }),
  );

  app.get(
    '/api/v1/patients/:patientId/sessions',
    {
      config,
      schema: { tags, params: patientParams, querystring: rangeQuery, response: { 200: sessionsResponse } },
    },
    async (request) => sessionLog(ctx, { ...who(request), ...range(request.query, dayOf(ctx.clock())) }),
  );

  app.get(
    '/api/v1/patients/:patientId/decisions',
    { config, schema: { tags, params: patientParams, response: { 200: timelineResponse } } },
    async (request) => decisionTimeline(ctx, who(request)),
  );

  app.get(
    '/api/v1/patients/:patientId/clinician-report.pdf',
    { config, schema: { tags, params: patientParams } },
    async (request, reply) => {
      const { pdf, day } = await clinicianReport(ctx, who(request));
      return reply
        .header('content-disposition', `attachment; filename="backplan-clinician-report-${day}.pdf"`)
        .header('cache-control', 'no-store')
        .type('application/pdf')
        .send(pdf);
    },
  );

  app.get(
    '/api/v1/patients/:patientId/report.pdf',
    { config, schema: { tags, params: patientParams } },
    async (request, reply) => {
      const { pdf, day } = await patientOnePageReport(ctx, who(request));
      return reply
        .header('content-disposition', `attachment; filename="backplan-report-${day}.pdf"`)
        .header('cache-control', 'no-store')
        .type('application/pdf')
        .send(pdf);
    },
  );
};
