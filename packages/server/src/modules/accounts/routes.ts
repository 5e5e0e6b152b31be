import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisations, users } from '../../db/schema';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import { listPatientsInScope, withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { sharingOf, sharingState } from '../organisations/sharing';

const patientSummary = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  displayName: z.string(),
  organisation: z.object({ name: z.string(), kind: z.enum(['clinic', 'personal']) }),
  sharing: sharingState,
});

/** Patient records as clinicians (their clinic's consenting patients) and patients (their own) see them. */
export const accountRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patients'];

  app.get(
    '/api/v1/patients',
    {
      config: { access: ['clinician'] },
      schema: {
        tags,
        response: {
          200: z.object({
            patients: z.array(z.object({ id: z.uuid(), orgId: z.uuid(), displayName: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const rows = await listPatientsInScope(ctx, requirePrincipal(request), requestMeta(request));
      return { patients: rows.map(({ id, orgId, displayName }) => ({ id, orgId, displayName })) };
    },
  );

  app.get(
    '/api/v1/patients/:patientId',
    {
      config: { access: ['patient', 'clinician'] },
      schema: { tags, params: z.object({ patientId: z.uuid() }), response: { 200: patientSummary } },
    },
    async (request) =>
      withPatientRecord(
        ctx,
        {
          principal: requirePrincipal(request),
          meta: requestMeta(request),
          patientId: request.params.patientId,
          action: 'read',
          resource: 'patient',
        },
        async (tx, patient) => {
          const [row] = await tx
            .select({
              displayName: users.displayName,
              orgName: organisations.name,
              orgKind: organisations.kind,
            })
            .from(users)
            .innerJoin(organisations, eq(organisations.id, patient.orgId))
            .where(eq(users.id, patient.userId));
          return {
            id: patient.id,
            orgId: patient.orgId,
            displayName: row?.displayName ?? '',
            organisation: { name: row?.orgName ?? '', kind: row?.orgKind ?? 'personal' },
            sharing: sharingOf(patient),
          };
        },
      ),
  );
};
