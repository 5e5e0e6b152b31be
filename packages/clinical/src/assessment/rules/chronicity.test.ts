import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { buildIntake } from '../test-support/intake-builder';
import { classifyChronicity, painDuration } from './chronicity';

describe('chronicity (ACP 2017: acute < 4 weeks, subacute 4–12, chronic > 12)', () => {
  it.each([
    [0, 'acute'],
    [3.9, 'acute'],
    [4, 'subacute'],
    [8, 'subacute'],
    [12, 'subacute'],
    [12.1, 'chronic'],
    [520, 'chronic'],
  ] as const)('%d weeks → %s', (weeks, chronicity) => {
    expect(classifyChronicity(weeks)).toBe(chronicity);
    expect(assess(buildIntake({ painDurationWeeks: weeks })).chronicity).toBe(chronicity);
  });

  it.each([
    ['2025-03-10', 0, 'acute'],
    ['2025-02-11', 27, 'acute'],
    ['2025-02-10', 28, 'subacute'],
    ['2024-12-16', 84, 'subacute'],
    ['2024-12-15', 85, 'chronic'],
  ] as const)('pain since %s (%i days before 2025-03-10) → %s', (painStartedOn, days, chronicity) => {
    const duration = painDuration({ assessedOn: '2025-03-10', painStartedOn, painDurationWeeks: undefined });
    expect(duration.weeks).toBe(days / 7);
    expect(duration.chronicity).toBe(chronicity);
  });

  it('reports the duration rounded half up to one decimal', () => {
    expect(
      painDuration({ assessedOn: '2025-03-10', painStartedOn: '2024-12-15', painDurationWeeks: undefined })
        .weeksRounded,
    ).toBe(12.1);
    expect(
      painDuration({ assessedOn: '2025-03-10', painStartedOn: undefined, painDurationWeeks: 6.35 })
        .weeksRounded,
    ).toBe(6.4);
  });

  it('counts across a leap day', () => {
    expect(
      painDuration({ assessedOn: '2024-03-01', painStartedOn: '2024-02-01', painDurationWeeks: undefined })
        .weeks,
    ).toBe(29 / 7);
  });
});
