import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getExercise } from './catalogue/index';
import {
  type FlareLogEntry,
  type FlareState,
  flareDurationDays,
  flareNeedsClinicianReview,
  logFlareDay,
  startFlare,
} from './flare';
import { FLARE_RED_FLAG_SYMPTOMS, FLARE_SYMPTOMS } from './flare-symptoms';
import { generateProgramme } from './generator';
import type { Programme } from './programme-types';
import { isExerciseAllowed } from './restrictions';
import { assessmentFixture } from './test-fixtures';
import { AVOID_CONDITION_IDS, EQUIPMENT, EXERCISE_POSITIONS } from './types';

function programme(overrides = {}, preferences = {}): Programme {
  const result = generateProgramme(assessmentFixture(overrides), preferences, { startDate: '2026-11-02' });
  if (result.kind !== 'programme') throw new Error('expected a programme');
  return result;
}

const day = (date: string, settled: boolean, extra: Partial<FlareLogEntry> = {}): FlareLogEntry => ({
  date,
  pain: settled ? 3 : 7,
  settled,
  redFlagSymptoms: [],
  ...extra,
});

function logAll(state: FlareState, entries: readonly FlareLogEntry[]) {
  let current = state;
  let last = null as ReturnType<typeof logFlareDay> | null;
  for (const entry of entries) {
    last = logFlareDay(current, entry);
    current = last.state;
  }
  return last;
}

describe('startFlare', () => {
  it('switches to gentle mobility, a short walk and relaxation at half the volume', () => {
    const plan = programme();
    const flare = startFlare(plan, { startDate: '2026-11-10' });
    const groups = flare.flareSession.items.map((i) => getExercise(i.exerciseId).group);
    expect(groups[0]).toBe('warm-up');
    expect(groups).toContain('mobility');
    expect(groups).toContain('walking-aerobic');
    expect(groups.at(-1)).toBe('relaxation');
    expect(groups).not.toContain('strengthening');
    expect(groups).not.toContain('motor-control');
    for (const item of flare.flareSession.items) {
      const exercise = getExercise(item.exerciseId);
      if (exercise.group !== 'relaxation') expect(exercise.level).toBe(1);
    }
    const walkBefore = plan.session.items.find((i) => i.role === 'aerobic');
    const walkDuring = flare.flareSession.items.find((i) => i.role === 'aerobic');
    if (walkBefore?.dose.kind === 'duration' && walkDuring?.dose.kind === 'duration') {
      expect(walkDuring.dose.minutes).toBeCloseTo(walkBefore.dose.minutes / 2, 1);
    }
    expect(flare.flareSession.estimatedMinutes).toBeLessThan(plan.session.estimatedMinutes);
    expect(flare.sessionBeforeFlare).toBe(plan.session);
  });

  it('respects the patient’s restrictions', () => {
    fc.assert(
      fc.property(
        fc.subarray([...EXERCISE_POSITIONS], { maxLength: 2 }),
        fc.subarray([...EQUIPMENT]),
        fc.subarray([...AVOID_CONDITION_IDS]),
        (excludedPositions, equipment, avoidConditions) => {
          const result = generateProgramme(
            assessmentFixture(),
            { excludedPositions, equipment, avoidConditions },
            { startDate: '2026-11-02' },
          );
          if (result.kind !== 'programme') return;
          const flare = startFlare(result, { startDate: '2026-11-10' });
          for (const item of flare.flareSession.items) {
            expect(isExerciseAllowed(getExercise(item.exerciseId), result.restrictions)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('flare log: vignettes', () => {
  const plan = programme();
  const flare = startFlare(plan, { startDate: '2026-11-10' });

  it('returns to the earlier session after two settled days in a row', () => {
    const result = logAll(flare, [
      day('2026-11-10', false),
      day('2026-11-11', true),
      day('2026-11-12', true),
    ]);
    expect(result?.kind).toBe('flare-resolved');
    if (result?.kind === 'flare-resolved') {
      expect(result.session).toBe(plan.session);
      expect(result.state.endedOn).toBe('2026-11-12');
    }
  });

  it('keeps the flare set while days are not settled, or settled days are not in a row', () => {
    const result = logAll(flare, [day('2026-11-10', true), day('2026-11-12', true)]);
    expect(result?.kind).toBe('flare-continues');
    if (result?.kind === 'flare-continues') expect(result.session).toBe(flare.flareSession);
    expect(logAll(flare, [day('2026-11-10', true), day('2026-11-11', false)])?.kind).toBe('flare-continues');
  });

  it.each([
    ['saddle-numbness', 'emergency', 'cauda-equina'],
    ['new-bladder-problem', 'emergency', 'cauda-equina'],
    ['new-leg-weakness', 'urgent', 'progressive-neurological-deficit'],
    ['fever-or-feeling-unwell', 'urgent', 'infection'],
  ] as const)('%s → %s urgent path', (symptom, action, condition) => {
    const result = logFlareDay(flare, day('2026-11-11', true, { redFlagSymptoms: [symptom] }));
    expect(result).toMatchObject({ kind: 'urgent-path', action, conditions: [condition] });
    expect(result.state.status).toBe('urgent');
  });

  it('takes the most serious action when several symptoms are reported', () => {
    const result = logFlareDay(
      flare,
      day('2026-11-11', false, { redFlagSymptoms: ['new-leg-weakness', 'new-bowel-problem'] }),
    );
    expect(result).toMatchObject({ kind: 'urgent-path', action: 'emergency' });
  });

  it('red-flag symptoms win over settled days', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLARE_RED_FLAG_SYMPTOMS), (symptom) => {
        const result = logAll(flare, [
          day('2026-11-10', true),
          day('2026-11-11', true, { redFlagSymptoms: [symptom] }),
        ]);
        expect(result?.kind).toBe('urgent-path');
      }),
    );
  });

  it('refuses to log on a flare that has ended', () => {
    const ended = logAll(flare, [day('2026-11-10', true), day('2026-11-11', true)]);
    expect(() => logFlareDay(ended?.state ?? flare, day('2026-11-12', true))).toThrow(RangeError);
  });

  it('asks every red-flag question in plain words', () => {
    for (const symptom of FLARE_RED_FLAG_SYMPTOMS) expect(FLARE_SYMPTOMS[symptom].question).toMatch(/\?$/);
  });
});

describe('flare duration and clinician review', () => {
  const flare = startFlare(programme(), { startDate: '2026-11-02' });

  it.each([
    ['2026-11-02', 0, false],
    ['2026-11-09', 7, false],
    ['2026-11-10', 8, true],
    ['2026-11-20', 18, true],
  ] as const)('on %s the flare has lasted %d days (review: %s)', (today, days, review) => {
    expect(flareDurationDays(flare, today)).toBe(days);
    expect(flareNeedsClinicianReview(flare, today)).toBe(review);
  });

  it('stops counting when the flare ends', () => {
    const ended = { ...flare, status: 'resolved' as const, endedOn: '2026-11-05' };
    expect(flareDurationDays(ended, '2026-11-30')).toBe(3);
    expect(flareNeedsClinicianReview(ended, '2026-11-30')).toBe(false);
  });
});
