import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { createTestApp, type TestApp } from '../../../test/app';
import { type SmtpListener, startSmtpListener } from '../../../test/smtp';
import { createSmtpMailer } from '../../mail/smtp';
import { checkInFor, signedInPatient, type TestPatient } from '../patient-app/test-support/patients';
import type { PushTarget } from './channels';
import { deliverPendingReminders, scheduleDueReminders, startReminderScheduler } from './scheduler';

let t: TestApp;
let smtp: SmtpListener;
let mailer: ReturnType<typeof createSmtpMailer>;
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:admin@clinic.example' };

beforeAll(async () => {
  smtp = await startSmtpListener();
  mailer = createSmtpMailer({ url: smtp.url, from: 'BackPlan <no-reply@test.example>' });
  t = await createTestApp({ webPush: vapid });
});

afterAll(async () => {
  mailer.close();
  await t.close();
  await smtp.close();
});

const put = (patient: TestPatient, body: object) =>
  patient.client.request({ method: 'PUT', url: '/api/v1/me/reminders', payload: body });
const daily = (overrides: object = {}) => ({
  time: '09:00',
  timeZone: 'Europe/Madrid',
  repeatAfterMinutes: null,
  quietDays: [],
  channels: ['in_app', 'email'],
  ...overrides,
});
const rowsOf = async (patientId: string) =>
  (
    await t.database.handle.pool.query(
      'SELECT channel, status, sent_by, due_at FROM reminder_deliveries WHERE patient_id = $1 ORDER BY due_at, channel',
      [patientId],
    )
  ).rows;

