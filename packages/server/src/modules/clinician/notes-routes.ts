import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { addVisitNote, listVisitNotes } from './notes-service';
import { patientParams } from './record-schemas';

const noteSchema = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  body: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
});

/** Visit notes: list and add. */
export const notesRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['clinician'];
  const config = { access: ['clinician'] as const };
  const who = (request: Parameters<typeof requestMeta>[0] & { params: { patientId: string } }) => ({
    principal: requirePrincipal(request),
    meta: requestMeta(request),
    patientId: request.params.patientId,
  });

  app.get(
    '/api/v1/patients/:patientId/notes',
    {
      config,
      schema: { tags, params: patientParams, response: { 200: z.object({ notes: z.array(noteSchema) }) } },
    },
    async (request) => listVisitNotes(ctx, who(request)),
  );

  app.post(
    '/api/v1/patients/:patientId/notes',
    {
      config,
      schema: {
        tags,
        params: patientParams,
        body: z.strictObject({ visitedOn: z.iso.date(), body: z.string().trim().min(1).max(10_000) }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await addVisitNote(ctx, who(request), request.body)),
  );
};
