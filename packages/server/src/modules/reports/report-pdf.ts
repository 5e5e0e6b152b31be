import { classifyMeaningfulChange } from '@backplan/clinical/outcomes/index';
import PDFDocument from 'pdfkit';
import type { PatientReportData } from './report-data';

/**
 * The one-page report a patient hands their doctor, readable in 60 seconds
 * (products.md §4 item 1): pain and PEG trend charts drawn with pdfkit's
 * vector paths, sessions done, the current step and its parts, the medicines
 * the patient reports, flags and the patient's own goals. Standard PDF fonts
 * carry WinAnsi only, so text is reduced to it.
 */

type Doc = InstanceType<typeof PDFDocument>;
const PAGE = { width: 612, height: 792, margin: 40 } as const;
const INK = '#1f2933';
const MUTED = '#52606d';
const LINE = '#2563eb';
const BASE = '#b45309';

export function winAnsi(text: string): string {
  return text
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[→]/g, '->')
    .replace(/[−]/g, '-')
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\n]/g, '?');
}

const one = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

const CHANGE_WORDS = {
  'substantial-improvement': 'a substantial improvement (50% or more)',
  'meaningful-improvement': 'a meaningful improvement (2 points and 30% or more)',
  'no-meaningful-change': 'not yet a meaningful change (needs 2 points and 30%)',
  worsening: 'worse by 2 points or more',
} as const;

/** The change in the 7-day mean against baseline, judged by clinical.md §3.1 (classifyMeaningfulChange). */
function describePainChange(baseline: number, current: number): string {
  const change = classifyMeaningfulChange('pain', baseline, current);
  const direction = change.pointChange <= 0 ? 'down' : 'up';
  return `Change since the start: ${direction} ${one(Math.abs(change.pointChange))} points, ${CHANGE_WORDS[change.category]}.`;
}

interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A 0–10 line chart over the report's days; gaps where there is no value. */
function drawChart(
  doc: Doc,
  box: ChartBox,
  title: string,
  days: readonly string[],
  points: readonly { date: string; value: number }[],
  baseline: number | null,
): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(INK)
    .text(winAnsi(title), box.x, box.y - 16, { width: box.width });
  const xOf = (date: string) => box.x + (days.indexOf(date) / Math.max(1, days.length - 1)) * box.width;
  const yOf = (value: number) => box.y + box.height - (Math.min(10, Math.max(0, value)) / 10) * box.height;
  doc.lineWidth(0.5).strokeColor('#cbd2d9');
  for (const level of [0, 5, 10]) {
    doc
      .moveTo(box.x, yOf(level))
      .lineTo(box.x + box.width, yOf(level))
      .stroke();
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(MUTED)
      .text(String(level), box.x - 14, yOf(level) - 3, { width: 10, align: 'right' });
  }
  doc.font('Helvetica').fontSize(7).fillColor(MUTED);
  doc.text(days[0] ?? '', box.x, box.y + box.height + 3, { width: 80 });
  doc.text(days.at(-1) ?? '', box.x + box.width - 80, box.y + box.height + 3, { width: 80, align: 'right' });
  if (baseline !== null) {
    doc.lineWidth(1).strokeColor(BASE).dash(3, { space: 3 });
    doc
      .moveTo(box.x, yOf(baseline))
      .lineTo(box.x + box.width, yOf(baseline))
      .stroke()
      .undash();
    doc
      .fontSize(7)
      .fillColor(BASE)
      .text(`start ${one(baseline)}`, box.x + box.width - 50, yOf(baseline) - 9, {
        width: 50,
        align: 'right',
      });
  }
  const plotted = points.filter((p) => days.includes(p.date));
  if (plotted.length === 0) {
    doc
      .fontSize(9)
      .fillColor(MUTED)
      .text('No data yet', box.x, box.y + box.height / 2 - 5, { width: box.width, align: 'center' });
    return;
  }
  doc.lineWidth(1.6).strokeColor(LINE).fillColor(LINE);
  let previous: { date: string; value: number } | null = null;
  for (const point of plotted) {
    // Join points at most a week apart; a longer gap stays a gap.
    if (previous !== null && days.indexOf(point.date) - days.indexOf(previous.date) <= 7) {
      doc.moveTo(xOf(previous.date), yOf(previous.value)).lineTo(xOf(point.date), yOf(point.value)).stroke();
    }
    previous = point;
  }
  // Dots for sparse series (PEG is weekly); a daily mean reads better as a line alone.
  if (plotted.length <= 20)
    for (const point of plotted) doc.circle(xOf(point.date), yOf(point.value), 1.8).fill();
}

