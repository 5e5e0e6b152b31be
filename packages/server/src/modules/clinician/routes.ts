import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { cardsRoutes } from './cards-routes';
import { clearanceRoutes } from './clearance-routes';
import { medicationRoutes } from './medication-routes';
import { notesRoutes } from './notes-routes';
import { panelRoutes } from './panel-routes';
import { planRoutes } from './plan-routes';
import { recordRoutes } from './record-routes';
import { safetyFactsRoutes } from './safety-facts-routes';

/** Every clinician-workspace route, registered with one line in app.ts. */
export const clinicianRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, opts) => {
  await app.register(panelRoutes, opts);
  await app.register(recordRoutes, opts);
  await app.register(cardsRoutes, opts);
  await app.register(planRoutes, opts);
  await app.register(medicationRoutes, opts);
  await app.register(safetyFactsRoutes, opts);
  await app.register(notesRoutes, opts);
  await app.register(clearanceRoutes, opts);
};
