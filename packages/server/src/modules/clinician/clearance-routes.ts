import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import { recordClearance } from './clearance-service';
import { clearanceViewSchema, patientParams } from './record-schemas';

export const clearanceBody = z.strictObject({
  assessmentId: z.uuid().describe('The blocked assessment, which must be the latest'),
  reason: z.string().trim().min(10).max(2000).describe('Why the red flag no longer applies'),
  findings: z.string().trim().min(3).max(2000).describe('What was examined and ruled out (e.g. MRI: no CES)'),
  clearedOn: z.iso.date().optional().describe('The day the patient was assessed; today when omitted'),
});

const redFlagSchema = z.object({ action: z.enum(['emergency', 'urgent']), source: z.string() }).nullable();

/**
 * `POST /api/v1/patients/:patientId/red-flags/clearance`: a clinician of the patient's
 * clinic records that they have assessed a red flag and ruled out the emergency
 * (clinical.md §4.1). Not for PHQ-9 item 9 (clinical.md §3.3).
 */
export const clearanceRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(
    '/api/v1/patients/:patientId/red-flags/clearance',
    {
      config: { access: ['clinician'] as const },
      schema: {
        tags: ['clinician'],
        params: patientParams,
        body: clearanceBody,
        response: {
          201: z.object({
            clearance: clearanceViewSchema.nullable(),
            cleared: z.object({
              previous: redFlagSchema,
              assessmentFlags: z.array(z.object({ condition: z.string(), action: z.string() })),
            }),
            programmeEligible: z.boolean(),
            carePlanVersion: z.number().nullable(),
            carePlanStarted: z.boolean(),
            triage: z.object({ priority: z.number(), reasons: z.array(z.string()) }),
            selfHarmFlag: z.boolean(),
            note: z.string(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordClearance(
          ctx,
          {
            principal: requirePrincipal(request),
            meta: requestMeta(request),
            patientId: request.params.patientId,
          },
          request.body,
        ),
      ),
  );
};
