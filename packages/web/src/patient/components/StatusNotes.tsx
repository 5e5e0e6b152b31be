import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/PageTitle';

/** Shown above data read from the device because the network is down. */
export function OfflineNote({ savedAt }: { readonly savedAt: number }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    savedAt,
  );
  return <p className="notice offline-note">{t('offline.fromDevice', { when })}</p>;
}

/** A loading line that screen readers hear once. */
export function Loading(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <p className="patient-loading" role="status">
      {t('layout.loading')}
    </p>
  );
}

/** A read that failed with no copy on the device: say so plainly and offer to try again. */
export function LoadError({ onRetry }: { readonly onRetry: () => void }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <PageTitle>{t('errors.loadTitle')}</PageTitle>
      <div className="notice-error" role="alert">
        <p>{t('errors.load')}</p>
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      </div>
    </>
  );
}
