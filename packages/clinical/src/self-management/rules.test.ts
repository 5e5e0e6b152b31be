import { describe, expect, it } from 'vitest';
import { findClaimCitationProblems } from '../content-lint/claims';
import { SELF_MANAGEMENT_RULES } from './rules';

describe('SELF_MANAGEMENT_RULES', () => {
  it('has unique ids and cites at least one known source for every rule', () => {
    expect(new Set(SELF_MANAGEMENT_RULES.map((rule) => rule.id)).size).toBe(SELF_MANAGEMENT_RULES.length);
    const asClaims = SELF_MANAGEMENT_RULES.map((rule) => ({
      text: rule.description,
      citations: rule.citations,
    }));
    expect(findClaimCitationProblems(asClaims)).toEqual([]);
  });

  it('labels every rule that rests on a [K] heuristic as configurable', () => {
    for (const rule of SELF_MANAGEMENT_RULES) {
      if (rule.citations.some((citation) => citation.section.includes('[K]')))
        expect(rule.basis, rule.id).toBe('configurable');
    }
  });
});
