import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../content-lint/readability';
import {
  createPacingPlan,
  DEFAULT_PACING_CONFIG,
  PACING_ACTIVITIES,
  type PacingPlan,
  type PacingWeekReview,
  pacingBaseline,
  pacingInstruction,
  reviewPacingWeek,
} from './pacing';

describe('pacing baseline', () => {
  it.each([
    [[20, 5, 12.5], 10],
    [[10, 10, 10], 8],
    [[30, 1, 2, 3], 1.6],
    [[0, 0, 0], 1],
  ])('tolerated %j → baseline %d minutes', (tolerated, baseline) => {
    expect(pacingBaseline(tolerated)).toBe(baseline);
  });

  it('needs three days and non-negative minutes', () => {
    expect(() => pacingBaseline([10, 12])).toThrow(RangeError);
    expect(() => pacingBaseline([10, -1, 12])).toThrow(RangeError);
  });

  it('always sits below the mean tolerated time (unless at the floor)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 240 }), { minLength: 3, maxLength: 10 }), (days) => {
        const recent = days.slice(-3);
        const mean = recent.reduce((a, b) => a + b, 0) / 3;
        const baseline = pacingBaseline(days);
        expect(baseline).toBeGreaterThanOrEqual(DEFAULT_PACING_CONFIG.floorMinutes);
        if (mean * 0.8 >= DEFAULT_PACING_CONFIG.floorMinutes) {
          expect(baseline).toBeLessThanOrEqual(mean * 0.8 + 1e-9);
          expect(baseline).toBeGreaterThan(mean * 0.8 - 0.1);
        }
      }),
    );
  });
});

describe('pacing plan: weekly review', () => {
  const plan = createPacingPlan(
    [
      { activity: 'walking', toleratedMinutes: [20, 5, 12.5] },
      { activity: 'sitting', toleratedMinutes: [30, 40, 35] },
    ],
    { startDate: '2026-11-02' },
  );
  const quota = (p: PacingPlan, activity: string) =>
    p.quotas.find((q) => q.activity === activity)?.quotaMinutes;

  it('rises 10% when the quota was met on 5 days, holds otherwise, steps back after a flare', () => {
    const met = reviewPacingWeek(plan, [{ activity: 'walking', daysQuotaMet: 6, flare: false }]);
    expect(quota(met, 'walking')).toBe(11);
    expect(quota(met, 'sitting')).toBe(28);
    expect(met.week).toBe(1);
    expect(
      quota(reviewPacingWeek(plan, [{ activity: 'walking', daysQuotaMet: 3, flare: false }]), 'walking'),
    ).toBe(10);
    expect(
      quota(reviewPacingWeek(plan, [{ activity: 'walking', daysQuotaMet: 7, flare: true }]), 'walking'),
    ).toBe(9);
    expect(
      quota(
        reviewPacingWeek(plan, [
          { activity: 'walking', daysQuotaMet: 7, flare: false, painMonitoringMet: false },
        ]),
        'walking',
      ),
    ).toBe(10);
  });

  it('never rises more than 10% a week and never falls below the floor', () => {
    const review = fc.record({
      activity: fc.constantFrom(...PACING_ACTIVITIES),
      daysQuotaMet: fc.integer({ min: 0, max: 7 }),
      flare: fc.boolean(),
      painMonitoringMet: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(review, { maxLength: 4 }), { maxLength: 26 }), (weeks) => {
        let current = createPacingPlan(
          PACING_ACTIVITIES.map((activity) => ({ activity, toleratedMinutes: [3, 8, 20] })),
          { startDate: '2026-11-02' },
        );
        for (const reviews of weeks) {
          const next = reviewPacingWeek(current, reviews as PacingWeekReview[]);
          next.quotas.forEach((q, i) => {
            const before = current.quotas[i]?.quotaMinutes ?? 0;
            expect(q.quotaMinutes).toBeLessThanOrEqual(
              before * (1 + DEFAULT_PACING_CONFIG.weeklyIncrease) + 1e-9,
            );
            expect(q.quotaMinutes).toBeGreaterThanOrEqual(
              Math.min(before, DEFAULT_PACING_CONFIG.floorMinutes),
            );
            const review = reviews.find((r) => r.activity === q.activity);
            if (
              review === undefined ||
              (!review.flare && review.daysQuotaMet < DEFAULT_PACING_CONFIG.daysMetToIncrease)
            ) {
              expect(q.quotaMinutes).toBe(before);
            }
          });
          current = next;
        }
      }),
    );
  });

  it('rejects an activity listed twice', () => {
    expect(() =>
      createPacingPlan(
        [
          { activity: 'walking', toleratedMinutes: [1, 2, 3] },
          { activity: 'walking', toleratedMinutes: [1, 2, 3] },
        ],
        { startDate: '2026-11-02' },
      ),
    ).toThrow(RangeError);
  });

  it('tells the patient to stop at the quota even on a good day, in plain words', () => {
    const text = pacingInstruction({ activity: 'walking', baselineMinutes: 10, quotaMinutes: 11 });
    expect(text).toBe(
      'Walk for 11 minutes, then stop or change position, even if you feel you could do more.',
    );
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });
});
