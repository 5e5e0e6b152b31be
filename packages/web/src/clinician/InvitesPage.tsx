import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import type { Invite } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { useLoad } from './use-load';

interface InviteRow {
  readonly id: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly status: 'open' | 'used' | 'expired';
}

/**
 * Invite patients by code or link (the invite API is the organisations
 * module's). Joining with an invite is the patient's consent to share their
 * record with this clinic.
 */
export function InvitesPage(): ReactElement {
  const { t, i18n } = useTranslation('clinician');
  const { user } = useAuth();
  const orgId = user?.staffOrgIds[0] ?? '';
  const [recent, reload] = useLoad(
    () => api<{ invites: InviteRow[] }>('GET', `/organisations/${encodeURIComponent(orgId)}/invites`),
    orgId,
  );
  const [invite, setInvite] = useState<Invite>();
  const [error, setError] = useState<string>();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));

  async function create() {
    setError(undefined);
    try {
      setInvite(await api<Invite>('POST', `/organisations/${encodeURIComponent(orgId)}/invites`));
      reload();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'));
    }
  }

  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('invites.title')}</PageTitle>
      <p>{t('invites.intro')}</p>
      <button className="button" type="button" onClick={() => void create()}>
        {t('invites.create')}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
      {invite && (
        <div className="card" role="status">
          <p>{t('invites.showOnce')}</p>
          <dl className="invite">
            <dt>{t('invites.code')}</dt>
            <dd className="code">{invite.code}</dd>
            <dt>{t('invites.link')}</dt>
            <dd className="code">{invite.link}</dd>
          </dl>
          <p>{t('invites.expires', { date: date(invite.expiresAt) })}</p>
        </div>
      )}
      <h2>{t('invites.recent')}</h2>
      {recent.state === 'ready' &&
        (recent.data.invites.length === 0 ? (
          <p>{t('invites.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('invites.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('invites.created')}</th>
                  <th scope="col">{t('invites.expiresCol')}</th>
                  <th scope="col">{t('invites.status')}</th>
                </tr>
              </thead>
              <tbody>
                {recent.data.invites.slice(0, 20).map((row) => (
                  <tr key={row.id}>
                    <td>{date(row.createdAt)}</td>
                    <td>{date(row.expiresAt)}</td>
                    <td>{t(`invites.statuses.${row.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
