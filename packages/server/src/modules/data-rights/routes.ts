import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookies, requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { passwordField } from '../auth/schemas';
import { deleteOwnAccount, exportPatientData } from './data-rights-service';

/** A patient's rights over their data: download all of it, or erase the account. */
export const dataRightsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['data rights'];

  app.get(
    '/api/v1/me/export',
    { config: { access: ['patient'] }, schema: { tags } },
    async (request, reply) => {
      const data = await exportPatientData(ctx, requirePrincipal(request), requestMeta(request));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="backplan-export-${day}.json"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.delete(
    '/api/v1/me',
    {
      config: { access: ['patient'] },
      schema: { tags, body: z.strictObject({ password: passwordField }) },
    },
    async (request, reply) => {
      await deleteOwnAccount(ctx, requirePrincipal(request), request.body.password, requestMeta(request));
      clearSessionCookies(reply, ctx.settings);
      return reply.code(204).send();
    },
  );
};
