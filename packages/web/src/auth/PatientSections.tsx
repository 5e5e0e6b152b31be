import { type FormEvent, type ReactElement, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../api/client';
import type { AccessEvent, Sharing } from '../api/types';
import { Field, Notice } from '../layout/Field';
import { useAuth } from './AuthContext';
import { errorMessage } from './errors';

/** Who can see the record, with the way to stop sharing or to join a clinic by code. */
export function SharingSection(): ReactElement {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState<Sharing>();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const load = useCallback(() => api<Sharing>('GET', '/me/sharing').then(setSharing), []);
  useEffect(() => {
    load().catch((error: unknown) => setMessage({ kind: 'error', text: errorMessage(error, t) }));
  }, [load, t]);

  async function revoke() {
    if (!window.confirm(t('account.revokeConfirm'))) return;
    try {
      await api('POST', '/me/sharing/revoke');
      setMessage({ kind: 'success', text: t('account.revoked') });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error, t) });
    }
  }

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const code = String(new FormData(event.currentTarget).get('code'));
      const result = await api<{ organisation: { name: string } }>('POST', '/me/clinic/join', { code });
      setMessage({ kind: 'success', text: t('join.joined', { clinic: result.organisation.name }) });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error, t) });
    }
  }

  const clinic = sharing?.organisation.name ?? '';
  return (
    <section aria-labelledby="sharing-title" className="card">
      <h2 id="sharing-title">{t('account.sharingTitle')}</h2>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {!sharing ? (
        <p>{t('common.loading')}</p>
      ) : sharing.organisation.kind === 'personal' ? (
        <p>{t('account.sharingPersonal')}</p>
      ) : sharing.sharing === 'active' ? (
        <>
          <p>{t('account.sharingActive', { clinic })}</p>
          {sharing.people.length === 0 ? (
            <p>{t('account.noStaff')}</p>
          ) : (
            <ul>
              {sharing.people.map((person) => (
                <li key={`${person.displayName}-${person.role}`}>
                  {person.displayName} — {t(`account.role_${person.role}`)} (
                  {person.canOpenRecord ? t('account.canOpen') : t('account.cannotOpen')})
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button danger" onClick={() => void revoke()}>
            {t('account.revoke')}
          </button>
        </>
      ) : (
        <p>
          {sharing.sharing === 'revoked'
            ? t('account.sharingRevoked', { clinic })
            : t('account.sharingNotShared', { clinic })}
        </p>
      )}
      {sharing && sharing.sharing !== 'active' && (
        <form onSubmit={join}>
          <h3>{t('account.joinTitle')}</h3>
          <Field label={t('account.inviteCode')} name="code" autoComplete="off" required />
          <button className="button secondary" type="submit">
            {t('join.codeSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** "Who opened my record", from the audit log. */
export function AccessLogSection(): ReactElement {
  const { t, i18n } = useTranslation();
  const [events, setEvents] = useState<readonly AccessEvent[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<{ events: AccessEvent[] }>('GET', '/me/access-log')
      .then((r) => setEvents(r.events))
      .catch((caught: unknown) => setError(errorMessage(caught, t)));
  }, [t]);
  const who = (e: AccessEvent) =>
    e.actor.kind === 'you'
      ? t('account.you')
      : e.actor.kind === 'deleted-account'
        ? t('account.deletedAccount')
        : `${e.actor.displayName} (${e.actor.role ? t(`account.role_${e.actor.role}`) : ''})`;
  const what = (e: AccessEvent) => {
    if (e.outcome === 'denied') return t('accessLog.denied');
    const key = `accessLog.${e.action}_${e.resource}`;
    return i18n.exists(key) ? t(key) : t('accessLog.other');
  };
  return (
    <section aria-labelledby="access-log-title" className="card">
      <h2 id="access-log-title">{t('account.accessLogTitle')}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {events && events.length === 0 && <p>{t('account.accessLogEmpty')}</p>}
      {events && events.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.when')}</th>
                <th scope="col">{t('account.who')}</th>
                <th scope="col">{t('account.what')}</th>
              </tr>
            </thead>
            <tbody>
              {events.slice(0, 50).map((e) => (
                <tr key={`${e.at}-${e.action}-${e.resource}-${e.actor.kind}`}>
                  <td>{new Date(e.at).toLocaleString(i18n.language)}</td>
                  <td>{who(e)}</td>
                  <td>{what(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Download everything, or delete the account after typing the password again. */
export function DataRightsSection(): ReactElement {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  async function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await api('DELETE', '/me', { password: String(new FormData(event.currentTarget).get('password')) });
      setUser(null);
      navigate('/', { replace: true });
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <>
      <section aria-labelledby="export-title" className="card">
        <h2 id="export-title">{t('account.exportTitle')}</h2>
        <p>{t('account.exportIntro')}</p>
        <a className="button secondary" href="/api/v1/me/export" download>
          {t('account.exportLink')}
        </a>
      </section>
      <section aria-labelledby="delete-title" className="card">
        <h2 id="delete-title">{t('account.deleteTitle')}</h2>
        <p>{t('account.deleteIntro')}</p>
        {error !== undefined && <Notice kind="error">{errorMessage(error, t)}</Notice>}
        <form onSubmit={remove}>
          <Field
            label={t('fields.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={error instanceof ApiError ? error.issueFor('password') : undefined}
          />
          <button className="button danger" type="submit">
            {t('account.deleteSubmit')}
          </button>
        </form>
      </section>
    </>
  );
}
