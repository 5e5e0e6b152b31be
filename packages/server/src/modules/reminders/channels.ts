import { and, eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { Executor } from '../../db/client';
import { pushSubscriptions } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';

/**
 * How one reminder row is delivered. Reminder text is the same for everyone
 * and says nothing about health (no pain scores, no plan, no condition): an
 * email or a lock-screen notification can be seen by others.
 */

export interface WebPushSettings {
  readonly publicKey: string;
  readonly privateKey: string;
  /** A mailto: or https: contact for the push service (RFC 8292). */
  readonly subject: string;
}

export interface PushTarget {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** Sends one Web Push message; throws an error with `statusCode` on a refusal. */
export type PushSender = (target: PushTarget, payload: string, settings: WebPushSettings) => Promise<void>;

export const sendWithWebPush: PushSender = async (target, payload, settings) => {
  await webpush.sendNotification(target, payload, {
    vapidDetails: {
      subject: settings.subject,
      publicKey: settings.publicKey,
      privateKey: settings.privateKey,
    },
    TTL: 3600,
  });
};

export interface DeliveryChannels {
  readonly mailer: Mailer;
  /** Base URL for the link in emails. */
  readonly publicUrl: string;
  /** Null when VAPID keys are not configured: web_push rows are skipped. */
  readonly webPush: WebPushSettings | null;
  readonly pushSender?: PushSender;
}

export interface DueDelivery {
  readonly orgId: string;
  readonly patientId: string;
  readonly dueAt: Date;
  readonly channel: 'in_app' | 'email' | 'web_push';
  readonly email: string;
  readonly language: string;
}

export interface DeliveryOutcome {
  readonly status: 'sent' | 'failed' | 'skipped';
  readonly error?: string;
}

export const REMINDER_TEXT = {
  en: {
    title: 'BackPlan',
    body: 'Your daily BackPlan reminder: a few minutes for yourself today.',
    subject: 'Your daily BackPlan reminder',
    email: (url: string) =>
      `Hello,\n\nThis is your daily reminder from BackPlan.\n\nOpen BackPlan: ${url}\n\nYou can change the time or turn reminders off in BackPlan, under Reminders.\n`,
  },
  es: {
    title: 'BackPlan',
    body: 'Tu recordatorio diario de BackPlan: unos minutos para ti hoy.',
    subject: 'Tu recordatorio diario de BackPlan',
    email: (url: string) =>
      `Hola:\n\nEste es tu recordatorio diario de BackPlan.\n\nAbre BackPlan: ${url}\n\nPuedes cambiar la hora o desactivar los recordatorios en BackPlan, en Recordatorios.\n`,
  },
} as const;

const textFor = (language: string) => (language.startsWith('es') ? REMINDER_TEXT.es : REMINDER_TEXT.en);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

async function deliverPush(
  tx: Executor,
  channels: DeliveryChannels,
  row: DueDelivery,
): Promise<DeliveryOutcome> {
  if (!channels.webPush) return { status: 'skipped', error: 'Web Push is not configured (no VAPID keys)' };
  const targets = await tx
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.orgId, row.orgId), eq(pushSubscriptions.patientId, row.patientId)))
    .limit(10);
  if (targets.length === 0) return { status: 'skipped', error: 'no browser is subscribed' };
  const text = textFor(row.language);
  const payload = JSON.stringify({ title: text.title, body: text.body, url: '/' });
  const send = channels.pushSender ?? sendWithWebPush;
  let delivered = 0;
  const errors: string[] = [];
  for (const target of targets) {
    try {
      await send(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        channels.webPush,
      );
      delivered += 1;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404/410: the browser unsubscribed (RFC 8030 §7.3); forget it.
      if (status === 404 || status === 410) {
        await tx
          .delete(pushSubscriptions)
          .where(and(eq(pushSubscriptions.orgId, row.orgId), eq(pushSubscriptions.id, target.id)));
      }
      errors.push(messageOf(error));
    }
  }
  return delivered > 0 ? { status: 'sent' } : { status: 'failed', error: errors.join('; ') };
}

export async function deliver(
  tx: Executor,
  channels: DeliveryChannels,
  row: DueDelivery,
): Promise<DeliveryOutcome> {
  switch (row.channel) {
    case 'in_app':
      return { status: 'sent' };
    case 'email': {
      if (!channels.mailer.enabled)
        return { status: 'skipped', error: 'email is disabled (SMTP_URL is not set)' };
      const text = textFor(row.language);
      try {
        await channels.mailer.send({
          to: row.email,
          subject: text.subject,
          text: text.email(channels.publicUrl),
        });
        return { status: 'sent' };
      } catch (error) {
        return { status: 'failed', error: messageOf(error) };
      }
    }
    case 'web_push':
      return deliverPush(tx, channels, row);
  }
}
