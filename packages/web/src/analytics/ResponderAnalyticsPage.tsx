import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { isSignedIn, useAuth } from '../auth/AuthContext';
import { registerAnalyticsTranslations } from './i18n/register';
import { ResponderChart } from './ResponderChart';
import { ResponderTable } from './ResponderTable';
import { PHENOTYPES, RISK_GROUPS } from './types';
import { useResponders } from './use-responders';
import './analytics.css';

/**
 * "Who responds to what" for a clinic's clinicians and admins: the responder table and a chart
 * of the groups large enough to show, filtered by pain type and STarT Back group (kept in the
 * URL, so a view can be shared). Plainly says it is the clinic's own data, not a trial.
 */
export function ResponderAnalyticsPage(): ReactElement {
  const { i18n } = useTranslation();
  registerAnalyticsTranslations(i18n);
  const { t } = useTranslation('analytics');
  const { user } = useAuth();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const phenotype = params.get('phenotype') ?? '';
  const riskGroup = params.get('riskGroup') ?? '';
  const [draft, setDraft] = useState({ phenotype, riskGroup });
  const loaded = useResponders(phenotype || undefined, riskGroup || undefined);

  if (user === undefined) return <p role="status">{t('loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: location.pathname }} />;
  if (user.role === 'patient') {
    return (
      <div className="card">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p>{t('staffOnly')}</p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.phenotype) next.set('phenotype', draft.phenotype);
    if (draft.riskGroup) next.set('riskGroup', draft.riskGroup);
    setParams(next);
  };

  return (
    <div className="analytics-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      {loaded.state === 'ready' && <p>{t('lead', { week: loaded.data.week })}</p>}
      <form className="analytics-filters" onSubmit={submit} aria-label={t('filters')}>
        <label>
          {t('phenotype')}
          <select value={draft.phenotype} onChange={(e) => setDraft({ ...draft, phenotype: e.target.value })}>
            <option value="">{t('any')}</option>
            {PHENOTYPES.map((p) => (
              <option key={p} value={p}>
                {t(`values.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('riskGroup')}
          <select value={draft.riskGroup} onChange={(e) => setDraft({ ...draft, riskGroup: e.target.value })}>
            <option value="">{t('any')}</option>
            {RISK_GROUPS.map((r) => (
              <option key={r} value={r}>
                {t(`values.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {loaded.state === 'loading' && <p role="status">{t('loading')}</p>}
      {loaded.state === 'error' && <p role="alert">{t('error')}</p>}
      {loaded.state === 'ready' && (
        <>
          <p role="status">
            {loaded.data.evaluablePatients === 0
              ? t('none', { week: loaded.data.week })
              : t('evaluable', { count: loaded.data.evaluablePatients, week: loaded.data.week })}
          </p>
          <ResponderChart cells={loaded.data.cells} week={loaded.data.week} />
          <ResponderTable
            cells={loaded.data.cells}
            week={loaded.data.week}
            minimum={loaded.data.minimumCellSize}
          />
          <section aria-labelledby="analytics-definition" className="card">
            <h2 id="analytics-definition">{t('definitionTitle')}</h2>
            <p>{loaded.data.definition}</p>
            <p>{t('privacy', { minimum: loaded.data.minimumCellSize })}</p>
            <p>{t('notEvidence')}</p>
          </section>
        </>
      )}
    </div>
  );
}