function section(
  doc: Doc,
  title: string,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  limit: number,
): number {
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(winAnsi(title), x, y, { width });
  let cursor = y + 14;
  doc.font('Helvetica').fontSize(9).fillColor(INK);
  const shown = lines.slice(0, limit);
  for (const line of shown) {
    doc.text(winAnsi(`\u2022 ${line}`), x, cursor, { width, lineBreak: true, height: 24, ellipsis: true });
    cursor = doc.y + 2;
  }
  if (lines.length > limit) {
    doc.fillColor(MUTED).text(`and ${lines.length - limit} more in BackPlan`, x, cursor, { width });
    cursor = doc.y + 2;
  }
  return cursor + 8;
}

export function renderPatientReportPdf(data: PatientReportData, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: PAGE.margin,
    info: {
      Title: `BackPlan report for ${winAnsi(data.patientName)}`,
      Author: 'BackPlan',
      CreationDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = PAGE.margin;
  const width = PAGE.width - PAGE.margin * 2;
  const half = (width - 30) / 2;

  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(INK)
    .text(winAnsi(`BackPlan report: ${data.patientName}`), left, PAGE.margin, { width });
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      winAnsi(
        `${data.from} to ${data.to}. Recorded by the patient in BackPlan. Pain and PEG are 0 to 10; lower is better.`,
      ),
      left,
      doc.y + 2,
      { width },
    );

  const days = data.painMean7d.map((p) => p.date);
  const chartTop = 110;
  drawChart(
    doc,
    { x: left + 14, y: chartTop, width: half - 14, height: 110 },
    'Pain: 7-day average',
    days,
    data.painMean7d.flatMap((p) => (p.mean === null ? [] : [{ date: p.date, value: p.mean }])),
    data.baselinePain,
  );
  drawChart(
    doc,
    { x: left + half + 44, y: chartTop, width: half - 14, height: 110 },
    'PEG score (pain, enjoyment, activity)',
    days,
    data.peg.map((p) => ({ date: p.date, value: p.score })),
    null,
  );

  const latest = [...data.painMean7d].reverse().find((p) => p.mean !== null)?.mean ?? null;
  const latestPeg = data.peg.at(-1);
  const facts = [
    latest === null
      ? 'Pain: not enough check-ins for a 7-day average yet.'
      : `Pain now (7-day average): ${one(latest)}${data.baselinePain === null ? '' : `, at the start: ${one(data.baselinePain)}`}.`,
    ...(latest !== null && data.baselinePain !== null ? [describePainChange(data.baselinePain, latest)] : []),
    latestPeg ? `Latest PEG: ${one(latestPeg.score)} on ${latestPeg.date}.` : 'PEG: not answered yet.',
    data.adherence.rate === null
      ? 'Exercise sessions: none planned yet.'
      : `Exercise sessions: ${data.adherence.done} of ${data.adherence.planned} planned done in the last ${data.adherence.days} days (${Math.round(data.adherence.rate * 100)}%).`,
  ];
  doc.font('Helvetica').fontSize(9.5).fillColor(INK);
  let y = chartTop + 135;
  for (const fact of facts) {
    doc.text(winAnsi(fact), left, y, { width });
    y = doc.y + 3;
  }

  const columnTop = y + 12;
  const plan = data.step
    ? [`${data.step.title} (since ${data.step.since})`, ...data.components]
    : ['No care plan yet.'];
  let leftY = section(doc, 'Care plan', plan, left, columnTop, half, 8);
  leftY = section(
    doc,
    'Flags',
    data.flags.length > 0 ? data.flags : ['None reported.'],
    left,
    leftY,
    half,
    4,
  );
  const meds = data.medications.map(
    (m) =>
      `${m.drug} ${m.dose}, ${m.frequency} (since ${m.since}${m.recordedBy === 'clinician' ? ', recorded by the clinic' : ''})`,
  );
  let rightY = section(
    doc,
    'Medicines the patient reports',
    meds.length > 0 ? meds : ['None listed.'],
    left + half + 30,
    columnTop,
    half,
    8,
  );
  rightY = section(
    doc,
    "The patient's goals",
    data.goals.length > 0 ? data.goals : ['No goals set yet.'],
    left + half + 30,
    rightY,
    half,
    4,
  );
  void leftY;
  void rightY;

  doc
    .font('Helvetica')
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(
      winAnsi(
        `Made by BackPlan on ${generatedAt.toISOString().slice(0, 10)}. BackPlan does not give medical advice; this is what the patient recorded.`,
      ),
      left,
      PAGE.height - PAGE.margin - 12,
      { width, lineBreak: false },
    );
  doc.end();
  return done;
}
