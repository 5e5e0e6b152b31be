import { type FormEvent, type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../layout/Field';
import { PageTitle } from '../../layout/PageTitle';
import { ApiError, apiJson, NetworkError } from '../api/http';
import {
  type NotificationsResponse,
  REMINDER_CHANNELS,
  type ReminderChannel,
  type ReminderSettingsBody,
  type ReminderSettingsResponse,
} from '../api/types';
import { ChoiceQuestion } from '../components/Questions';
import { LoadError, Loading } from '../components/StatusNotes';
import { usePatientRead } from '../patient-context';
import { enableWebPush } from './web-push';

const REPEAT_CHOICES = [0, 30, 60, 120] as const;
/** Monday first, as most of our users' calendars; values are the API's 0 = Sunday … 6 = Saturday. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * The daily reminder: time, one optional repeat if the check-in is not done, quiet days, and
 * channels (in the app, email, and Web Push when the server has VAPID keys). Reminders that
 * fit life (products.md §4 item 11); the browser's permission prompt appears only on request.
 */
export function RemindersPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const settings = usePatientRead<ReminderSettingsResponse>('/api/v1/me/reminders');
  const notifications = usePatientRead<NotificationsResponse>('/api/v1/me/notifications');
  const [form, setForm] = useState<ReminderSettingsBody | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  useEffect(() => {
    if (settings.status === 'ready' && form === null) {
      const { webPush: _webPush, ...body } = settings.data;
      setForm({ ...body, time: body.time, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    }
  }, [settings, form]);

  if (settings.status === 'loading' || (settings.status === 'ready' && form === null)) return <Loading />;
  if (settings.status === 'error' || form === null) return <LoadError onRetry={settings.reload} />;
  const webPush = settings.data.webPush;
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: day n of the API is that date plus n days.
  const dayName = (day: number) => weekday.format(new Date(Date.UTC(2023, 0, 1 + day)));

  const toggleChannel = (channel: ReminderChannel) => {
    const channels = form.channels.includes(channel)
      ? form.channels.filter((c) => c !== channel)
      : [...form.channels, channel];
    setForm({ ...form, channels });
  };
  const toggleQuiet = (day: number) => {
    const quietDays = form.quietDays.includes(day)
      ? form.quietDays.filter((d) => d !== day)
      : [...form.quietDays, day];
    setForm({ ...form, quietDays });
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (form.channels.length === 0) {
      setMessage({ kind: 'error', text: t('reminders.needChannel') });
      return;
    }
    try {
      if (form.channels.includes('web_push') && webPush.available && webPush.publicKey) {
        const push = await enableWebPush(webPush.publicKey);
        if (push !== 'subscribed') {
          setMessage({ kind: 'error', text: t(`reminders.push.${push}`) });
          return;
        }
      }
      await apiJson('PUT', '/api/v1/me/reminders', form);
      setMessage({
        kind: 'success',
        text: form.time ? t('reminders.saved', { time: form.time }) : t('reminders.savedOff'),
      });
    } catch (error) {
      if (error instanceof NetworkError) setMessage({ kind: 'error', text: t('errors.needsConnection') });
      else if (error instanceof ApiError && error.issues.length > 0)
        setMessage({ kind: 'error', text: error.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
      else setMessage({ kind: 'error', text: t('errors.send') });
    }
  };

  return (
    <>
      <PageTitle>{t('reminders.title')}</PageTitle>
      <p className="lead">{t('reminders.intro')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <ChoiceQuestion<'on' | 'off'>
          legend={t('reminders.onOff')}
          inline
          value={form.time === null ? 'off' : 'on'}
          onChange={(value) => setForm({ ...form, time: value === 'off' ? null : (form.time ?? '18:00') })}
          options={[
            { value: 'on', label: t('reminders.on') },
            { value: 'off', label: t('reminders.off') },
          ]}
        />
        {form.time !== null && (
          <>
            <Field
              label={t('reminders.time')}
              hint={t('reminders.timeHint', { zone: form.timeZone })}
              type="time"
              value={form.time}
              onChange={(event) => setForm({ ...form, time: event.target.value || null })}
            />
            <ChoiceQuestion<number>
              legend={t('reminders.repeat')}
              value={form.repeatAfterMinutes ?? 0}
              onChange={(value) => setForm({ ...form, repeatAfterMinutes: value === 0 ? null : value })}
              options={REPEAT_CHOICES.map((minutes) => ({
                value: minutes,
                label:
                  minutes === 0 ? t('reminders.noRepeat') : t('reminders.repeatAfter', { count: minutes }),
              }))}
            />
            <fieldset className="question">
              <legend>{t('reminders.quietDays')}</legend>
              <p className="hint">{t('reminders.quietDaysHint')}</p>
              <div className="choices">
                {WEEKDAYS.map((day) => (
                  <label key={day} className="choice-row">
                    <input
                      type="checkbox"
                      checked={form.quietDays.includes(day)}
                      onChange={() => toggleQuiet(day)}
                    />
                    <span>{dayName(day)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="question">
              <legend>{t('reminders.channels')}</legend>
              <div className="choices">
                {REMINDER_CHANNELS.filter((channel) => channel !== 'web_push' || webPush.available).map(
                  (channel) => (
                    <label key={channel} className="choice-row">
                      <input
                        type="checkbox"
                        checked={form.channels.includes(channel)}
                        onChange={() => toggleChannel(channel)}
                      />
                      <span>{t(`reminders.channel.${channel}`)}</span>
                    </label>
                  ),
                )}
              </div>
              {!webPush.available && <p className="hint">{t('reminders.pushUnavailable')}</p>}
            </fieldset>
          </>
        )}
        {message && (
          <p className={`notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button">
          {t('reminders.save')}
        </button>
      </form>
      {notifications.status === 'ready' && notifications.data.notifications.length > 0 && (
        <section className="card" aria-labelledby="inbox-heading">
          <h2 id="inbox-heading">{t('reminders.inboxTitle')}</h2>
          <ul>
            {notifications.data.notifications.slice(0, 10).map((notification) => (
              <li key={notification.id}>
                <strong>{notification.title}</strong> — {notification.body}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
