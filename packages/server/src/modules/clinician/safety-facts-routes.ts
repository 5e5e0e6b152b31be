import { opioidSafeguardsSchema } from '@backplan/clinical/medications/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { patientParams } from './record-schemas';
import { recordedProfileSchema, safetyFactsBody } from './safety-facts';
import { readSafetyFacts, recordSafetyFacts } from './safety-facts-service';

const factsResponse = z.object({
  age: z.number().nullable(),
  profile: recordedProfileSchema,
  safeguards: opioidSafeguardsSchema,
});

/**
 * The facts the medication rules read (kidney function, GI bleed, sleep
 * apnoea…) and the opioid safeguard dates: read and record. Recording them
 * changes which alerts fire (e.g. a naloxone offer closes its prompt).
 */
export const safetyFactsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };
  const who = (request: Parameters<typeof requestMeta>[0] & { params: { patientId: string } }) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
    patientId: request.params.patientId,
  });

  app.get(
    '/api/v1/patients/:patientId/safety-facts',
    { config, schema: { tags, params: patientParams, response: { 200: factsResponse } } },
    async (request) => readSafetyFacts(ctx, who(request)),
  );

  app.post(
    '/api/v1/patients/:patientId/safety-facts',
    {
      config,
      schema: { tags, params: patientParams, body: safetyFactsBody, response: { 200: factsResponse } },
    },
    async (request) => recordSafetyFacts(ctx, who(request), request.body),
  );
};
