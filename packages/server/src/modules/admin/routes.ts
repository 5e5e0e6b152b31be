import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { exportAudit, listUsers } from './admin-service';

const usersResponse = z.object({
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  users: z.array(
    z.object({
      id: z.uuid(),
      orgId: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(['patient', 'clinician', 'admin']),
      totpEnabled: z.boolean(),
      createdAt: z.string(),
    }),
  ),
});

const auditQuery = z.strictObject({
  format: z.enum(['ndjson', 'csv']).default('ndjson'),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** Admin: the accounts of their clinics and the audit log export. Admins never open patient records. */
export const adminRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/v1/admin/users',
    { config: { access: ['admin'] }, schema: { tags, response: { 200: usersResponse } } },
    async (request) => listUsers(ctx, requirePrincipal(request), requestMeta(request)),
  );

  app.get(
    '/api/v1/admin/audit',
    { config: { access: ['admin'] }, schema: { tags, querystring: auditQuery } },
    async (request, reply) => {
      const { format, from, to } = request.query;
      const lines = exportAudit(
        ctx,
        requirePrincipal(request),
        { format, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        requestMeta(request),
      );
      const day = ctx.clock().toISOString().slice(0, 10);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="backplan-audit-${day}.${format}"`)
        .send(Readable.from(lines));
    },
  );
};
