import { findClaimCitationProblems, soundsLikeClinicalClaim } from '../content-lint/claims';
import { findEmptyContentFields } from '../content-lint/empty-fields';
import { findMedicationInstructions } from '../content-lint/medication-instructions';
import { fleschKincaidGradeOfAll } from '../content-lint/readability';
import { findSeedArticleFigures } from '../content-lint/seed-figures';
import type { SelfManagementClaim, SourcedText } from './claims';

/**
 * The shared quality bar for self-management content (lessons, relaxation scripts, sleep
 * tips): no empty field, every claim cited, every clinical-sounding text linked to a claim,
 * no medication instruction, no seed-article figure, and plain language.
 */
export interface ContentLintIssue {
  readonly contentId: string;
  readonly rule:
    | 'empty-field'
    | 'claim-citation'
    | 'unknown-claim-id'
    | 'unused-claim'
    | 'unsourced-clinical-text'
    | 'medication-instruction'
    | 'seed-article-figure'
    | 'reading-level'
    | 'shape';
  readonly detail: string;
}

/** Plain-language target: average Flesch-Kincaid grade of a piece of content (6th–8th grade). */
export const MAX_AVERAGE_READING_GRADE = 8;

export interface LintableContent {
  readonly id: string;
  /** The whole object, checked for empty fields. */
  readonly value: unknown;
  /** Property names whose lists may be empty (e.g. `claimIds`). */
  readonly allowEmptyListsFor: readonly string[];
  /** Text that states or may state clinical facts, with claim links. */
  readonly sourcedTexts: readonly SourcedText[];
  /** All other patient-facing strings (titles, headings, options, step text). */
  readonly plainTexts: readonly string[];
  /** Texts read as the body of the content, for the reading-level check. */
  readonly readingTexts: readonly string[];
  readonly claims: readonly SelfManagementClaim[];
}

export function lintSelfManagementContent(
  content: LintableContent,
  maxGrade: number = MAX_AVERAGE_READING_GRADE,
): ContentLintIssue[] {
  const issues: ContentLintIssue[] = [];
  const add = (rule: ContentLintIssue['rule'], detail: string): void => {
    issues.push({ contentId: content.id, rule, detail });
  };

  for (const path of findEmptyContentFields(content.value, {
    allowEmptyListsFor: content.allowEmptyListsFor,
  })) {
    add('empty-field', path);
  }
  for (const problem of findClaimCitationProblems(content.claims)) {
    add(
      'claim-citation',
      `${content.claims[problem.claimIndex]?.id ?? problem.claimIndex}: ${problem.detail}`,
    );
  }

  const claimIds = new Set(content.claims.map((claim) => claim.id));
  const usedClaimIds = new Set<string>();
  for (const sourced of content.sourcedTexts) {
    for (const claimId of sourced.claimIds) {
      usedClaimIds.add(claimId);
      if (!claimIds.has(claimId)) add('unknown-claim-id', `"${claimId}" in: ${sourced.text}`);
    }
    if (sourced.claimIds.length === 0 && soundsLikeClinicalClaim(sourced.text)) {
      add('unsourced-clinical-text', sourced.text);
    }
  }
  for (const claim of content.claims) {
    if (!usedClaimIds.has(claim.id)) add('unused-claim', claim.id);
  }

  const allTexts = [...content.sourcedTexts.map((sourced) => sourced.text), ...content.plainTexts];
  for (const text of allTexts) {
    for (const finding of findMedicationInstructions(text)) {
      add('medication-instruction', `"${finding.verb}" + "${finding.medicineTerm}" in: ${finding.sentence}`);
    }
    for (const finding of findSeedArticleFigures(text)) {
      add('seed-article-figure', `${finding.match}: ${finding.why}`);
    }
  }

  const grade = fleschKincaidGradeOfAll(content.readingTexts);
  if (grade > maxGrade) {
    add('reading-level', `grade ${grade.toFixed(1)} is above ${maxGrade}`);
  }
  return issues;
}
