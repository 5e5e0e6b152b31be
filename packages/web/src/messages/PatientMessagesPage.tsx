import { type ReactElement, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api } from '../api/client';
import { isSignedIn, useAuth } from '../auth/AuthContext';
import { PageTitle } from '../layout/PageTitle';
import { registerMessageTranslations } from './i18n';
import { MessageThread, type ThreadApi, type ThreadMessage } from './MessageThread';
import './messages.css';

/** The patient's secure messages with their care team (/messages; the patient app links here). */
export function PatientMessagesPage(): ReactElement {
  const { i18n } = useTranslation();
  registerMessageTranslations(i18n);
  const { t } = useTranslation('messages');
  const { user } = useAuth();
  const location = useLocation();
  const threadApi = useMemo<ThreadApi>(
    () => ({
      load: () => api<{ messages: ThreadMessage[]; unread: number }>('GET', '/me/messages'),
      send: (body) => api('POST', '/me/messages', { body }),
      markRead: () => api('POST', '/me/messages/read'),
    }),
    [],
  );
  if (user === undefined) return <p role="status">{t('loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: location.pathname }} />;
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('introPatient')}</p>
      <p className="warning">{t('urgent')}</p>
      <MessageThread api={threadApi} viewer="patient" threadKey="me" />
    </section>
  );
}
