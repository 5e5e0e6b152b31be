import { type FormEvent, type ReactElement, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useLoad } from '../clinician/use-load';
import { Notice } from '../layout/Field';

export interface ThreadMessage {
  readonly id: string;
  readonly fromPatient: boolean;
  readonly body: string;
  readonly sentAt: string;
  readonly senderName: string | null;
}

export interface ThreadApi {
  load(): Promise<{ messages: readonly ThreadMessage[]; unread: number }>;
  send(body: string): Promise<unknown>;
  markRead(): Promise<unknown>;
}

/**
 * A secure message thread, oldest first, with a compose box. Opening the
 * thread marks the other side's messages read. Used by the patient's
 * /messages page and the clinician's Messages tab.
 */
export function MessageThread({
  api,
  viewer,
  threadKey,
}: {
  readonly api: ThreadApi;
  readonly viewer: 'patient' | 'clinician';
  readonly threadKey: string;
}): ReactElement {
  const { t, i18n } = useTranslation('messages');
  const [loaded, reload] = useLoad(() => api.load(), threadKey);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState('');
  const composeId = useId();
  const unread = loaded.state === 'ready' ? loaded.data.unread : 0;

  useEffect(() => {
    if (unread > 0) void api.markRead().catch(() => undefined);
  }, [unread, api]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setNotice(undefined);
    try {
      await api.send(draft);
      setDraft('');
      setNotice({ kind: 'success', text: t('sent') });
      reload();
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 409 && viewer === 'patient'
          ? t('noCareTeam')
          : error instanceof ApiError && error.message
            ? error.message
            : t('loadError');
      setNotice({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  }

  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const who = (m: ThreadMessage) =>
    (viewer === 'patient') === m.fromPatient
      ? t('you')
      : (m.senderName ?? (m.fromPatient ? t('patient') : t('careTeam')));

  return (
    <div className="message-thread">
      <h2>{t('thread')}</h2>
      {loaded.state === 'loading' && <p role="status">{t('loading')}</p>}
      {loaded.state === 'error' && <Notice kind="error">{t('loadError')}</Notice>}
      {loaded.state === 'ready' && loaded.data.messages.length === 0 && <p>{t('empty')}</p>}
      {loaded.state === 'ready' && loaded.data.messages.length > 0 && (
        <ol className="messages">
          {loaded.data.messages.map((m) => (
            <li key={m.id} className={(viewer === 'patient') === m.fromPatient ? 'mine' : 'theirs'}>
              <p className="message-meta">{t('sentAt', { name: who(m), date: when(m.sentAt) })}</p>
              <p className="message-body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={send} className="compose">
        <label htmlFor={composeId}>{t('compose')}</label>
        <textarea
          id={composeId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          required
          maxLength={4000}
          rows={4}
        />
        <button className="button" type="submit" disabled={busy || draft.trim() === ''}>
          {t('send')}
        </button>
      </form>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
    </div>
  );
}
