import { type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { api } from '../api/client';
import type { AdminUser } from '../api/types';
import { isSignedIn, useAuth } from '../auth/AuthContext';
import { errorMessage } from '../auth/errors';
import { Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';

interface UsersResponse {
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly users: readonly AdminUser[];
}

/** Accounts of the admin's clinics, with their roles, and the audit log downloads. */
export function AdminUsersPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [data, setData] = useState<UsersResponse>();
  const [error, setError] = useState<string>();
  const allowed = isSignedIn(user) && user.role === 'admin';
  useEffect(() => {
    if (!allowed) return;
    api<UsersResponse>('GET', '/admin/users')
      .then(setData)
      .catch((caught: unknown) => setError(errorMessage(caught, t)));
  }, [allowed, t]);
  if (user === undefined) return <p>{t('common.loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: '/admin/users' }} />;
  if (!allowed) return <Notice kind="error">{t('admin.forbidden')}</Notice>;
  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <p>{t('admin.intro')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <p>{t('common.loading')}</p>}
      {data?.organisations.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="card">
          <h2 id={`org-${org.id}`}>{org.name}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.name')}</th>
                  <th scope="col">{t('admin.email')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.twoStep')}</th>
                  <th scope="col">{t('admin.created')}</th>
                </tr>
              </thead>
              <tbody>
                {data.users
                  .filter((u) => u.orgId === org.id)
                  .map((u) => (
                    <tr key={u.id}>
                      <td>{u.displayName}</td>
                      <td>{u.email}</td>
                      <td>{t(`account.role_${u.role}`)}</td>
                      <td>{u.totpEnabled ? t('admin.yes') : t('admin.no')}</td>
                      <td>{new Date(u.createdAt).toLocaleDateString(i18n.language)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="audit-title" className="card">
        <h2 id="audit-title">{t('admin.auditTitle')}</h2>
        <p>{t('admin.auditIntro')}</p>
        <p className="actions">
          <a className="button secondary" href="/api/v1/admin/audit?format=csv" download>
            {t('admin.auditCsv')}
          </a>
          <a className="button secondary" href="/api/v1/admin/audit?format=ndjson" download>
            {t('admin.auditNdjson')}
          </a>
        </p>
      </section>
    </>
  );
}
