import { type ReactElement, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's <h1>, focusable so navigation can move focus to it, and the document title. */
export function PageTitle({ children }: { children: string }): ReactElement {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} — ${t('common.appName')}`;
  }, [children, t]);
  return <h1 tabIndex={-1}>{children}</h1>;
}
