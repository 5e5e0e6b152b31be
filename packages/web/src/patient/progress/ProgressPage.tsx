import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import type { ProgressResponse } from '../api/types';
import { LoadError, Loading, OfflineNote } from '../components/StatusNotes';
import { usePatientRead } from '../patient-context';
import { AdherenceCalendar } from './AdherenceCalendar';
import { TrendChart } from './TrendChart';

export const PROGRESS_PATH = '/api/v1/me/progress?days=90';

/**
 * Progress, honestly: the 7-day pain average and PEG over time, sessions by day, goals and
 * activity, and the server's plain-words reading of change (clinical.md §3.1: a fall of 2
 * points and 30% is a real change). Lazy-loaded; the charts are our own small SVG.
 */
export function ProgressPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const progress = usePatientRead<ProgressResponse>(PROGRESS_PATH);
  if (progress.status === 'loading') return <Loading />;
  if (progress.status === 'error') return <LoadError onRetry={progress.reload} />;
  const data = progress.data;
  const dayFormat = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const formatDate = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
  // The chart starts at the first day with a 7-day mean, so three weeks of data are not squeezed into a corner.
  const firstWithMean = data.painMean7d.findIndex((point) => point.mean !== null);
  const pain = data.painMean7d
    .slice(Math.max(firstWithMean, 0))
    .map((point) => ({ date: point.date, value: point.mean }));
  const known = pain.filter((point) => point.value !== null);
  const firstPain = known[0]?.value;
  const lastPain = known[known.length - 1]?.value;
  const peg = data.peg.map((point) => ({ date: point.date, value: point.score }));
  const activity = data.activityMinutes
    .slice(-14)
    .map((point) => ({ date: point.date, value: point.minutes }));

  return (
    <>
      <PageTitle>{t('progress.title')}</PageTitle>
      {progress.fromDevice && <OfflineNote savedAt={progress.savedAt} />}
      {data.explanations.length > 0 && (
        <section className="card" aria-labelledby="change-heading">
          <h2 id="change-heading">{t('progress.changeTitle')}</h2>
          <ul>
            {data.explanations.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <TrendChart
          title={t('progress.painTitle')}
          summary={
            firstPain != null && lastPain != null
              ? t('progress.painSummary', { first: firstPain.toFixed(1), last: lastPain.toFixed(1) })
              : t('progress.noData')
          }
          points={pain}
          max={10}
          kind="line"
          valueLabel={t('progress.painValue')}
          formatDate={formatDate}
        />
      </section>
      <section className="card">
        <TrendChart
          title={t('progress.pegTitle')}
          summary={
            peg.length > 0
              ? t('progress.pegSummary', {
                  count: peg.length,
                  last: peg[peg.length - 1]?.value?.toFixed(1) ?? '',
                })
              : t('progress.noData')
          }
          points={peg}
          max={10}
          kind="line"
          valueLabel={t('progress.pegValue')}
          formatDate={formatDate}
        />
        <p className="hint">{t('progress.pegExplain')}</p>
      </section>
      <AdherenceCalendar days={data.adherenceCalendar} formatDate={formatDate} />
      <section className="card">
        <TrendChart
          title={t('progress.activityTitle')}
          summary={t('progress.activitySummary', {
            minutes: activity.reduce((sum, point) => sum + (point.value ?? 0), 0),
          })}
          points={activity}
          max={Math.max(30, ...activity.map((point) => point.value ?? 0))}
          kind="bars"
          valueLabel={t('progress.activityValue')}
          formatDate={formatDate}
        />
      </section>
      <section className="card" aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('progress.goalsTitle')}</h2>
        {data.goals.length === 0 ? (
          <p>{t('progress.noGoals')}</p>
        ) : (
          <ul>
            {data.goals.map((goal) => (
              <li key={goal.id}>
                {goal.text}{' '}
                <span className="hint">
                  ({t(`goals.status.${goal.status}`, { defaultValue: goal.status })})
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link to="/app/goals">{t('progress.toGoals')}</Link>
      </section>
      {data.step && (
        <section className="card" aria-labelledby="progress-step-heading">
          <h2 id="progress-step-heading">{t('today.stepTitle', { step: data.step.step })}</h2>
          <p>
            <strong>{data.step.title}</strong>
          </p>
          <p>{data.step.description}</p>
        </section>
      )}
    </>
  );
}
