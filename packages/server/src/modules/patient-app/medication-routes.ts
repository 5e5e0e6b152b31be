import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { addMedication, listMedications, stopMedication } from './medications';
import { patientRequest } from './request';
import { medicationBody, medicationParams, medicationResponse, medicationsResponse } from './schemas';

/** The patient's own medicine list (as reported; no advice). */
export const medicationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };

  app.get(
    '/api/v1/me/medications',
    { config, schema: { tags, response: { 200: medicationsResponse } } },
    async (request) => listMedications(patientRequest(ctx, request)),
  );

  app.post(
    '/api/v1/me/medications',
    { config, schema: { tags, body: medicationBody, response: { 201: medicationResponse } } },
    async (request, reply) =>
      reply.code(201).send(await addMedication(patientRequest(ctx, request), request.body)),
  );

  app.delete(
    '/api/v1/me/medications/:id',
    { config, schema: { tags, params: medicationParams } },
    async (request, reply) => {
      await stopMedication(patientRequest(ctx, request), request.params.id);
      return reply.code(204).send();
    },
  );
};
