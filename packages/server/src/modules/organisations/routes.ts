import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { createInvite, invitesOf } from './invite-service';

const orgParams = z.object({ orgId: z.uuid() });

/** Clinic invitations: /api/v1/organisations/:orgId/invites (clinicians and admins of that clinic). */
export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['organisations'];

  app.post(
    '/api/v1/organisations/:orgId/invites',
    {
      config: { access: ['clinician', 'admin'] },
      schema: {
        tags,
        params: orgParams,
        response: {
          201: z.object({ id: z.uuid(), code: z.string(), link: z.string(), expiresAt: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const invite = await createInvite(
        ctx,
        requirePrincipal(request),
        request.params.orgId,
        requestMeta(request),
      );
      return reply.code(201).send(invite);
    },
  );

  app.get(
    '/api/v1/organisations/:orgId/invites',
    {
      config: { access: ['clinician', 'admin'] },
      schema: {
        tags,
        params: orgParams,
        response: {
          200: z.object({
            invites: z.array(
              z.object({
                id: z.uuid(),
                createdAt: z.string(),
                expiresAt: z.string(),
                status: z.enum(['open', 'used', 'expired']),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ invites: await invitesOf(ctx, requirePrincipal(request), request.params.orgId) }),
  );
};
