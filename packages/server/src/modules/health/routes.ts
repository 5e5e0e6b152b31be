import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthBody = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness (`/healthz`: the process is up) and readiness (`/readyz`: the database answers). */
export const healthRoutes: FastifyPluginAsyncZod<{ ping: () => Promise<boolean> }> = async (app, opts) => {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: healthBody } } }, async () => ({
    status: 'ok' as const,
  }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: healthBody, 503: healthBody } } },
    async (_request, reply) => {
      const ready = await opts.ping();
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable' });
    },
  );
};
