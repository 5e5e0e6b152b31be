import type { Interval } from './analytics';
import type { PolicySummary, Proportion } from './policy-comparison';

/**
 * The policy comparison as a plain-text table, CSV and a hand-written SVG chart. Every output
 * carries the same label: a simulation under stated assumptions, not evidence.
 */
export const SIMULATION_LABEL = 'Simulation under stated assumptions — not evidence';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const range = (interval: Interval, format: (v: number) => string) =>
  `${format(interval.lower)}–${format(interval.upper)}`;
/** A share with its interval, or "n/a" when no patient was followed long enough to judge it. */
const share = (p: Proportion) => (p.n === 0 ? 'n/a' : `${percent(p.share)} (${range(p.interval, percent)})`);
const oneDecimal = (v: number) => v.toFixed(1);

const COLUMNS: readonly { title: string; cell: (s: PolicySummary) => string }[] = [
  { title: 'policy', cell: (s) => s.policy },
  { title: 'patients', cell: (s) => String(s.patients) },
  { title: 'responders wk 12', cell: (s) => share(s.responders12) },
  { title: 'responders wk 26', cell: (s) => share(s.responders26) },
  { title: 'reached step 2', cell: (s) => share(s.reachedStep[2]) },
  { title: 'reached step 3', cell: (s) => share(s.reachedStep[3]) },
  { title: 'any opioid', cell: (s) => share(s.anyOpioid) },
  {
    title: 'MME-days/patient',
    cell: (s) => `${oneDecimal(s.mmeDaysPerPatient.mean)} (${range(s.mmeDaysPerPatient, oneDecimal)})`,
  },
  { title: 'adherence', cell: (s) => `${percent(s.adherence.mean)} (${range(s.adherence, percent)})` },
];

export function policyTable(summaries: readonly PolicySummary[], context: string): string {
  const rows = [COLUMNS.map((c) => c.title), ...summaries.map((s) => COLUMNS.map((c) => c.cell(s)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [
    SIMULATION_LABEL,
    context,
    '',
    line(rows[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    '',
    'Shares with 95% Wilson intervals; means with 95% normal intervals. Assumptions: docs/simulation.md.',
  ].join('\n');
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function policyCsv(summaries: readonly PolicySummary[]): string {
  const header = ['policy', 'description', 'patients'];
  type Metric = { value: number; lower: number; upper: number; n: number };
  const ofShare = (p: Proportion): Metric => ({ value: p.share, ...p.interval, n: p.n });
  const metrics: [string, (s: PolicySummary) => Metric][] = [
    ['responders_week12', (s) => ofShare(s.responders12)],
    ['responders_week26', (s) => ofShare(s.responders26)],
    ['reached_step2', (s) => ofShare(s.reachedStep[2])],
    ['reached_step3', (s) => ofShare(s.reachedStep[3])],
    ['any_opioid', (s) => ofShare(s.anyOpioid)],
    [
      'mme_days_per_patient',
      (s) => ({ value: s.mmeDaysPerPatient.mean, ...s.mmeDaysPerPatient, n: s.patients }),
    ],
    ['adherence', (s) => ({ value: s.adherence.mean, ...s.adherence, n: s.patients })],
  ];
  const columns = [...header, ...metrics.flatMap(([name]) => [name, `${name}_lower`, `${name}_upper`])];
  const rows = summaries.map((s) => [
    s.policy,
    s.description,
    s.patients,
    ...metrics.flatMap(([, pick]) => {
      const { value, lower, upper, n } = pick(s);
      return n === 0 ? ['', '', ''] : [value.toFixed(4), lower.toFixed(4), upper.toFixed(4)];
    }),
  ]);
  return `# ${SIMULATION_LABEL}\n${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const METRICS: readonly { label: string; pick: (s: PolicySummary) => Proportion }[] = [
  { label: 'Responders at week 12', pick: (s) => s.responders12 },
  { label: 'Responders at week 26', pick: (s) => s.responders26 },
  { label: 'Reached step 2', pick: (s) => s.reachedStep[2] },
  { label: 'Any opioid', pick: (s) => s.anyOpioid },
];

const PALETTE = ['#1b6ca8', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#555555'];

/** Grouped bars (one group per metric, one bar per policy) with 95% interval whiskers. */
export function policySvg(summaries: readonly PolicySummary[], context: string): string {
  const width = 760;
  const top = 70;
  const plotHeight = 300;
  const left = 60;
  const groupWidth = (width - left - 20) / METRICS.length;
  const barWidth = Math.min(36, (groupWidth - 20) / Math.max(1, summaries.length));
  const y = (value: number) => top + plotHeight * (1 - value);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${left}" x2="${width - 20}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${left - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${tick * 100}%</text>`,
    );
  }
  METRICS.forEach((metric, m) => {
    const groupLeft = left + m * groupWidth + 10;
    summaries.forEach((summary, p) => {
      const value = metric.pick(summary);
      const x = groupLeft + p * barWidth;
      const colour = PALETTE[p % PALETTE.length] ?? '#555';
      if (value.n === 0) {
        parts.push(
          `<text x="${x + (barWidth - 4) / 2}" y="${y(0) - 4}" text-anchor="middle" font-size="10">n/a</text>`,
        );
        return;
      }
      const title = `${summary.policy}: ${metric.label} ${percent(value.share)} (95% interval ${range(value.interval, percent)})`;
      parts.push(
        `<rect x="${x}" y="${y(value.share)}" width="${barWidth - 4}" height="${plotHeight * value.share}" fill="${colour}"><title>${escapeXml(title)}</title></rect>`,
        `<line x1="${x + (barWidth - 4) / 2}" x2="${x + (barWidth - 4) / 2}" y1="${y(value.interval.upper)}" y2="${y(value.interval.lower)}" stroke="#222"/>`,
      );
    });
    parts.push(
      `<text x="${groupLeft + (summaries.length * barWidth) / 2}" y="${top + plotHeight + 18}" text-anchor="middle" font-size="12">${escapeXml(metric.label)}</text>`,
    );
  });
  // The legend wraps, three policies a row, so long policy names never run off the chart.
  const perRow = 3;
  const legend = summaries.map((summary, p) => {
    const x = left + (p % perRow) * 230;
    const y = top + plotHeight + 34 + Math.floor(p / perRow) * 20;
    return `<rect x="${x}" y="${y}" width="12" height="12" fill="${PALETTE[p % PALETTE.length]}"/><text x="${x + 18}" y="${y + 11}" font-size="12">${escapeXml(summary.policy)}</text>`;
  });
  const height = top + plotHeight + 44 + Math.ceil(summaries.length / perRow) * 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="sans-serif">`,
    `<title id="title">${escapeXml(`Policy comparison. ${SIMULATION_LABEL}.`)}</title>`,
    `<desc id="desc">${escapeXml(`${context}. Bars are shares of patients; whiskers are 95% intervals.`)}</desc>`,
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="${left}" y="24" font-size="16" font-weight="bold">${escapeXml(SIMULATION_LABEL)}</text>`,
    `<text x="${left}" y="44" font-size="12">${escapeXml(context)}</text>`,
    ...parts,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
