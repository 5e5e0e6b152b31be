import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import {
  markOwnRead,
  markPatientMessagesRead,
  ownThread,
  patientThread,
  sendFromPatient,
  sendToPatient,
} from './service';

const messageBody = z.strictObject({ body: z.string().trim().min(1, 'must not be empty').max(4000) });

const threadResponse = z.object({
  messages: z.array(
    z.object({
      id: z.uuid(),
      fromPatient: z.boolean(),
      body: z.string(),
      sentAt: z.string(),
      readAt: z.string().nullable(),
      senderName: z.string().nullable(),
    }),
  ),
  /** Messages from the other side not yet read by this side. */
  unread: z.number().int(),
});

const sentResponse = z.object({ id: z.uuid(), sentAt: z.string() });
const markedResponse = z.object({ marked: z.number().int() });
const patientParams = z.strictObject({ patientId: z.uuid() });

/** Secure messages: the patient's side under /me, the clinician's under /patients/:patientId. */
export const messageRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['messages'];
  const patient = { access: ['patient'] as const };
  const clinician = { access: ['clinician'] as const };
  const who = (request: Parameters<typeof requestMeta>[0]) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
  });

  app.get(
    '/api/v1/me/messages',
    { config: patient, schema: { tags, response: { 200: threadResponse } } },
    async (request) => ownThread(ctx, who(request)),
  );

  app.post(
    '/api/v1/me/messages',
    { config: patient, schema: { tags, body: messageBody, response: { 201: sentResponse } } },
    async (request, reply) =>
      reply.code(201).send(await sendFromPatient(ctx, who(request), request.body.body)),
  );

  app.post(
    '/api/v1/me/messages/read',
    { config: patient, schema: { tags, response: { 200: markedResponse } } },
    async (request) => markOwnRead(ctx, who(request)),
  );

  app.get(
    '/api/v1/patients/:patientId/messages',
    { config: clinician, schema: { tags, params: patientParams, response: { 200: threadResponse } } },
    async (request) => patientThread(ctx, { ...who(request), patientId: request.params.patientId }),
  );

  app.post(
    '/api/v1/patients/:patientId/messages',
    {
      config: clinician,
      schema: { tags, params: patientParams, body: messageBody, response: { 201: sentResponse } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await sendToPatient(
            ctx,
            { ...who(request), patientId: request.params.patientId },
            request.body.body,
          ),
        ),
  );

  app.post(
    '/api/v1/patients/:patientId/messages/read',
    { config: clinician, schema: { tags, params: patientParams, response: { 200: markedResponse } } },
    async (request) => markPatientMessagesRead(ctx, { ...who(request), patientId: request.params.patientId }),
  );
};
