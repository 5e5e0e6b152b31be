import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const PRIMARY = [
  { to: '/app/today', key: 'today' },
  { to: '/app/check-in', key: 'checkIn' },
  { to: '/app/progress', key: 'progress' },
  { to: '/app/learn', key: 'learn' },
] as const;

const MORE = [
  // Messages live outside /app (the clinician engineer's shared page), but belong to the patient too.
  { to: '/messages', key: 'messages' },
  { to: '/app/goals', key: 'goals' },
  { to: '/app/medications', key: 'medications' },
  { to: '/app/reminders', key: 'reminders' },
  { to: '/app/report', key: 'report' },
  { to: '/app/welcome', key: 'about' },
] as const;

/** The patient's own navigation: four everyday places, the rest under "More" (a native disclosure). */
export function PatientNav(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <nav className="patient-nav" aria-label={t('nav.label')}>
      <ul>
        {PRIMARY.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{t(`nav.${item.key}`)}</NavLink>
          </li>
        ))}
        <li className="patient-nav-more">
          <details>
            <summary>{t('nav.more')}</summary>
            <ul>
              {MORE.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(`nav.${item.key}`)}</NavLink>
                </li>
              ))}
            </ul>
          </details>
        </li>
      </ul>
    </nav>
  );
}
