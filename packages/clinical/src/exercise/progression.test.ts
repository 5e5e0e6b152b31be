import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRESSION_CONFIG,
  decideProgression,
  evaluateWeek,
  INITIAL_PROGRESSION_STATE,
  type ProgressionState,
  type SessionFeedback,
  type WeekVerdict,
} from './progression';

const session = (painDuring: number, settledNextMorning: boolean | null = true): SessionFeedback => ({
  date: '2026-11-02',
  painDuring,
  settledNextMorning,
});

describe('evaluateWeek: vignettes', () => {
  it.each([
    ['pain 3–4, settled, steady', [session(3), session(4)], [session(4)], 'rules-met'],
    ['pain reaches 5, still within the limit', [session(5), session(5)], [session(5)], 'rules-met'],
    ['pain 6 once', [session(2), session(6)], null, 'rules-broken'],
    ['not settled next morning once', [session(2), session(2, false)], null, 'rules-broken'],
    ['pain rising week to week', [session(4), session(4)], [session(2), session(3)], 'rules-broken'],
    ['no sessions', [], null, 'not-enough-data'],
    ['no next-morning answers yet', [session(2, null)], null, 'not-enough-data'],
    ['first week, no earlier week to compare', [session(4)], null, 'rules-met'],
  ] as const)('%s → %s', (_, week, previous, verdict) => {
    expect(evaluateWeek(week, previous).verdict).toBe(verdict);
  });

  it('explains what broke the rules', () => {
    const result = evaluateWeek([session(7, false)], null);
    expect(result.reasons).toHaveLength(2);
    expect(result.maxPainDuring).toBe(7);
  });
});

const settledSession = fc.record({
  date: fc.constant('2026-11-02'),
  painDuring: fc.integer({ min: 0, max: 5 }),
  settledNextMorning: fc.constant(true as boolean | null),
});
const anySession = fc.record({
  date: fc.constant('2026-11-02'),
  painDuring: fc.integer({ min: 0, max: 10 }),
  settledNextMorning: fc.constantFrom<boolean | null>(true, false, null),
});

describe('evaluateWeek: properties', () => {
  it('never requires pain 0: any settled week with pain during ≤ 5 and not rising meets the rules', () => {
    fc.assert(
      fc.property(fc.array(settledSession, { minLength: 1, maxLength: 7 }), (week) => {
        // The same week repeated is "not rising".
        expect(evaluateWeek(week, week).verdict).toBe('rules-met');
        const painful = week.map((s) => ({ ...s, painDuring: Math.max(1, s.painDuring) }));
        expect(evaluateWeek(painful, painful).verdict).toBe('rules-met');
      }),
    );
  });

  it('never meets the rules when pain during exercise goes above 5', () => {
    fc.assert(
      fc.property(
        fc.array(anySession, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 6, max: 10 }),
        (week, high) => {
          const withHigh = [...week, { date: '2026-11-03', painDuring: high, settledNextMorning: true }];
          expect(evaluateWeek(withHigh, null).verdict).toBe('rules-broken');
        },
      ),
    );
  });

  it('never meets the rules when pain had not settled after any session', () => {
    fc.assert(
      fc.property(fc.array(anySession, { maxLength: 7 }), (week) => {
        const withUnsettled = [...week, { date: '2026-11-03', painDuring: 1, settledNextMorning: false }];
        expect(evaluateWeek(withUnsettled, null).verdict).toBe('rules-broken');
      }),
    );
  });

  it('honours a configured limit', () => {
    const strict = { ...DEFAULT_PROGRESSION_CONFIG, maxPainDuring: 3 };
    expect(evaluateWeek([session(4)], null, strict).verdict).toBe('rules-broken');
  });
});

describe('decideProgression', () => {
  it.each([
    [['rules-met'], ['progress']],
    [['rules-broken'], ['hold']],
    [
      ['rules-broken', 'rules-broken'],
      ['hold', 'regress'],
    ],
    [
      ['rules-broken', 'rules-met', 'rules-broken'],
      ['hold', 'progress', 'hold'],
    ],
    [
      ['rules-broken', 'not-enough-data', 'rules-broken'],
      ['hold', 'hold', 'regress'],
    ],
    [
      ['rules-broken', 'rules-broken', 'rules-broken'],
      ['hold', 'regress', 'hold'],
    ],
  ] as const)('%j → %j', (verdicts, decisions) => {
    let state: ProgressionState = INITIAL_PROGRESSION_STATE;
    const made = verdicts.map((verdict) => {
      const next = decideProgression(state, verdict);
      state = next.state;
      return next.decision;
    });
    expect(made).toEqual(decisions);
  });

  it('progresses only on a week that met the rules, and regresses only after two broken weeks in a row', () => {
    const verdict = fc.constantFrom<WeekVerdict>('rules-met', 'rules-broken', 'not-enough-data');
    fc.assert(
      fc.property(fc.array(verdict, { maxLength: 30 }), (verdicts) => {
        let state: ProgressionState = INITIAL_PROGRESSION_STATE;
        const brokenSinceReset: WeekVerdict[] = [];
        for (const v of verdicts) {
          const { decision, state: next } = decideProgression(state, v);
          if (decision === 'progress') expect(v).toBe('rules-met');
          if (v === 'rules-met') expect(decision).toBe('progress');
          if (decision === 'regress') {
            expect(v).toBe('rules-broken');
            expect(brokenSinceReset.length).toBeGreaterThanOrEqual(1);
            brokenSinceReset.length = 0;
          } else if (v === 'rules-broken') {
            brokenSinceReset.push(v);
          } else if (v === 'rules-met') {
            brokenSinceReset.length = 0;
          }
          state = next;
        }
      }),
    );
  });
});
