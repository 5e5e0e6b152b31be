import PDFDocument from 'pdfkit';
import type { RecordSummary } from './record-summary';

/**
 * The clinician's PDF: fuller than the patient's one-page report. It follows
 * the AHRQ Pain Management Summary sections (products.md §5): assessment and
 * flags, pain and function with meaningful-change markers, treatments
 * (programme, medications with MME and alerts), decisions and notes. Built
 * with pdfkit's standard fonts, so text is reduced to the WinAnsi characters
 * those fonts carry.
 */

export interface ClinicianReportInput {
  readonly patient: {
    displayName: string;
    clinicName: string;
    triage: { priority: number; reasons: string[] };
  };
  readonly summary: RecordSummary;
  readonly weeklyPain: readonly { weekStarting: string; meanPain: number | null }[];
  readonly proms: readonly { instrumentId: string; answeredOn: string; primaryScore: number | null }[];
  readonly cards: readonly { summary: string; severity: string; sources: string }[];
  readonly decisions: readonly { at: string; summary: string; decision: string | null; reason: string }[];
  readonly notes: readonly { visitedOn: string; author: string | null; body: string }[];
  readonly generatedAt: Date;
}

const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '−': '-',
  '×': 'x',
  '·': '-',
};

/** Characters outside WinAnsi (which the standard PDF fonts use) become close ASCII equivalents. */
export function pdfText(text: string): string {
  return text
    .replace(/[≥≤→−×·]/g, (c) => REPLACEMENTS[c] ?? '')
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\n]/g, '?');
}

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? '-' : String(Math.round(value * 10 ** digits) / 10 ** digits);
const percent = (rate: number | null) => (rate === null ? '-' : `${Math.round(rate * 100)}%`);

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(pdfText(text)).moveDown(0.2);
  doc.font('Helvetica').fontSize(9.5);
}

function line(doc: Doc, text: string): void {
  doc.text(pdfText(text), { width: doc.page.width - 100 });
}

type Trend = Pick<RecordSummary['trends']['pain'], 'baseline' | 'current' | 'change'>;

function trendLine(label: string, trend: Trend): string {
  const change = trend.change
    ? ` (${trend.change.points > 0 ? '+' : ''}${trend.change.points} points, ${trend.change.category.replaceAll('-', ' ')})`
    : '';
  return `${label}: baseline ${fmt(trend.baseline)}, now ${fmt(trend.current)}${change}`;
}

