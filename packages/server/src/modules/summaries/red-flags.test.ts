import { describe, expect, it } from 'vitest';
import { mostSeriousRedFlag, type RedFlagSources } from './red-flags';
import type { StoredFlareLogEntry } from './windows';

/**
 * How a clinician's clearance (its day, `clearedOn`) ends red flags (clinical.md §4.1 product
 * rule): the assessment's flag once it is cleared; check-in, flare-log and unfinished-intake
 * reports dated on or before the clearance day (a check-in stored after the clearance on that
 * day still counts); never a report dated after it.
 */
const CLEARED_ON = '2026-03-10';
const CLEARED_AT = '2026-03-10T15:00:00.000Z';
const blockedIntake = {
  kind: 'intake',
  assessedOn: '2026-03-01',
  eligible: false,
  requiredAction: 'emergency',
};
const bbs = (day: string, recordedAt?: string) => [
  { day, newBladderBowelSaddleSymptoms: true, ...(recordedAt ? { recordedAt } : {}) },
];
const flare = (date: string): StoredFlareLogEntry[] => [
  { date, pain: 8, settled: false, redFlagSymptoms: ['new-bladder-problem'] },
];
const sources = (over: Partial<RedFlagSources>): RedFlagSources => ({
  assessment: null,
  clearedOn: null,
  checkIns: [],
  openFlareLog: [],
  intakeDraft: null,
  ...over,
});

describe('mostSeriousRedFlag and the clearance day', () => {
  const cases: [string, Partial<RedFlagSources>, 'emergency' | 'urgent' | null][] = [
    [
      'an uncleared intake emergency counts',
      { assessment: { ...blockedIntake, cleared: false } },
      'emergency',
    ],
    [
      'a cleared intake emergency does not',
      { assessment: { ...blockedIntake, cleared: true }, clearedOn: CLEARED_ON },
      null,
    ],
    ['a check-in flag with no clearance counts', { checkIns: bbs('2026-03-09') }, 'emergency'],
    [
      'a check-in flag before the clearance day does not',
      { clearedOn: CLEARED_ON, checkIns: bbs('2026-03-09') },
      null,
    ],
    [
      'a check-in flag on the clearance day does not',
      { clearedOn: CLEARED_ON, checkIns: bbs(CLEARED_ON) },
      null,
    ],
    [
      'a check-in flag the day after counts',
      { clearedOn: CLEARED_ON, checkIns: bbs('2026-03-11') },
      'emergency',
    ],
    [
      'a check-in flag stored on the clearance day before the clearance does not',
      { clearedOn: CLEARED_ON, clearedAt: CLEARED_AT, checkIns: bbs(CLEARED_ON, '2026-03-10T09:00:00.000Z') },
      null,
    ],
    [
      'a check-in flag stored on the clearance day after the clearance counts',
      { clearedOn: CLEARED_ON, clearedAt: CLEARED_AT, checkIns: bbs(CLEARED_ON, '2026-03-10T18:00:00.000Z') },
      'emergency',
    ],
    [
      'a new check-in flag counts even with an old one cleared',
      { clearedOn: CLEARED_ON, checkIns: [...bbs('2026-03-08'), ...bbs('2026-03-12')] },
      'emergency',
    ],
    [
      'a flare-log flag on the clearance day does not',
      { clearedOn: CLEARED_ON, openFlareLog: flare(CLEARED_ON) },
      null,
    ],
    [
      'a flare-log flag the day after counts',
      { clearedOn: CLEARED_ON, openFlareLog: flare('2026-03-11') },
      'emergency',
    ],
    [
      'an unfinished-intake flag saved before the clearance does not',
      {
        clearedOn: CLEARED_ON,
        intakeDraft: { savedOn: '2026-03-09', emergencyFeatures: ['urinary-retention'] },
      },
      null,
    ],
    [
      'an unfinished-intake flag saved after the clearance counts',
      {
        clearedOn: CLEARED_ON,
        intakeDraft: { savedOn: '2026-03-11', emergencyFeatures: ['urinary-retention'] },
      },
      'emergency',
    ],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(mostSeriousRedFlag(sources(over))?.action ?? null).toBe(expected);
  });
});
