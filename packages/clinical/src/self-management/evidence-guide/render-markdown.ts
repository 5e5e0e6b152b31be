import { type Citation, SOURCES, type SourceKey } from '../../core/sources';
import { EVIDENCE_GUIDE } from './all-treatments';
import {
  type BenefitSize,
  type EvidenceStatement,
  type GuidelineStanceKind,
  type TreatmentCategory,
  type TreatmentEvidence,
  treatmentStatements,
} from './types';

/** docs/evidence-guide.md holds this block verbatim between the two markers; a test checks it. */
export const EVIDENCE_GUIDE_BEGIN_MARKER =
  '<!-- evidence-guide:begin (generated from the data; do not edit by hand) -->';
export const EVIDENCE_GUIDE_END_MARKER = '<!-- evidence-guide:end -->';

const CATEGORY_HEADINGS: Readonly<Record<TreatmentCategory, string>> = {
  exercise: 'Exercise',
  'psychological-and-mind-body': 'Psychological and mind-body treatments',
  'hands-on-and-devices': 'Hands-on treatments and devices',
  'rest-and-supports': 'Rest, supports and traction',
  medicine: 'Medicines',
  procedure: 'Injections and procedures',
};

const STANCE_LABELS: Readonly<Record<GuidelineStanceKind, string>> = {
  recommended: 'Recommended',
  conditional: 'In some cases',
  'not-recommended': 'Not recommended',
  'not-addressed': 'Not addressed',
};

const BENEFIT_LABELS: Readonly<Record<BenefitSize, string>> = {
  none: 'None',
  small: 'Small',
  moderate: 'Moderate',
  unclear: 'Unclear',
};

const UNVERIFIED = ' *(unverified)*';

/** The guide as Markdown tables, one per category, followed by disagreements, beliefs and sources. */
export function renderEvidenceGuideMarkdown(
  treatments: readonly TreatmentEvidence[] = EVIDENCE_GUIDE,
): string {
  const lines: string[] = [EVIDENCE_GUIDE_BEGIN_MARKER, ''];
  for (const [category, heading] of Object.entries(CATEGORY_HEADINGS) as [TreatmentCategory, string][]) {
    const inCategory = treatments.filter((treatment) => treatment.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`### ${heading}`, '');
    lines.push(
      '| Treatment | What it is | ACP 2017 | NICE NG59 | Size of benefit | Main harms | Guidelines disagree? |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const treatment of inCategory) lines.push(renderRow(treatment));
    lines.push('');
  }

  lines.push('### Where the guidelines disagree', '');
  for (const treatment of treatments.filter((candidate) => candidate.guidelinesDisagree)) {
    lines.push(`- **${treatment.name}** (\`${treatment.id}\`): ${escapeCell(treatment.agreementNote)}`);
  }
  lines.push('');

  const beliefs = treatments.filter((treatment) => treatment.commonBelief !== undefined);
  if (beliefs.length > 0) {
    lines.push('### Common beliefs the evidence does not support', '');
    for (const treatment of beliefs) {
      if (treatment.commonBelief)
        lines.push(`- **${treatment.name}**: ${renderStatement(treatment.commonBelief)}`);
    }
    lines.push('');
  }

  lines.push('### Sources', '');
  for (const key of usedSourceKeys(treatments)) {
    const source = SOURCES[key];
    const url = 'url' in source ? ` <${source.url}>` : '';
    lines.push(
      `- **${source.label}** (\`${key}\`, clinical.md ${source.clinicalMd}): ${source.citation}${url}`,
    );
  }
  lines.push('', EVIDENCE_GUIDE_END_MARKER);
  return `${lines.join('\n')}\n`;
}

function renderRow(treatment: TreatmentEvidence): string {
  const acpCell = `${STANCE_LABELS[treatment.acp2017.kind]}: ${renderStatement(treatment.acp2017)}${renderCaveat(treatment.acp2017.caveat)}`;
  const niceCell = `${STANCE_LABELS[treatment.niceNg59.kind]}: ${renderStatement(treatment.niceNg59)}${renderCaveat(treatment.niceNg59.caveat)}`;
  const benefitCell = `${BENEFIT_LABELS[treatment.benefit.size]}: ${renderStatement(treatment.benefit)}`;
  const harmsCell =
    treatment.harms === 'not-recorded' ? 'Not recorded in our sources.' : renderStatement(treatment.harms);
  const disagreeCell = treatment.guidelinesDisagree
    ? `**Yes.** ${escapeCell(treatment.agreementNote)}`
    : 'No';
  const nameCell = `**${treatment.name}** (\`${treatment.id}\`)`;
  return `| ${[nameCell, escapeCell(treatment.summary), acpCell, niceCell, benefitCell, harmsCell, disagreeCell].join(' | ')} |`;
}

function renderStatement(statement: EvidenceStatement): string {
  const cited =
    statement.citations.length > 0 ? ` (${statement.citations.map(renderCitation).join('; ')})` : '';
  const flag = statement.verification === 'unverified-background' ? UNVERIFIED : '';
  return `${escapeCell(statement.text)}${cited}${flag}`;
}

function renderCaveat(caveat: EvidenceStatement | undefined): string {
  return caveat ? ` Also: ${renderStatement(caveat)}` : '';
}

function renderCitation(citation: Citation): string {
  return escapeCell(`${SOURCES[citation.source].label}, ${citation.section}`);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function usedSourceKeys(treatments: readonly TreatmentEvidence[]): SourceKey[] {
  const keys = new Set<SourceKey>();
  for (const treatment of treatments) {
    for (const statement of treatmentStatements(treatment)) {
      for (const citation of statement.citations) keys.add(citation.source);
    }
  }
  return [...keys].sort();
}
