import { DOSE_UNITS, MEDICATION_FREQUENCIES, MEDICATION_ROUTES } from '@backplan/clinical/medications/index';
import { decisionCardSchema } from '@backplan/clinical/stepped-care/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { reasonField } from './cards-routes';
import { addMedication, checkMedication, listMedications, stopMedication } from './medication-service';
import { medicationViewSchema, patientParams } from './record-schemas';

const medicationFields = {
  drug: z.string().trim().min(1).max(120),
  dose: z.number().positive().max(100_000),
  unit: z.enum(DOSE_UNITS),
  frequency: z.enum(MEDICATION_FREQUENCIES),
  route: z.enum(MEDICATION_ROUTES),
  maxDosesPerDay: z.number().positive().max(48).optional(),
  startedOn: z.iso.date(),
};

const checkResponse = z.object({
  totalMmePerDay: z.number(),
  mmeComplete: z.boolean(),
  factorSet: z.string(),
  mmeBefore: z.number(),
  mmeByDrug: z.array(
    z.object({ drug: z.string(), mmePerDay: z.number().nullable(), explanation: z.string() }),
  ),
  alerts: z.array(decisionCardSchema),
  newAlertRuleIds: z.array(z.string()),
  overrideRequired: z.boolean(),
});

/** The medication list: see it with MME and alerts, check a medicine before saving, add, stop. */
export const medicationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };
  const who = (request: Parameters<typeof requestMeta>[0] & { params: { patientId: string } }) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
    patientId: request.params.patientId,
  });

  app.get(
    '/api/v1/patients/:patientId/medications',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        response: {
          200: z.object({
            medications: z.array(medicationViewSchema),
            totalMmePerDay: z.number(),
            mmeComplete: z.boolean(),
            factorSet: z.string(),
            alerts: z.array(decisionCardSchema),
          }),
        },
      },
    },
    async (request) => listMedications(ctx, who(request)),
  );

  app.post(
    '/api/v1/patients/:patientId/medications/check',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        body: z.strictObject(medicationFields),
        response: { 200: checkResponse },
      },
    },
    async (request) => checkMedication(ctx, who(request), request.body),
  );

  app.post(
    '/api/v1/patients/:patientId/medications',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        body: z.strictObject({ ...medicationFields, overrideReason: reasonField.optional() }),
        response: { 201: checkResponse.extend({ medicationId: z.uuid() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await addMedication(ctx, who(request), request.body)),
  );

  app.post(
    '/api/v1/patients/:patientId/medications/:medicationId/stop',
    {
      config,
      schema: {
        tags,
        params: patientParams.extend({ medicationId: z.uuid() }),
        body: z.strictObject({
          stoppedOn: z.iso.date(),
          reason: reasonField,
          trialOutcome: z.enum(['failed', 'not-tolerated', 'contraindicated', 'helped']).optional(),
        }),
        response: { 200: z.object({ medicationId: z.uuid(), stoppedOn: z.string() }) },
      },
    },
    async (request) => stopMedication(ctx, who(request), request.params.medicationId, request.body),
  );
};
