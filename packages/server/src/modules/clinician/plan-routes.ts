import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { reasonField } from './cards-routes';
import { currentCarePlan, editCarePlan, exerciseChoices, setPtVisits } from './care-plan-service';
import { planEditSchema } from './plan-edits';
import { patientParams } from './record-schemas';

const carePlanSchema = z.object({
  version: z.number(),
  step: z.number(),
  stepStartedOn: z.string(),
  effectiveFrom: z.string(),
  reason: z.string(),
  components: z.array(z.string()),
  programme: z.object({
    level: z.number().nullable(),
    directionalPreference: z.string().nullable(),
    sessionDays: z.array(z.string()),
    estimatedMinutes: z.number().nullable(),
    items: z.array(
      z.object({
        exerciseId: z.string(),
        name: z.string(),
        role: z.string(),
        doseText: z.string(),
        estimatedMinutes: z.number(),
      }),
    ),
  }),
  physiotherapy: z.object({ visitsAuthorised: z.number().nullable(), visitsUsed: z.number() }),
});

const visitCount = z.int().min(0).max(200);

/** The care plan: read it, edit the programme, set PT visits — each change a new version with a reason. */
export const planRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };
  const who = (request: Parameters<typeof requestMeta>[0] & { params: { patientId: string } }) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
    patientId: request.params.patientId,
  });

  app.get(
    '/api/v1/clinician/exercises',
    {
      config,
      schema: {
        tags,
        response: {
          200: z.object({
            exercises: z.array(
              z.object({ id: z.string(), name: z.string(), group: z.string(), level: z.number() }),
            ),
          }),
        },
      },
    },
    async () => exerciseChoices(),
  );

  app.get(
    '/api/v1/patients/:patientId/care-plan',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        response: { 200: z.object({ carePlan: carePlanSchema.nullable() }) },
      },
    },
    async (request) => currentCarePlan(ctx, who(request)),
  );

  app.post(
    '/api/v1/patients/:patientId/care-plan/changes',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        body: z.strictObject({ change: planEditSchema, reason: reasonField }),
        response: { 201: z.object({ carePlan: carePlanSchema }) },
      },
    },
    async (request, reply) => reply.code(201).send(await editCarePlan(ctx, who(request), request.body)),
  );

  app.post(
    '/api/v1/patients/:patientId/pt-visits',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        body: z.strictObject({ visitsAuthorised: visitCount, visitsUsed: visitCount, reason: reasonField }),
        response: { 200: z.object({ carePlan: carePlanSchema }) },
      },
    },
    async (request) => setPtVisits(ctx, who(request), request.body),
  );
};
