import { type ReactElement, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { AnalyticsNavLink } from '../analytics/AnalyticsNavLink';
import { isSignedIn, useAuth } from '../auth/AuthContext';
import { registerClinicianTranslations } from './i18n/register';
import './clinician.css';
import '../messages/messages.css';

/**
 * The frame of every /clinician page inside the shell: the workspace navigation
 * and the page. Signed-out visitors go to sign-in (and come back here after the
 * TOTP step); other roles are told this part is for clinicians.
 */
export function ClinicianLayout(): ReactElement {
  const { i18n } = useTranslation();
  registerClinicianTranslations(i18n);
  const { t } = useTranslation('clinician');
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <p role="status">{t('layout.loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: location.pathname }} />;
  if (user.role !== 'clinician') {
    return (
      <div className="card">
        <h1 tabIndex={-1}>{t('layout.cliniciansOnlyTitle')}</h1>
        <p>{t('layout.cliniciansOnly')}</p>
      </div>
    );
  }
  return (
    <div className="clinician-workspace">
      <nav aria-label={t('nav.label')} className="workspace-nav">
        <ul>
          <li>
            <NavLink to="/clinician" end>
              {t('nav.panel')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/clinician/invites">{t('nav.invites')}</NavLink>
          </li>
          <li>
            <AnalyticsNavLink />
          </li>
        </ul>
      </nav>
      <Suspense fallback={<p role="status">{t('layout.loading')}</p>}>
        <Outlet />
      </Suspense>
    </div>
  );
}
