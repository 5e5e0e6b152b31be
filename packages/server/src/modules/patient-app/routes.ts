import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import type { WebPushSettings } from '../reminders/channels';
import { reminderRoutes } from '../reminders/routes';
import { reportRoutes } from '../reports/routes';
import { checkInRoutes } from './check-in-routes';
import { flareRoutes } from './flare-routes';
import { goalRoutes } from './goal-routes';
import { intakeRoutes } from './intake-routes';
import { measureRoutes } from './measure-routes';
import { medicationRoutes } from './medication-routes';
import { progressRoutes } from './progress-routes';
import { todayRoutes } from './today-routes';

/** Every route of the patient app (see README.md). Registered from app.ts with one line. */
export const patientAppRoutes: FastifyPluginAsyncZod<{
  ctx: ServiceContext;
  webPush?: WebPushSettings | null | undefined;
}> = async (app, opts) => {
  await app.register(checkInRoutes, opts);
  await app.register(intakeRoutes, opts);
  await app.register(todayRoutes, opts);
  await app.register(flareRoutes, opts);
  await app.register(measureRoutes, opts);
  await app.register(progressRoutes, opts);
  await app.register(medicationRoutes, opts);
  await app.register(goalRoutes, opts);
  await app.register(reminderRoutes, { ctx: opts.ctx, webPush: opts.webPush ?? null });
  await app.register(reportRoutes, { ctx: opts.ctx });
};
