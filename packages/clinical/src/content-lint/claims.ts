import { type Citation, SOURCES } from '../core/sources';

/**
 * A clinical statement made in patient or clinician content, with the sources that support
 * it. Content modules model their claims explicitly so this lint can prove that nothing
 * clinical is shown without a source.
 */
export interface ContentClaim {
  readonly text: string;
  readonly citations: readonly Citation[];
}

export type ClaimCitationProblemKind = 'no-citation' | 'unknown-source' | 'empty-section';

export interface ClaimCitationProblem {
  readonly claimIndex: number;
  readonly claimText: string;
  readonly kind: ClaimCitationProblemKind;
  readonly detail: string;
}

/**
 * Every claim must cite at least one source that exists in the registry, each with a
 * section. `knownSourceKeys` defaults to the keys of `SOURCES`.
 */
export function findClaimCitationProblems(
  claims: readonly ContentClaim[],
  knownSourceKeys: readonly string[] = Object.keys(SOURCES),
): ClaimCitationProblem[] {
  const known = new Set(knownSourceKeys);
  const problems: ClaimCitationProblem[] = [];
  claims.forEach((claim, claimIndex) => {
    const base = { claimIndex, claimText: claim.text };
    if (claim.citations.length === 0) {
      problems.push({ ...base, kind: 'no-citation', detail: 'This claim has no citation.' });
    }
    for (const citation of claim.citations) {
      if (!known.has(citation.source)) {
        problems.push({
          ...base,
          kind: 'unknown-source',
          detail: `Source "${citation.source}" is not in the source registry.`,
        });
      }
      if (citation.section.trim().length === 0) {
        problems.push({
          ...base,
          kind: 'empty-section',
          detail: `Citation of ${citation.source} has no section.`,
        });
      }
    }
  });
  return problems;
}

/**
 * Words that signal a clinical statement: evidence, guidelines, effects, risks, numbers and
 * medicine names. A paragraph that contains one must be linked to a cited claim. This is a
 * deliberately broad net: a false alarm costs one citation, a miss ships an unsourced claim.
 */
const CLINICAL_SIGNALS: readonly RegExp[] = [
  /\b(?:research|researchers|study|studies|trial|trials|review|reviews|evidence|proven|shown to)\b/i,
  /\b(?:guideline|guidelines|NICE|ACP|CDC|FDA|recommend|recommends|recommended)\b/i,
  /\b(?:helps?|helped|works?|worked|reduces?|reduced|improves?|improved|eases?|eased|lowers|lowered|raises|raised)\b/i,
  /\b(?:risk|risks|benefit|benefits|side effects?|harm|harms|linked to|predicts?|cause|causes)\b/i,
  /\d+\s*(?:%|percent|in\s+\d+|out of)/i,
  /\b(?:opioids?|NSAIDs?|paracetamol|acetaminophen|duloxetine|gabapentin|pregabalin|gabapentinoids?|tramadol|steroids?|benzodiazepines?|antidepressants?|muscle relaxants?)\b/i,
];

/** True when `text` reads like a clinical statement and therefore needs a cited claim. */
export function soundsLikeClinicalClaim(text: string): boolean {
  return CLINICAL_SIGNALS.some((pattern) => pattern.test(text));
}
