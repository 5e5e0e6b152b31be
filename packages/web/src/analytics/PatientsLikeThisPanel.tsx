import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerAnalyticsTranslations } from './i18n/register';
import { ResponderTable } from './ResponderTable';
import { useResponders } from './use-responders';
import './analytics.css';

/**
 * "Patients like this one": for a patient's phenotype and STarT Back group, how many of the
 * clinic's patients improved by week 12 with each step and component (cells under 10 hidden).
 * For the clinician workspace to place next to the patient's profile:
 *   <PatientsLikeThisPanel phenotype={a.phenotype} riskGroup={a.riskGroup} step={step?.step} />
 */
export function PatientsLikeThisPanel({
  phenotype,
  riskGroup,
  step,
}: {
  phenotype: string | null | undefined;
  riskGroup: string | null | undefined;
  step?: number | null | undefined;
}): ReactElement {
  const { i18n } = useTranslation();
  registerAnalyticsTranslations(i18n);
  const { t } = useTranslation('analytics');
  const risk = riskGroup ?? 'unknown';
  const loaded = useResponders(phenotype ?? undefined, phenotype ? risk : undefined);
  return (
    <section aria-labelledby="patients-like-this" className="card analytics-panel">
      <h2 id="patients-like-this">{t('likeThis.title')}</h2>
      {!phenotype ? (
        <p>{t('likeThis.missing')}</p>
      ) : loaded.state === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : loaded.state === 'error' ? (
        <p role="alert">{t('error')}</p>
      ) : (
        <>
          <p>
            {t('likeThis.lead', {
              phenotype: t(`values.${phenotype}`, { defaultValue: phenotype }).toLowerCase(),
              riskGroup: t(`values.${risk}`, { defaultValue: risk }).toLowerCase(),
              week: loaded.data.week,
            })}
          </p>
          {loaded.data.cells.length === 0 ? (
            <p>{t('none', { week: loaded.data.week })}</p>
          ) : (
            <ResponderTable
              cells={loaded.data.cells}
              week={loaded.data.week}
              minimum={loaded.data.minimumCellSize}
              caption={`${t('likeThis.title')}: ${t('tableCaption', { week: loaded.data.week })}`}
              {...(step ? { highlight: `step-${step}` } : {})}
            />
          )}
          <p>{t('privacy', { minimum: loaded.data.minimumCellSize })}</p>
          <p>
            <Link
              to={`/analytics?phenotype=${encodeURIComponent(phenotype)}&riskGroup=${encodeURIComponent(risk)}`}
            >
              {t('likeThis.all')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
