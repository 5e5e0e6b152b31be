import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { clinicianApi } from './api';
import { oneDecimal, PHENOTYPES, percent, RISK_GROUPS, TRIAGE_REASONS } from './format';
import { useLoad } from './use-load';

const FILTERS = ['search', 'reason', 'step', 'phenotype', 'riskGroup'] as const;

function Select({
  name,
  label,
  value,
  options,
}: {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { value: string; label: string }[];
}): ReactElement {
  const { t } = useTranslation('clinician');
  return (
    <div className="field">
      <label htmlFor={`panel-${name}`}>{label}</label>
      <select id={`panel-${name}`} name={name} defaultValue={value}>
        <option value="">{t('panel.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The triage panel: the clinician's patients ordered by need (issue #8), the
 * reason on every row, filters and search in the address (so Back works), and
 * keyset pages.
 */
export function PanelPage(): ReactElement {
  const { t } = useTranslation('clinician');
  const [params, setParams] = useSearchParams();
  const [previous, setPrevious] = useState<string[]>([]);
  const [loaded] = useLoad(() => clinicianApi.panel(params), params.toString());

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setPrevious([]);
    setParams(next);
  }

  function goTo(cursor: string | null, back: boolean) {
    const next = new URLSearchParams(params);
    if (cursor) next.set('cursor', cursor);
    else next.delete('cursor');
    setPrevious((stack) => (back ? stack.slice(0, -1) : [...stack, params.get('cursor') ?? '']));
    setParams(next);
  }

  const value = (name: string) => params.get(name) ?? '';
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('panel.title')}</PageTitle>
      <p>{t('panel.intro')}</p>
      <form
        key={params.toString()}
        className="panel-filters"
        onSubmit={applyFilters}
        aria-label={t('panel.filters')}
      >
        <div className="field">
          <label htmlFor="panel-search">{t('panel.search')}</label>
          <input
            id="panel-search"
            name="search"
            type="search"
            defaultValue={value('search')}
            maxLength={100}
          />
        </div>
        <Select
          name="reason"
          label={t('panel.reason')}
          value={value('reason')}
          options={TRIAGE_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
        />
        <Select
          name="step"
          label={t('panel.step')}
          value={value('step')}
          options={['1', '2', '3'].map((s) => ({ value: s, label: s }))}
        />
        <Select
          name="phenotype"
          label={t('panel.phenotype')}
          value={value('phenotype')}
          options={PHENOTYPES.map((p) => ({ value: p, label: t(`values.${p}`) }))}
        />
        <Select
          name="riskGroup"
          label={t('panel.riskGroup')}
          value={value('riskGroup')}
          options={RISK_GROUPS.map((r) => ({ value: r, label: t(`values.${r}`) }))}
        />
        <div className="actions">
          <button className="button" type="submit">
            {t('panel.apply')}
          </button>
          <button
            className="button secondary"
            type="button"
            onClick={() => {
              setPrevious([]);
              setParams(new URLSearchParams());
            }}
          >
            {t('panel.clear')}
          </button>
        </div>
      </form>
      {loaded.state === 'loading' && <p role="status">{t('layout.loading')}</p>}
      {loaded.state === 'error' && <Notice kind="error">{t('layout.loadError')}</Notice>}
      {loaded.state === 'ready' && (
        <>
          <div className="table-scroll">
            <table className="panel-table">
              <caption>{t('panel.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('panel.name')}</th>
                  <th scope="col">{t('panel.why')}</th>
                  <th scope="col">{t('panel.stepWeeks')}</th>
                  <th scope="col">{t('panel.pain')}</th>
                  <th scope="col">{t('panel.adherence')}</th>
                  <th scope="col">{t('panel.lastCheckIn')}</th>
                  <th scope="col">{t('panel.messages')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.patients.map((p) => (
                  <tr key={p.id} className={`priority-${p.priority}`}>
                    <th scope="row">
                      <Link to={`/clinician/patients/${p.id}`}>{p.displayName}</Link>
                    </th>
                    <td>
                      {p.reasons.length === 0 ? (
                        t('panel.nothing')
                      ) : (
                        <ul className="reasons">
                          {p.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{p.step === null ? '—' : `${p.step} (${p.weeksInStep ?? 0})`}</td>
                    <td>
                      {oneDecimal(p.pain7dMean)} ({oneDecimal(p.painBaseline)})
                    </td>
                    <td>{percent(p.adherence14d)}</td>
                    <td>{p.lastCheckInDay ?? '—'}</td>
                    <td>{p.unreadMessages}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {loaded.data.patients.length === 0 && <p>{t('panel.empty')}</p>}
          <nav className="actions pager" aria-label={t('panel.page', { page: previous.length + 1 })}>
            {previous.length > 0 && (
              <button
                className="button secondary"
                type="button"
                onClick={() => goTo(previous.at(-1) || null, true)}
              >
                {t('panel.previous')}
              </button>
            )}
            {loaded.data.nextCursor && (
              <button
                className="button secondary"
                type="button"
                onClick={() => goTo(loaded.data.nextCursor, false)}
              >
                {t('panel.next')}
              </button>
            )}
          </nav>
        </>
      )}
    </section>
  );
}