function writeBody(doc: Doc, input: ClinicianReportInput): void {
  const { summary, patient } = input;
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(pdfText(`BackPlan clinician report: ${patient.displayName}`));
  doc.font('Helvetica').fontSize(9.5);
  line(
    doc,
    `${patient.clinicName}. Record as of ${summary.today}. Generated ${input.generatedAt.toISOString()}.`,
  );
  line(doc, 'Confidential patient information. The software suggests; clinicians decide.');
  if (patient.triage.reasons.length > 0) line(doc, `Needs attention: ${patient.triage.reasons.join('; ')}`);

  heading(doc, 'Assessment and flags');
  const a = summary.assessment;
  if (!a) line(doc, 'No assessment recorded.');
  else {
    line(
      doc,
      `Assessed ${a.assessedOn} (${a.kind}). Chronicity ${a.chronicity ?? '-'}; phenotype ${a.phenotype ?? '-'}; STarT Back risk ${a.riskGroup ?? '-'}; directional preference ${a.directionalPreference ?? 'not recorded'}.`,
    );
    const flags = a.redFlags.map((f) => `${f.condition} (${f.action}${f.cleared ? ', cleared' : ''})`);
    line(
      doc,
      `Red flags: ${flags.length > 0 ? flags.join(', ') : 'none'}. PHQ-9 item 9 safety flag: ${a.selfHarmSafetyFlag ? 'YES' : 'no'}.`,
    );
    if (a.yellowFlags.length > 0) line(doc, `Yellow flags: ${a.yellowFlags.join('; ')}.`);
  }

  heading(doc, 'Stepped care');
  const s = summary.step;
  line(
    doc,
    s
      ? `Step ${s.step} since ${s.startedOn} (${s.weeksInStep} weeks), care plan version ${s.carePlanVersion}, level ${s.level ?? '-'}. Components: ${s.components.join(', ')}.`
      : 'No care plan yet.',
  );
  line(
    doc,
    `Physiotherapy visits: ${summary.physiotherapy.visitsUsed} used of ${summary.physiotherapy.visitsAuthorised ?? 'none'} authorised.`,
  );
  if (summary.flare) line(doc, `Open flare since ${summary.flare.startedOn}.`);

  heading(doc, 'Pain and function (meaningful change per clinical.md §3.1: IMMPACT, Ostelo)');
  line(doc, trendLine('Pain, 7-day mean (0-10)', summary.trends.pain));
  line(doc, trendLine('PEG (0-10)', summary.trends.peg));
  line(doc, trendLine('ODI (0-100)', summary.trends.odi));
  line(doc, trendLine('RMDQ (0-24)', summary.trends.rmdq));
  line(
    doc,
    `Adherence: ${percent(summary.adherence.last14Days.rate)} over 14 days, ${percent(summary.adherence.last28Days.rate)} over 28 days (${summary.adherence.last28Days.completed} of ${summary.adherence.last28Days.prescribed} sessions).`,
  );
  const weeks = input.weeklyPain.filter((w) => w.meanPain !== null);
  if (weeks.length > 0)
    line(doc, `Weekly mean pain: ${weeks.map((w) => `${w.weekStarting} ${fmt(w.meanPain)}`).join(' | ')}`);

  heading(doc, 'Questionnaires');
  if (input.proms.length === 0) line(doc, 'None recorded.');
  for (const p of input.proms) line(doc, `${p.answeredOn}  ${p.instrumentId}: ${fmt(p.primaryScore)}`);

  heading(
    doc,
    `Medications (total ${fmt(summary.medications.totalMmePerDay, 2)} MME/day, ${summary.medications.factorSet}${summary.medications.mmeComplete ? '' : ', incomplete'})`,
  );
  if (summary.medications.active.length === 0) line(doc, 'No current medications recorded.');
  for (const m of summary.medications.active)
    line(
      doc,
      `${m.drug} ${m.dose} ${m.unit} ${m.frequency} ${m.route}, since ${m.startedOn}${m.mmePerDay !== null ? `, ${m.mmePerDay} MME/day` : ''}${m.overrideReason ? `. Override: ${m.overrideReason}` : ''}`,
    );
  for (const alert of summary.medications.alerts)
    line(
      doc,
      `[${alert.severity}] ${alert.summary}. Suggested: ${alert.suggestions.map((x) => x.label).join('; ') || '-'}. Sources: ${alert.source.map((c) => `${c.source} (${c.section})`).join('; ')}`,
    );

  heading(doc, 'Decision support shown now');
  if (input.cards.length === 0) line(doc, 'No cards.');
  for (const card of input.cards) line(doc, `[${card.severity}] ${card.summary}. Sources: ${card.sources}`);

  heading(doc, 'Decisions and care-plan changes');
  if (input.decisions.length === 0) line(doc, 'None.');
  for (const d of input.decisions.slice(0, 25))
    line(doc, `${d.at.slice(0, 10)}  ${d.summary}${d.decision ? ` - ${d.decision}` : ''}: ${d.reason}`);

  heading(doc, 'Visit notes');
  if (input.notes.length === 0) line(doc, 'None.');
  for (const n of input.notes.slice(0, 15)) line(doc, `${n.visitedOn} (${n.author ?? 'unknown'}): ${n.body}`);
}

export function renderClinicianReport(input: ClinicianReportInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: pdfText(`BackPlan clinician report: ${input.patient.displayName}`),
      Author: 'BackPlan',
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeBody(doc, input);
  doc.end();
  return done;
}
