import { describe, expect, it } from 'vitest';
import { lintSleepHabitTips, SLEEP_HABIT_TIPS, sleepHabitClaims } from './sleep-habits';

describe('sleep habit tips', () => {
  it('has plain tips with unique ids, each backed by a claim', () => {
    expect(SLEEP_HABIT_TIPS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(SLEEP_HABIT_TIPS.map((tip) => tip.id)).size).toBe(SLEEP_HABIT_TIPS.length);
    for (const tip of SLEEP_HABIT_TIPS) expect(tip.body.claimIds.length, tip.id).toBeGreaterThan(0);
  });

  it('passes the content lint', () => {
    expect(lintSleepHabitTips()).toEqual([]);
  });

  it('cites every claim a tip uses', () => {
    const ids = new Set(sleepHabitClaims().map((claim) => claim.id));
    for (const tip of SLEEP_HABIT_TIPS)
      for (const id of tip.body.claimIds) expect(ids.has(id), `${tip.id}/${id}`).toBe(true);
    for (const claim of sleepHabitClaims()) expect(claim.citations.length).toBeGreaterThan(0);
  });

  it('sends medicine questions to the doctor or pharmacist', () => {
    const medicines = SLEEP_HABIT_TIPS.find((tip) => tip.id === 'sleep-medicines');
    expect(medicines?.body.text).toMatch(/talk with your doctor or pharmacist/i);
  });

  it('catches a tip that tells someone to change a medicine', () => {
    const broken = [
      ...SLEEP_HABIT_TIPS,
      {
        id: 'bad',
        title: 'Bad',
        kind: 'habit' as const,
        body: { text: 'Stop your sleeping pills tonight.', claimIds: [] },
      },
    ];
    expect(lintSleepHabitTips(broken).map((issue) => issue.rule)).toContain('medication-instruction');
  });
});
