import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { sharingState } from '../organisations/sharing';
import { accessLog, joinClinic, sharingOverview, stopSharing } from './consent-service';

const joinBody = z.union([
  z.strictObject({ code: z.string().min(4).max(32) }),
  z.strictObject({
    token: z
      .string()
      .min(16)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/),
  }),
]);

const sharingResponse = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['clinic', 'personal']) }),
  sharing: sharingState,
  consentedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  people: z.array(
    z.object({ displayName: z.string(), role: z.enum(['clinician', 'admin']), canOpenRecord: z.boolean() }),
  ),
});

const accessLogResponse = z.object({
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      resource: z.string(),
      outcome: z.string(),
      actor: z.object({
        kind: z.enum(['you', 'person', 'deleted-account']),
        displayName: z.string().nullable(),
        role: z.string().nullable(),
      }),
    }),
  ),
});

/** The patient's side of sharing: join a clinic, see who has access, stop sharing, see who opened the record. */
export const consentRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['consent'];
  const patientOnly = { access: ['patient'] as const };

  app.post(
    '/api/v1/me/clinic/join',
    {
      config: patientOnly,
      schema: {
        tags,
        body: joinBody,
        response: { 200: z.object({ organisation: z.object({ id: z.uuid(), name: z.string() }) }) },
      },
    },
    async (request) => joinClinic(ctx, requirePrincipal(request), request.body, requestMeta(request)),
  );

  app.get(
    '/api/v1/me/sharing',
    { config: patientOnly, schema: { tags, response: { 200: sharingResponse } } },
    async (request) => sharingOverview(ctx, requirePrincipal(request), requestMeta(request)),
  );

  app.post('/api/v1/me/sharing/revoke', { config: patientOnly, schema: { tags } }, async (request, reply) => {
    await stopSharing(ctx, requirePrincipal(request), requestMeta(request));
    return reply.code(204).send();
  });

  app.get(
    '/api/v1/me/access-log',
    { config: patientOnly, schema: { tags, response: { 200: accessLogResponse } } },
    async (request) => ({ events: await accessLog(ctx, requirePrincipal(request), requestMeta(request)) }),
  );
};
