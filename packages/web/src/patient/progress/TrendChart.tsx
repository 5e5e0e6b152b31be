import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface TrendPoint {
  readonly date: string;
  readonly value: number | null;
}

interface TrendChartProps {
  readonly title: string;
  /** One sentence a screen reader hears instead of the picture, e.g. "From 6.1 to 4.3". */
  readonly summary: string;
  readonly points: readonly TrendPoint[];
  readonly max: number;
  readonly kind: 'line' | 'bars';
  readonly valueLabel: string;
  readonly formatDate: (date: string) => string;
}

const WIDTH = 360;
const HEIGHT = 200;
const PAD = { top: 12, right: 12, bottom: 28, left: 34 };

/**
 * A small hand-written SVG chart (no chart library: the bundle stays small). The picture has
 * a text summary as its accessible name, and the exact numbers are one tap away in a real
 * table (WCAG 1.1.1). Gaps (days with no entry) break the line instead of inventing values.
 */
export function TrendChart({
  title,
  summary,
  points,
  max,
  kind,
  valueLabel,
  formatDate,
}: TrendChartProps): ReactElement {
  const { t } = useTranslation('patient');
  const id = useId();
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (Math.min(Math.max(value, 0), max) / max) * plotHeight;
  const ticks = [0, max / 2, max].map((value) => Math.round(value * 10) / 10);

  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
    }
  });
  if (current.length > 0) segments.push(current.join(' '));
  const barWidth = Math.max(2, (plotWidth / Math.max(points.length, 1)) * 0.7);
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <figure className="trend-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-summary`}>
        <title>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-label" x={PAD.left - 6} y={y(tick) + 5} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {kind === 'line' &&
          segments.map((segment) => <polyline key={segment} className="chart-line" points={segment} />)}
        {kind === 'line' &&
          points.map((point, index) =>
            point.value === null ? null : (
              <circle key={point.date} className="chart-dot" cx={x(index)} cy={y(point.value)} r={3} />
            ),
          )}
        {kind === 'bars' &&
          points.map((point, index) =>
            point.value === null ? null : (
              <rect
                key={point.date}
                className="chart-bar"
                x={x(index) - barWidth / 2}
                y={y(point.value)}
                width={barWidth}
                height={PAD.top + plotHeight - y(point.value)}
              />
            ),
          )}
        {first && (
          <text className="chart-label" x={PAD.left} y={HEIGHT - 8}>
            {formatDate(first.date)}
          </text>
        )}
        {last && points.length > 1 && (
          <text className="chart-label" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {formatDate(last.date)}
          </text>
        )}
      </svg>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <details className="chart-table">
        <summary>{t('progress.showNumbers')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.date')}</th>
                <th scope="col">{valueLabel}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.date}>
                  <td>{formatDate(point.date)}</td>
                  <td>{point.value === null ? '—' : point.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
