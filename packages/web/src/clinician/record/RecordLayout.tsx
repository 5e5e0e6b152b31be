import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { Notice } from '../../layout/Field';
import { PageTitle } from '../../layout/PageTitle';
import { clinicianApi } from '../api';
import type { RecordSummary } from '../types';
import { useLoad } from '../use-load';
import { RedFlagClearanceForm } from './RedFlagClearanceForm';

export interface RecordContext {
  readonly patientId: string;
  readonly summary: RecordSummary;
  /** Reload the summary after a change that alters it (a decision, a plan edit, a medicine). */
  reload(): void;
}

export function useRecord(): RecordContext {
  return useOutletContext<RecordContext>();
}

const TABS = ['proms', 'diary', 'sessions', 'decisions', 'plan', 'medications', 'messages', 'notes'] as const;

/** One patient's record: name and what needs attention, then the sections as links (summary first). */
export function RecordLayout(): ReactElement {
  const { t } = useTranslation('clinician');
  const patientId = useParams().patientId ?? '';
  const [loaded, reload] = useLoad(() => clinicianApi.summary(patientId), patientId);
  if (loaded.state === 'loading') return <p role="status">{t('layout.loading')}</p>;
  if (loaded.state === 'error') return <Notice kind="error">{t('layout.loadError')}</Notice>;
  const { patient } = loaded.data;
  const base = `/clinician/patients/${patientId}`;
  return (
    <article className="patient-record" aria-labelledby="page-title">
      <p>
        <Link to="/clinician">← {t('record.back')}</Link>
      </p>
      <PageTitle>{patient.displayName}</PageTitle>
      <p className="record-meta">
        {patient.clinicName} ·{' '}
        <a href={clinicianApi.reportUrl(patientId)} download>
          {t('record.pdf')}
        </a>{' '}
        ·{' '}
        <a href={clinicianApi.onePageReportUrl(patientId)} download>
          {t('record.onePage')}
        </a>
      </p>
      {patient.triage.reasons.length > 0 && (
        <div className={`attention priority-${patient.triage.priority}`}>
          <h2>{t('record.needsAttention')}</h2>
          <ul>
            {patient.triage.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <RedFlagClearanceForm patientId={patientId} summary={loaded.data} reload={reload} />
      <nav aria-label={t('record.tabs')} className="record-tabs">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('record.summary')}
            </NavLink>
          </li>
          {TABS.map((tab) => (
            <li key={tab}>
              <NavLink to={`${base}/${tab}`}>{t(`record.${tab}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={{ patientId, summary: loaded.data, reload } satisfies RecordContext} />
    </article>
  );
}
