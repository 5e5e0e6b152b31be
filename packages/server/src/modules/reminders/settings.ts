import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { patientCareSettings, pushSubscriptions, reminderDeliveries } from '../../db/schema';
import { badRequest } from '../../errors';
import { own, type PatientRequest } from '../patient-app/own-record';
import type { REMINDER_CHANNELS } from '../patient-app/schemas';
import { REMINDER_TEXT, type WebPushSettings } from './channels';

/** The patient's reminder settings, their in-app reminders and their browsers for Web Push. */
type Channel = (typeof REMINDER_CHANNELS)[number];

export interface ReminderSettings {
  readonly time: string | null;
  readonly timeZone: string;
  readonly repeatAfterMinutes: number | null;
  readonly quietDays: number[];
  readonly channels: Channel[];
}

const webPushView = (webPush: WebPushSettings | null) => ({
  available: webPush !== null,
  publicKey: webPush?.publicKey ?? null,
});

export async function getReminderSettings(request: PatientRequest, webPush: WebPushSettings | null) {
  return own(request, 'read', 'reminder-settings', async (tx, patient) => {
    const [row] = await tx
      .select()
      .from(patientCareSettings)
      .where(and(eq(patientCareSettings.orgId, patient.orgId), eq(patientCareSettings.patientId, patient.id)))
      .limit(1);
    return {
      time: row?.reminderTime ?? null,
      timeZone: row?.timeZone ?? 'UTC',
      repeatAfterMinutes: row?.reminderRepeatMinutes ?? null,
      quietDays: row?.reminderQuietDays ?? [],
      channels: (row?.reminderChannels ?? ['in_app']) as Channel[],
      webPush: webPushView(webPush),
    };
  });
}

export async function putReminderSettings(
  request: PatientRequest,
  settings: ReminderSettings,
  webPush: WebPushSettings | null,
) {
  const now = request.ctx.clock();
  return own(request, 'update', 'reminder-settings', async (tx, patient) => {
    // The scheduler applies time zones in PostgreSQL, so the zone must be one it knows.
    const known = await tx.execute(
      sql`SELECT 1 FROM pg_timezone_names WHERE name = ${settings.timeZone} LIMIT 1`,
    );
    if (known.rows.length === 0) {
      throw badRequest('Unknown time zone.', [
        { path: 'body.timeZone', message: 'must be an IANA time zone such as Europe/Madrid' },
      ]);
    }
    const values = {
      reminderTime: settings.time,
      timeZone: settings.timeZone,
      reminderRepeatMinutes: settings.repeatAfterMinutes,
      reminderQuietDays: [...new Set(settings.quietDays)].sort(),
      reminderChannels: [...new Set(settings.channels)],
      updatedAt: now,
    };
    await tx
      .insert(patientCareSettings)
      .values({ orgId: patient.orgId, patientId: patient.id, ...values })
      .onConflictDoUpdate({
        target: [patientCareSettings.orgId, patientCareSettings.patientId],
        set: values,
      });
    return {
      time: values.reminderTime,
      timeZone: values.timeZone,
      repeatAfterMinutes: values.reminderRepeatMinutes,
      quietDays: values.reminderQuietDays,
      channels: values.reminderChannels,
      webPush: webPushView(webPush),
    };
  });
}

/** In-app reminders delivered in the last 30 days, newest first. */
export async function listNotifications(request: PatientRequest) {
  const now = request.ctx.clock();
  const text = request.principal.language.startsWith('es') ? REMINDER_TEXT.es : REMINDER_TEXT.en;
  return own(request, 'read', 'notifications', async (tx, patient) => {
    const rows = await tx
      .select({ dueAt: reminderDeliveries.dueAt })
      .from(reminderDeliveries)
      .where(
        and(
          eq(reminderDeliveries.orgId, patient.orgId),
          eq(reminderDeliveries.patientId, patient.id),
          eq(reminderDeliveries.channel, 'in_app'),
          eq(reminderDeliveries.status, 'sent'),
          gte(reminderDeliveries.dueAt, new Date(now.getTime() - 30 * 86_400_000)),
        ),
      )
      .orderBy(desc(reminderDeliveries.dueAt))
      .limit(50);
    return {
      notifications: rows.map((row) => ({
        id: `reminder-${row.dueAt.toISOString()}`,
        at: row.dueAt.toISOString(),
        title: text.title,
        body: text.body,
      })),
    };
  });
}

export async function addPushSubscription(
  request: PatientRequest,
  body: { endpoint: string; keys: { p256dh: string; auth: string } },
) {
  if (!body.endpoint.startsWith('https://')) {
    throw badRequest('A push endpoint must use https.', [
      { path: 'body.endpoint', message: 'must be an https URL' },
    ]);
  }
  return own(request, 'create', 'push-subscription', async (tx, patient) => {
    const values = { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth };
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ orgId: patient.orgId, patientId: patient.id, ...values })
      .onConflictDoUpdate({
        target: [pushSubscriptions.orgId, pushSubscriptions.patientId, pushSubscriptions.endpoint],
        set: values,
      })
      .returning({ id: pushSubscriptions.id });
    if (!row) throw new Error('push subscription upsert returned no row');
    return { id: row.id };
  });
}
