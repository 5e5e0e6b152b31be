import { type ReactElement, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { MessageThread, type ThreadApi, type ThreadMessage } from '../../messages/MessageThread';
import { useRecord } from './RecordLayout';

/** Secure messages with this patient; opening the tab marks theirs read (and clears the panel's count). */
export function MessagesTab(): ReactElement {
  const { t } = useTranslation('messages');
  const { patientId, reload } = useRecord();
  const threadApi = useMemo<ThreadApi>(() => {
    const base = `/patients/${encodeURIComponent(patientId)}/messages`;
    return {
      load: () => api<{ messages: ThreadMessage[]; unread: number }>('GET', base),
      send: (body) => api('POST', base, { body }),
      markRead: () => api('POST', `${base}/read`).then(reload),
    };
  }, [patientId, reload]);
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">{t('title')}</h2>
      <p>{t('introClinician')}</p>
      <MessageThread api={threadApi} viewer="clinician" threadKey={patientId} />
    </section>
  );
}
