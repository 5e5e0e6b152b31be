import type { ContentClaim } from '../content-lint/claims';

/**
 * How a claim's fact is recorded in clinical.md: `verified` facts were checked against a
 * retrieved source ([V] or [R]); `unverified-background` facts come from the author's
 * background knowledge ([K]) or an untagged cell, or rest on our reference file being silent,
 * and must be shown as unverified.
 */
export type EvidenceVerification = 'verified' | 'unverified-background';

/** A clinical statement in self-management content, with its sources. */
export interface SelfManagementClaim extends ContentClaim {
  /** Unique within the piece of content that holds it (e.g. within one lesson). */
  readonly id: string;
  readonly verification: EvidenceVerification;
}

/** A piece of patient text and the ids of the claims that back it (none if it is not clinical). */
export interface SourcedText {
  readonly text: string;
  readonly claimIds: readonly string[];
}

/** Shorthand for content files: a piece of text backed by the given claim ids. */
export function sourcedText(text: string, ...claimIds: string[]): SourcedText {
  return { text, claimIds };
}
