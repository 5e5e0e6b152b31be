import { decisionCardSchema } from '@backplan/clinical/stepped-care/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { decideCard, patientCards } from './cards-service';
import { patientParams } from './record-schemas';

const cardParams = patientParams.extend({
  ruleId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a rule id'),
});

/** A reason in the clinician's words: required, so the record says why. */
export const reasonField = z.string().trim().min(3, 'must say why (at least 3 characters)').max(2000);

const decisionBody = z.strictObject({
  decision: z.enum(['accepted', 'declined']),
  reason: reasonField,
});

const cardsResponse = z.object({
  cards: z.array(
    z.object({
      card: decisionCardSchema,
      changesPlan: z
        .object({ step: z.number(), stepChanged: z.boolean(), components: z.array(z.string()) })
        .nullable(),
      decision: z
        .object({
          decision: z.enum(['accepted', 'declined']),
          reason: z.string(),
          decidedAt: z.string(),
          by: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  issues: z.array(z.string()),
});

const decisionResponse = z.object({
  decision: z.object({
    id: z.uuid(),
    ruleId: z.string(),
    decision: z.enum(['accepted', 'declined']),
    reason: z.string(),
    decidedAt: z.string(),
  }),
  carePlan: z.object({ version: z.number(), step: z.number() }).nullable(),
});

/** The stepped-care engine's cards for one patient, and the clinician's accept/decline on each. */
export const cardsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };

  app.get(
    '/api/v1/patients/:patientId/cards',
    { config, schema: { tags, params: patientParams, response: { 200: cardsResponse } } },
    async (request) =>
      patientCards(ctx, {
        principal: requirePrincipal(request),
        meta: requestMeta(request),
        patientId: request.params.patientId,
      }),
  );

  app.post(
    '/api/v1/patients/:patientId/cards/:ruleId/decision',
    {
      config,
      schema: { tags, params: cardParams, body: decisionBody, response: { 201: decisionResponse } },
    },
    async (request, reply) => {
      const result = await decideCard(
        ctx,
        {
          principal: requirePrincipal(request),
          meta: requestMeta(request),
          patientId: request.params.patientId,
        },
        { ruleId: request.params.ruleId, ...request.body },
      );
      return reply.code(201).send(result);
    },
  );
};
