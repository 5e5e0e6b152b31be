import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdherenceStatus } from '../api/types';

/**
 * Sessions by day, the last five weeks. Done days are filled; planned days not logged are a
 * plain outline, the same calm grey as a rest day's text: no red, no crosses, no streaks
 * (products.md §4 item 12). Each day's status is in words for screen readers.
 */
export function AdherenceCalendar({
  days,
  formatDate,
}: {
  readonly days: readonly { date: string; status: AdherenceStatus }[];
  readonly formatDate: (date: string) => string;
}): ReactElement {
  const { t } = useTranslation('patient');
  const recent = days.slice(-35);
  const done = days.slice(-14).filter((day) => day.status === 'done').length;
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('progress.calendarTitle')}</h2>
      <p>{t('progress.calendarSummary', { count: done })}</p>
      <ol className="calendar">
        {recent.map((day) => (
          <li key={day.date} className={`calendar-day calendar-${day.status}`}>
            <span aria-hidden="true">{Number(day.date.slice(8, 10))}</span>
            <span className="visually-hidden">
              {formatDate(day.date)}: {t(`progress.status.${day.status}`)}
            </span>
          </li>
        ))}
      </ol>
      <ul className="calendar-legend">
        <li>
          <span className="calendar-day calendar-done" aria-hidden="true" /> {t('progress.status.done')}
        </li>
        <li>
          <span className="calendar-day calendar-planned" aria-hidden="true" /> {t('progress.status.planned')}
        </li>
        <li>
          <span className="calendar-day calendar-none" aria-hidden="true" /> {t('progress.status.none')}
        </li>
      </ul>
      <p className="hint">{t('progress.calendarNote')}</p>
    </section>
  );
}
