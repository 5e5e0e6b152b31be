import { describe, expect, it } from 'vitest';
import type { Citation } from '../core/sources';
import { findClaimCitationProblems, soundsLikeClinicalClaim } from './claims';

const acp: Citation = { source: 'ACP_2017', section: 'Rec 2' };

describe('findClaimCitationProblems', () => {
  it('passes claims that cite a known source with a section', () => {
    expect(findClaimCitationProblems([{ text: 'Exercise is a first option.', citations: [acp] }])).toEqual(
      [],
    );
  });

  it('catches a claim with no citation', () => {
    const problems = findClaimCitationProblems([{ text: 'Yoga cures back pain.', citations: [] }]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'no-citation', claimIndex: 0 })]);
  });

  it('catches a citation to a source that is not in the registry', () => {
    const unknown = { source: 'SEED_ARTICLE', section: 'para 3' } as unknown as Citation;
    const problems = findClaimCitationProblems([{ text: '78% improve.', citations: [unknown] }]);
    expect(problems.map((problem) => problem.kind)).toEqual(['unknown-source']);
  });

  it('catches a citation without a section', () => {
    const problems = findClaimCitationProblems([
      { text: 'x', citations: [{ source: 'NICE_NG59', section: ' ' }] },
    ]);
    expect(problems.map((problem) => problem.kind)).toEqual(['empty-section']);
  });
});

describe('soundsLikeClinicalClaim', () => {
  it.each([
    'Studies show that walking helps.',
    'Guidelines recommend exercise first.',
    'About 60 in 100 people felt better.',
    'Opioids can cause breathing problems.',
    'Poor sleep is linked to pain that lasts.',
  ])('treats "%s" as clinical', (text) => {
    expect(soundsLikeClinicalClaim(text)).toBe(true);
  });

  it.each(['Find a quiet place to sit.', 'Write down three things you want to ask.', 'Breathe in slowly.'])(
    'treats "%s" as not clinical',
    (text) => {
      expect(soundsLikeClinicalClaim(text)).toBe(false);
    },
  );
});
