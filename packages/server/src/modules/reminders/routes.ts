import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { patientRequest } from '../patient-app/request';
import {
  notificationsResponse,
  pushSubscriptionBody,
  pushSubscriptionResponse,
  reminderSettingsBody,
  reminderSettingsResponse,
} from '../patient-app/schemas';
import type { WebPushSettings } from './channels';
import { addPushSubscription, getReminderSettings, listNotifications, putReminderSettings } from './settings';

/** Reminder settings, in-app reminders and Web Push subscriptions for the signed-in patient. */
export const reminderRoutes: FastifyPluginAsyncZod<{
  ctx: ServiceContext;
  webPush: WebPushSettings | null;
}> = async (app, { ctx, webPush }) => {
  const tags = ['reminders'];
  const config = { access: ['patient'] as const };

  app.get(
    '/api/v1/me/reminders',
    { config, schema: { tags, response: { 200: reminderSettingsResponse } } },
    async (request) => getReminderSettings(patientRequest(ctx, request), webPush),
  );

  app.put(
    '/api/v1/me/reminders',
    { config, schema: { tags, body: reminderSettingsBody, response: { 200: reminderSettingsResponse } } },
    async (request) => putReminderSettings(patientRequest(ctx, request), request.body, webPush),
  );

  app.get(
    '/api/v1/me/notifications',
    { config, schema: { tags, response: { 200: notificationsResponse } } },
    async (request) => listNotifications(patientRequest(ctx, request)),
  );

  app.post(
    '/api/v1/me/push-subscriptions',
    { config, schema: { tags, body: pushSubscriptionBody, response: { 201: pushSubscriptionResponse } } },
    async (request, reply) =>
      reply.code(201).send(await addPushSubscription(patientRequest(ctx, request), request.body)),
  );
};
