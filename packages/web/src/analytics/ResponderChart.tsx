import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupLabel, percent } from './format';
import type { ResponderCell } from './types';

/**
 * Horizontal bars of the share improved in each shown group, with the 95% interval as a line.
 * The SVG is an image with a title and description; each bar has its own title with the numbers,
 * and the table next to it carries the same data for anyone who cannot see the chart.
 */
export function ResponderChart({
  cells,
  week,
}: {
  cells: readonly ResponderCell[];
  week: number;
}): ReactElement {
  const { t } = useTranslation('analytics');
  const id = useId();
  const shown = cells.filter((cell) => !cell.suppressed && cell.share !== null && cell.interval !== null);
  if (shown.length === 0) return <p>{t('chartNone')}</p>;
  const rowHeight = 34;
  const labelWidth = 330;
  const barWidth = 420;
  const width = labelWidth + barWidth + 60;
  const height = shown.length * rowHeight + 40;
  const x = (share: number) => labelWidth + share * barWidth;
  return (
    <figure className="analytics-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{t('chartTitle')}</title>
        <desc id={`${id}-desc`}>{t('chartDesc')}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={10} y2={height - 24} stroke="#c8d0d8" />
            <text x={x(tick)} y={height - 8} textAnchor="middle" fontSize="12" fill="#4a5866">
              {percent(tick)}
            </text>
          </g>
        ))}
        {shown.map((cell, index) => {
          const share = cell.share ?? 0;
          const lower = cell.interval?.lower ?? share;
          const upper = cell.interval?.upper ?? share;
          const y = 12 + index * rowHeight;
          const label = groupLabel(t, cell, week);
          return (
            <g key={`${cell.phenotype}-${cell.riskGroup}-${cell.treatment}`}>
              <title>
                {t('bar', {
                  group: label,
                  share: percent(share),
                  lower: percent(lower),
                  upper: percent(upper),
                  n: cell.n,
                })}
              </title>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="12" fill="#1b2530">
                {label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={share * barWidth}
                height={rowHeight - 12}
                fill="#1f5f8b"
              />
              <line
                x1={x(lower)}
                x2={x(upper)}
                y1={y + rowHeight / 2 - 2}
                y2={y + rowHeight / 2 - 2}
                stroke="#1b2530"
                strokeWidth="2"
              />
              <text x={x(upper) + 6} y={y + 17} fontSize="12" fill="#1b2530">
                {percent(share)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
