import { conflict } from '../../errors';
import type { MailMessage } from '../../mail/mailer';
import { withOwnRecord, withPatientRecord } from '../audit/patient-data';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { sharingOf } from '../organisations/sharing';
import { refreshPatientSummary } from '../summaries/refresh';
import { newMessageForClinician, newMessageForPatient } from './notification';
import {
  accountOf,
  cliniciansOf,
  insertMessage,
  markRead,
  type PatientKey,
  threadOf,
  unreadCount,
} from './repository';

/**
 * Secure asynchronous messages between a patient and their care team. Both
 * sides go through the audited record path; the other side is told by an email
 * that says only that a message is waiting (notification.ts).
 */

type Ctx = Pick<ServiceContext, 'db' | 'clock' | 'mailer' | 'settings' | 'log'>;

export const THREAD_LIMIT = 200;

const today = (now: Date) => now.toISOString().slice(0, 10);

interface Who {
  readonly principal: Principal;
  readonly meta: RequestMeta;
}

function view(rows: Awaited<ReturnType<typeof threadOf>>) {
  return rows.map((row) => ({
    id: row.id,
    fromPatient: row.fromPatient,
    body: row.body,
    sentAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    senderName: row.senderName,
  }));
}

/** Mail is sent after the message is safely stored; a mail failure is logged, never lost as a 500. */
async function notify(ctx: Ctx, messages: readonly MailMessage[]): Promise<void> {
  for (const message of messages) {
    try {
      await ctx.mailer.send(message);
    } catch (error) {
      ctx.log.error({ err: error }, 'new-message email failed');
    }
  }
}

async function thread(tx: Parameters<typeof threadOf>[0], patient: PatientKey, unreadFromPatient: boolean) {
  return {
    messages: view(await threadOf(tx, patient, THREAD_LIMIT)),
    unread: await unreadCount(tx, patient, unreadFromPatient),
  };
}

export function ownThread(ctx: Ctx, who: Who) {
  return withOwnRecord(ctx, { ...who, action: 'read', resource: 'messages' }, (tx, patient) =>
    thread(tx, patient, false),
  );
}

export async function sendFromPatient(ctx: Ctx, who: Who, body: string) {
  const now = ctx.clock();
  const result = await withOwnRecord(
    ctx,
    { ...who, action: 'create', resource: 'messages' },
    async (tx, patient) => {
      if (sharingOf(patient) !== 'active')
        throw conflict(
          'You are not sharing your record with a care team, so there is no one to message yet.',
        );
      const row = await insertMessage(tx, patient, {
        senderId: who.principal.userId,
        fromPatient: true,
        body,
        createdAt: now,
      });
      await refreshPatientSummary(tx, patient.orgId, patient.id, today(now));
      return { id: row.id, recipients: await cliniciansOf(tx, patient.orgId) };
    },
  );
  await notify(
    ctx,
    result.recipients.map((r) => newMessageForClinician(r.email, r.language, ctx.settings.publicUrl)),
  );
  return { id: result.id, sentAt: now.toISOString() };
}

export function markOwnRead(ctx: Ctx, who: Who) {
  const now = ctx.clock();
  return withOwnRecord(ctx, { ...who, action: 'update', resource: 'messages' }, async (tx, patient) => ({
    marked: await markRead(tx, patient, false, now),
  }));
}

export function patientThread(ctx: Ctx, who: Who & { patientId: string }) {
  return withPatientRecord(ctx, { ...who, action: 'read', resource: 'messages' }, (tx, patient) =>
    thread(tx, patient, true),
  );
}

export async function sendToPatient(ctx: Ctx, who: Who & { patientId: string }, body: string) {
  const now = ctx.clock();
  const result = await withPatientRecord(
    ctx,
    { ...who, action: 'create', resource: 'messages' },
    async (tx, patient) => {
      const row = await insertMessage(tx, patient, {
        senderId: who.principal.userId,
        fromPatient: false,
        body,
        createdAt: now,
      });
      return { id: row.id, recipient: await accountOf(tx, patient.userId) };
    },
  );
  if (result.recipient)
    await notify(ctx, [
      newMessageForPatient(result.recipient.email, result.recipient.language, ctx.settings.publicUrl),
    ]);
  return { id: result.id, sentAt: now.toISOString() };
}

export function markPatientMessagesRead(ctx: Ctx, who: Who & { patientId: string }) {
  const now = ctx.clock();
  return withPatientRecord(ctx, { ...who, action: 'update', resource: 'messages' }, async (tx, patient) => {
    const marked = await markRead(tx, patient, true, now);
    await refreshPatientSummary(tx, patient.orgId, patient.id, today(now));
    return { marked };
  });
}
