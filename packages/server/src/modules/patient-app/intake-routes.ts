import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import {
  currentCarePlan,
  latestAssessment,
  loadIntakeDraft,
  saveIntakeDraft,
  submitIntake,
  submitReassessment,
} from './intake';
import {
  assessmentResponse,
  carePlanResponse,
  intakeDraftBody,
  intakeDraftResponse,
  intakeResponse,
  patientIntakeBody,
} from './schemas';

/** Intake, reassessment, the saved wizard draft and the current care plan. */
export const intakeRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['patient-app'];
  const config = { access: ['patient'] as const };
  const who = (request: Parameters<typeof requirePrincipal>[0]) => ({
    ctx,
    principal: requirePrincipal(request),
    meta: requestMeta(request),
  });

  app.post(
    '/api/v1/me/intake',
    { config, schema: { tags, body: patientIntakeBody, response: { 201: intakeResponse } } },
    async (request, reply) => reply.code(201).send(await submitIntake(who(request), request.body)),
  );

  app.post(
    '/api/v1/me/reassessments',
    { config, schema: { tags, body: patientIntakeBody, response: { 201: intakeResponse } } },
    async (request, reply) => reply.code(201).send(await submitReassessment(who(request), request.body)),
  );

  app.get(
    '/api/v1/me/assessment',
    { config, schema: { tags, response: { 200: assessmentResponse } } },
    async (request) => latestAssessment(who(request)),
  );

  app.put(
    '/api/v1/me/intake-draft',
    { config, schema: { tags, body: intakeDraftBody, response: { 200: intakeDraftResponse } } },
    async (request) => saveIntakeDraft(who(request), request.body),
  );

  app.get(
    '/api/v1/me/intake-draft',
    { config, schema: { tags, response: { 200: intakeDraftResponse } } },
    async (request) => loadIntakeDraft(who(request)),
  );

  app.get(
    '/api/v1/me/care-plan',
    { config, schema: { tags, response: { 200: carePlanResponse } } },
    async (request) => currentCarePlan(who(request)),
  );
};
