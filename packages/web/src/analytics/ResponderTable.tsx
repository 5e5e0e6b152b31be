import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percent } from './format';
import type { ResponderCell } from './types';

/** The responder cells as a table; suppressed cells say so instead of showing numbers. */
export function ResponderTable({
  cells,
  week,
  minimum,
  caption,
  highlight,
}: {
  cells: readonly ResponderCell[];
  week: number;
  minimum: number;
  caption?: string;
  highlight?: string;
}): ReactElement {
  const { t } = useTranslation('analytics');
  const label = caption ?? t('tableCaption', { week });
  const captionId = useId();
  return (
    // A wide table scrolls sideways on small screens; keyboard users must be able to scroll it
    // too, so the wrapper is a focusable, labelled region (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="analytics-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table className="analytics-table">
        <caption id={captionId}>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.phenotype')}</th>
            <th scope="col">{t('columns.riskGroup')}</th>
            <th scope="col">{t('columns.treatment', { week })}</th>
            <th scope="col">{t('columns.n')}</th>
            <th scope="col">{t('columns.share')}</th>
            <th scope="col">{t('columns.interval')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr
              key={`${cell.phenotype}-${cell.riskGroup}-${cell.treatment}`}
              className={highlight === cell.treatment ? 'analytics-current' : undefined}
            >
              <td>{t(`values.${cell.phenotype}`, { defaultValue: cell.phenotype })}</td>
              <td>{t(`values.${cell.riskGroup}`, { defaultValue: cell.riskGroup })}</td>
              <th scope="row">
                {t(`treatments.${cell.treatment}`, { defaultValue: cell.treatment })}
                {highlight === cell.treatment ? ` (${t('likeThis.current')})` : ''}
              </th>
              {cell.suppressed || cell.share === null || cell.interval === null ? (
                <>
                  <td>{t('hidden', { minimum })}</td>
                  <td>—</td>
                  <td>—</td>
                </>
              ) : (
                <>
                  <td>{cell.n}</td>
                  <td>
                    {percent(cell.share)} ({cell.responders}/{cell.n})
                  </td>
                  <td>
                    {percent(cell.interval.lower)}–{percent(cell.interval.upper)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
