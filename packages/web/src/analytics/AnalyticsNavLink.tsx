import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { registerAnalyticsTranslations } from './i18n/register';

/** A navigation link to the responder analytics page, in the analytics namespace's words. */
export function AnalyticsNavLink(): ReactElement {
  const { i18n } = useTranslation();
  registerAnalyticsTranslations(i18n);
  const { t } = useTranslation('analytics');
  return <NavLink to="/analytics">{t('nav')}</NavLink>;
}
