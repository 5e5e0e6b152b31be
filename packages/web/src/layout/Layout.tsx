import { type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { isSignedIn, useAuth } from '../auth/AuthContext';
import { homePathFor } from '../auth/home';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Header with navigation and language, the page in <main>, and a footer: the landmarks every page shares. */
export function Layout(): ReactElement {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [previousPath, setPreviousPath] = useState(pathname);
  useEffect(() => {
    // After navigating, move focus to the new page's heading so screen reader users hear where they are.
    if (pathname === previousPath) return;
    setPreviousPath(pathname);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname, previousPath]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <Link className="brand" to="/">
          {t('common.appName')}
        </Link>
        <nav aria-label={t('common.mainNavigation')}>
          <ul className="nav-list">
            {isSignedIn(user) ? (
              <>
                {user.role !== 'admin' && (
                  <li>
                    <Link to={homePathFor(user.role)}>
                      {user.role === 'patient' ? t('common.myPlan') : t('common.patients')}
                    </Link>
                  </li>
                )}
                <li>
                  <Link to="/account">{t('common.account')}</Link>
                </li>
                {user.role === 'admin' && (
                  <li>
                    <Link to="/admin/users">{t('common.admin')}</Link>
                  </li>
                )}
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void signOut().then(() => navigate('/sign-in'))}
                  >
                    {t('common.signOut')}
                  </button>
                </li>
              </>
            ) : (
              <li>
                <Link to="/sign-in">{t('common.signIn')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('common.footer')}</p>
      </footer>
    </>
  );
}
