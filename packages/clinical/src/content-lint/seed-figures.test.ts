import { describe, expect, it } from 'vitest';
import { findSeedArticleFigures } from './seed-figures';

describe('findSeedArticleFigures', () => {
  it.each([
    'Studies show 78% of people improve with physical therapy.',
    'Only 52% improve with medicines alone.',
    'Home exercisers have an 82% success rate.',
    'Self-management gives 40-50% pain reduction.',
    'Duloxetine helps 67% of patients but causes nausea in 25%.',
    'The NIH launched a $45 million study.',
    'By 2024, only 12% got opioids.',
    'Full improvement in 8–12 weeks is typical.',
  ])('catches: %s', (text) => {
    expect(findSeedArticleFigures(text).length).toBeGreaterThan(0);
  });

  it('passes figures that come from real sources', () => {
    expect(
      findSeedArticleFigures(
        'About 60 in 100 people on duloxetine had less pain, compared with about 48 in 100.',
      ),
    ).toEqual([]);
  });
});
