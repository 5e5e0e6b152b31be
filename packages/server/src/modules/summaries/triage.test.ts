import { describe, expect, it } from 'vitest';
import { NO_TRIAGE_PRIORITY, type TriageFacts, triage } from './triage';

/** A patient with nothing to look at: every case below changes one or two facts. */
const calm: TriageFacts = {
  redFlag: null,
  selfHarmFlag: false,
  pain: { baseline: 6, mean7d: 5.5, category: 'no-meaningful-change' },
  flareDays: null,
  flareStartedOn: null,
  decisionPoint: null,
  adherence: { planned: 8, done: 6, rate: 0.75 },
  reassessmentDue: null,
  unreadFromPatient: 0,
};

// Rules: issue #8 triage order; clinical.md §4.1 (red flags), §3.3 (PHQ-9 item 9),
// §3.1 (2-point change), §5.4 and the flare rules (7 days), §6.1 (weeks 6 and 12), §6.2 (adherence).
const TABLE: { name: string; facts: Partial<TriageFacts>; priority: number; reason?: RegExp }[] = [
  { name: 'nothing to look at', facts: {}, priority: NO_TRIAGE_PRIORITY },
  {
    name: 'emergency red flag (§4.1)',
    facts: { redFlag: { action: 'emergency', source: 'bladder symptoms' } },
    priority: 1,
    reason: /Emergency red flag: bladder symptoms/,
  },
  {
    name: 'urgent red flag (§4.1)',
    facts: { redFlag: { action: 'urgent', source: 'fever in flare log' } },
    priority: 1,
    reason: /Urgent red flag/,
  },
  { name: 'PHQ-9 item 9 above 0 (§3.3)', facts: { selfHarmFlag: true }, priority: 1, reason: /item 9/ },
  {
    name: 'worsening by 2 points (§3.1)',
    facts: { pain: { baseline: 5, mean7d: 7, category: 'worsening' } },
    priority: 2,
    reason: /7-day mean 7\.0 against baseline 5\.0/,
  },
  {
    name: 'flare of exactly 7 days is not long',
    facts: { flareDays: 7, flareStartedOn: '2026-03-01' },
    priority: 99,
  },
  {
    name: 'flare over 7 days',
    facts: { flareDays: 8, flareStartedOn: '2026-03-01' },
    priority: 3,
    reason: /Flare for 8 days \(since 2026-03-01\)/,
  },
  {
    name: 'doing it, not improving, at the week-6 check (§6.1)',
    facts: { decisionPoint: 'week-6 check' },
    priority: 4,
    reason: /no meaningful improvement at the week-6 check/,
  },
  {
    name: 'improving at the decision point is not flagged',
    facts: {
      decisionPoint: 'week-12 decision',
      pain: { baseline: 6, mean7d: 3, category: 'substantial-improvement' },
    },
    priority: 99,
  },
  {
    name: 'not doing it: under 50% over 14 days (§6.2)',
    facts: { adherence: { planned: 10, done: 4, rate: 0.4 } },
    priority: 5,
    reason: /4 of 10 planned/,
  },
  {
    name: 'exactly 50% counts as doing it',
    facts: { adherence: { planned: 10, done: 5, rate: 0.5 } },
    priority: 99,
  },
  {
    name: 'too few planned sessions to judge adherence',
    facts: { adherence: { planned: 2, done: 0, rate: 0 } },
    priority: 99,
  },
  {
    name: 'not doing it at a decision point is 5, not 4',
    facts: { decisionPoint: 'week-6 check', adherence: { planned: 10, done: 2, rate: 0.2 } },
    priority: 5,
  },
  {
    name: 'reassessment due (§6.1)',
    facts: { reassessmentDue: { week: 6, on: '2026-04-13' } },
    priority: 6,
    reason: /Week-6 reassessment due since 2026-04-13/,
  },
  {
    name: 'one unread message',
    facts: { unreadFromPatient: 1 },
    priority: 7,
    reason: /^1 unread message from/,
  },
];

describe('triage order (issue #8)', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const result = triage({ ...calm, ...row.facts });
      expect(result.priority).toBe(row.priority);
      if (row.reason) expect(result.reasons.join('\n')).toMatch(row.reason);
      if (row.priority === NO_TRIAGE_PRIORITY) expect(result.reasons).toEqual([]);
    });
  }

  it('lists every reason that applies, most urgent first', () => {
    const result = triage({
      ...calm,
      unreadFromPatient: 2,
      selfHarmFlag: true,
      flareDays: 10,
      flareStartedOn: '2026-03-01',
      reassessmentDue: { week: 12, on: '2026-05-25' },
      pain: { baseline: 4, mean7d: 6.5, category: 'worsening' },
    });
    expect(result.priority).toBe(1);
    expect(result.reasons).toHaveLength(5);
    expect(result.reasons[0]).toMatch(/item 9/);
    expect(result.reasons[1]).toMatch(/Pain worse/);
    expect(result.reasons[2]).toMatch(/Flare for 10 days/);
    expect(result.reasons[3]).toMatch(/Week-12 reassessment/);
    expect(result.reasons[4]).toBe('2 unread messages from the patient');
  });
});
