import {
  assessmentSchema,
  decisionCardsSchema,
  intakeSchema,
  mmeReportSchema,
  patientStateSchema,
} from '@backplan/clinical';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluateAssessment, evaluateMme, evaluateRecommendations, mmeRequestSchema } from './evaluate';

/**
 * Stateless clinical calculators over HTTP. They store nothing and read no
 * record, so they are open like any published calculator; the general API
 * rate limit applies. Invalid input is a 400 naming each failing field.
 */
export const clinicalApiRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { access: 'public' as const };

  app.post(
    '/api/v1/assessments/evaluate',
    {
      config,
      schema: {
        tags: ['clinical calculators'],
        summary: 'Assess an intake: chronicity, phenotype, red flags, risk group, scores, eligibility',
        body: intakeSchema,
        response: { 200: assessmentSchema },
      },
    },
    async (request) => evaluateAssessment(request.body),
  );

  app.post(
    '/api/v1/care/recommendations',
    {
      config,
      schema: {
        tags: ['clinical calculators'],
        summary: 'Stepped-care decision cards for a patient state (clinician and patient versions)',
        body: patientStateSchema,
        response: { 200: z.object({ cards: decisionCardsSchema }) },
      },
    },
    async (request) => evaluateRecommendations(request.body),
  );

  app.post(
    '/api/v1/medications/mme',
    {
      config,
      schema: {
        tags: ['clinical calculators'],
        summary: 'Morphine milligram equivalents per drug and in total (CDC 2022), with safety alerts',
        body: mmeRequestSchema,
        response: { 200: mmeReportSchema },
      },
    },
    async (request) => evaluateMme(request.body),
  );
};