describe('reminder settings', () => {
  it('saves and reads the daily reminder, with Web Push availability', async () => {
    const patient = await signedInPatient(t);
    const empty = (await patient.client.get('/api/v1/me/reminders')).json();
    expect(empty).toMatchObject({ time: null, timeZone: 'UTC', channels: ['in_app'] });
    expect(empty.webPush).toEqual({ available: true, publicKey: vapid.publicKey });
    const saved = await put(patient, daily({ quietDays: [0, 6, 6], repeatAfterMinutes: 60 }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ time: '09:00', quietDays: [0, 6], repeatAfterMinutes: 60 });
    expect((await patient.client.get('/api/v1/me/reminders')).json().timeZone).toBe('Europe/Madrid');
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ['a time that is not HH:MM', { time: '25:00' }, 'body.time'],
    ['a channel not on the list', { channels: ['sms'] }, 'body.channels.0'],
    ['no channel', { channels: [] }, 'body.channels'],
    ['a weekday out of range', { quietDays: [7] }, 'body.quietDays.0'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_name, override, path) => {
    const patient = await signedInPatient(t);
    const response = await put(patient, daily(override));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe(path);
    expect(await patient.rows('patient_care_settings')).toBe(0);
  });
});

describe('the reminder scheduler', () => {
  it('two schedulers on one database send each reminder exactly once, by email with no health details', async () => {
    const patients = await Promise.all([signedInPatient(t), signedInPatient(t), signedInPatient(t)]);
    for (const patient of patients) expect((await put(patient, daily())).statusCode).toBe(200);
    // 09:00 in Madrid on 2 March 2026 is 08:00 UTC.
    const now = new Date('2026-03-02T08:00:30Z');
    const channels = { mailer, publicUrl: 'https://backplan.example', webPush: null };
    const a = startReminderScheduler({
      db: t.database.handle.db,
      channels,
      clock: () => now,
      intervalMs: 3_600_000,
      instanceId: 'a',
    });
    const b = startReminderScheduler({
      db: t.database.handle.db,
      channels,
      clock: () => now,
      intervalMs: 3_600_000,
      instanceId: 'b',
    });
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.stop(), b.stop()]);
    for (const patient of patients) {
      const rows = await rowsOf(patient.patientId);
      expect(rows.map((r) => `${r.channel}:${r.status}`)).toEqual(['email:sent', 'in_app:sent']);
      expect(['a', 'b']).toContain(rows[0].sent_by);
      const mails = smtp.messages.filter((m) => m.to.includes(patient.email.toLowerCase()));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.raw).toContain('daily reminder from BackPlan');
      expect(mails[0]?.raw).not.toMatch(/pain|flare|medicine|mood/i);
      const inApp = (await patient.client.get('/api/v1/me/notifications')).json().notifications;
      expect(inApp).toHaveLength(1);
      expect(inApp[0].at).toBe('2026-03-02T08:00:00.000Z');
    }
  });

  it('is quiet on quiet days, not early, not hours late, and repeats only while the check-in is not done', async () => {
    const quiet = await signedInPatient(t);
    await put(quiet, daily({ quietDays: [1], channels: ['in_app'] })); // 2 March 2026 is a Monday
    const repeat = await signedInPatient(t);
    await put(repeat, daily({ timeZone: 'UTC', repeatAfterMinutes: 30, channels: ['in_app'] }));
    const checkedIn = await signedInPatient(t);
    await put(checkedIn, daily({ timeZone: 'UTC', repeatAfterMinutes: 30, channels: ['in_app'] }));
    expect((await checkedIn.client.post('/api/v1/me/check-ins', checkInFor('2026-03-02'))).statusCode).toBe(
      201,
    );

    const db = t.database.handle.db;
    await scheduleDueReminders(db, new Date('2026-03-02T08:59:00Z'));
    expect(await rowsOf(repeat.patientId)).toEqual([]);
    await scheduleDueReminders(db, new Date('2026-03-02T09:31:00Z'));
    expect(await rowsOf(quiet.patientId)).toEqual([]);
    expect((await rowsOf(repeat.patientId)).map((r) => r.due_at.toISOString())).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:30:00.000Z',
    ]);
    expect((await rowsOf(checkedIn.patientId)).map((r) => r.due_at.toISOString())).toEqual([
      '2026-03-02T09:00:00.000Z',
    ]);
    const late = await signedInPatient(t);
    await put(late, daily({ timeZone: 'UTC', channels: ['in_app'] }));
    await scheduleDueReminders(db, new Date('2026-03-02T11:00:00Z'));
    expect(await rowsOf(late.patientId)).toEqual([]);
  });

  it('sends Web Push to subscribed browsers and forgets a browser that has gone (410)', async () => {
    const patient = await signedInPatient(t);
    await put(patient, daily({ timeZone: 'UTC', channels: ['web_push'] }));
    const keys = {
      p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
      auth: 'tBHItJI5svbpez7KI4CCXg',
    };
    const live = await patient.client.post('/api/v1/me/push-subscriptions', {
      endpoint: 'https://push.example/live',
      keys,
    });
    expect(live.statusCode).toBe(201);
    await patient.client.post('/api/v1/me/push-subscriptions', {
      endpoint: 'https://push.example/gone',
      keys,
    });
    const sent: { target: PushTarget; payload: string }[] = [];
    const pushSender = async (target: PushTarget, payload: string) => {
      if (target.endpoint.endsWith('/gone')) throw Object.assign(new Error('gone'), { statusCode: 410 });
      sent.push({ target, payload });
    };
    const now = new Date('2026-03-02T09:00:10Z');
    await scheduleDueReminders(t.database.handle.db, now);
    await deliverPendingReminders(
      t.database.handle.db,
      { mailer, publicUrl: 'https://x', webPush: vapid, pushSender },
      'c',
      now,
    );
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.payload ?? '{}').body).toMatch(/daily BackPlan reminder/);
    expect((await rowsOf(patient.patientId))[0].status).toBe('sent');
    expect(await patient.rows('push_subscriptions')).toBe(1);
  });

  it('refuses a push endpoint that is not https, writing nothing', async () => {
    const patient = await signedInPatient(t);
    const response = await patient.client.post('/api/v1/me/push-subscriptions', {
      endpoint: 'http://push.example/x',
      keys: { p256dh: 'a', auth: 'b' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('body.endpoint');
    expect(await patient.rows('push_subscriptions')).toBe(0);
  });
});
