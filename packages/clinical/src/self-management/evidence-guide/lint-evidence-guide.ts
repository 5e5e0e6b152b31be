import { findClaimCitationProblems } from '../../content-lint/claims';
import { findEmptyContentFields } from '../../content-lint/empty-fields';
import { findMedicationInstructions } from '../../content-lint/medication-instructions';
import { fleschKincaidGradeOfAll } from '../../content-lint/readability';
import { findSeedArticleFigures } from '../../content-lint/seed-figures';
import { guidelineStancesConflict, type TreatmentEvidence, treatmentStatements } from './types';

export interface EvidenceGuideIssue {
  readonly treatmentId: string;
  readonly detail: string;
}

/** Plain-language target for the guide's patient text, averaged over the whole guide. */
export const EVIDENCE_GUIDE_MAX_AVERAGE_GRADE = 8;

/** Patient-facing text of one entry, in reading order. */
export function treatmentPatientTexts(treatment: TreatmentEvidence): string[] {
  return [
    treatment.name,
    treatment.summary,
    ...treatmentStatements(treatment).map((statement) => statement.text),
    treatment.agreementNote,
  ];
}

/**
 * Checks the guide: unique ids, no empty fields, every statement cited (except "our sources
 * give no size" and silence recorded as unverified), [K] facts flagged, the disagreement flag
 * matching the two stances, no medication instruction and no seed-article figure.
 */
export function lintEvidenceGuide(treatments: readonly TreatmentEvidence[]): EvidenceGuideIssue[] {
  const issues: EvidenceGuideIssue[] = [];
  const seen = new Set<string>();
  for (const treatment of treatments) {
    const add = (detail: string): void => {
      issues.push({ treatmentId: treatment.id, detail });
    };
    if (seen.has(treatment.id)) add('duplicate id');
    seen.add(treatment.id);

    for (const path of findEmptyContentFields(treatment, { allowEmptyListsFor: ['citations'] }))
      add(`empty field ${path}`);

    const statements = treatmentStatements(treatment);
    const cited = statements.filter((statement) => statement.citations.length > 0);
    for (const problem of findClaimCitationProblems(cited)) add(problem.detail);

    for (const stance of [treatment.acp2017, treatment.niceNg59]) {
      if (stance.kind !== 'not-addressed' && stance.citations.length === 0)
        add(`stance "${stance.text}" has no citation`);
      if (stance.citations.length === 0 && stance.verification !== 'unverified-background') {
        add(`uncited stance "${stance.text}" must be flagged unverified`);
      }
    }
    if (treatment.benefit.size !== 'unclear' && treatment.benefit.citations.length === 0)
      add('benefit size has no citation');
    if (treatment.harms !== 'not-recorded' && treatment.harms.citations.length === 0)
      add('harms have no citation');
    if (treatment.commonBelief && treatment.commonBelief.citations.length === 0)
      add('common belief has no citation');

    for (const statement of statements) {
      const citesBackground = statement.citations.some((citation) => citation.section.includes('[K]'));
      if (citesBackground && statement.verification !== 'unverified-background') {
        add(`"${statement.text}" cites a [K] fact but is not flagged unverified`);
      }
    }
    const derived = statements.some((statement) => statement.verification === 'unverified-background')
      ? 'unverified-background'
      : 'verified';
    if (treatment.verification !== derived) add(`verification should be ${derived}`);

    if (
      treatment.guidelinesDisagree !==
      guidelineStancesConflict(treatment.acp2017.kind, treatment.niceNg59.kind)
    ) {
      add('guidelinesDisagree does not match the two stances');
    }
    if (
      treatment.guidelinesDisagree &&
      !(/\bACP\b/.test(treatment.agreementNote) && /\bNICE\b/.test(treatment.agreementNote))
    ) {
      add('a disagreement must be explained in terms of both ACP and NICE');
    }

    for (const text of treatmentPatientTexts(treatment)) {
      for (const finding of findMedicationInstructions(text))
        add(`medication instruction: ${finding.sentence}`);
      for (const finding of findSeedArticleFigures(text)) add(`seed-article figure ${finding.match}`);
    }
  }
  return issues;
}

/** Average reading grade of the guide's patient text. */
export function evidenceGuideReadingGrade(treatments: readonly TreatmentEvidence[]): number {
  return fleschKincaidGradeOfAll(
    treatments.flatMap((treatment) => treatmentPatientTexts(treatment).slice(1)),
  );
}
