import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/PageTitle';

/**
 * The one-page report for the doctor and the full data export (products.md §4 item 1). Both
 * are plain links: the browser downloads them with the session cookie, nothing is kept here.
 */
export function ReportPage(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <PageTitle>{t('report.title')}</PageTitle>
      <section className="card" aria-labelledby="pdf-heading">
        <h2 id="pdf-heading">{t('report.pdfTitle')}</h2>
        <p>{t('report.pdfText')}</p>
        <ul>
          <li>{t('report.pdfItem1')}</li>
          <li>{t('report.pdfItem2')}</li>
          <li>{t('report.pdfItem3')}</li>
        </ul>
        <a className="button" href="/api/v1/me/report.pdf" download>
          {t('report.pdfDownload')}
        </a>
      </section>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('report.exportTitle')}</h2>
        <p>{t('report.exportText')}</p>
        <a className="button secondary" href="/api/v1/me/export" download>
          {t('report.exportDownload')}
        </a>
      </section>
      <p className="hint">{t('report.needsConnection')}</p>
    </>
  );
}
