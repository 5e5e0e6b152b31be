import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getExercise } from './catalogue/index';
import { DEFAULT_DOSE_STEP_CONFIG, stepDown, stepUp } from './dose-steps';
import { generateProgramme } from './generator';
import { applyProgression } from './progression-apply';
import type { PatientRestrictions } from './restrictions';
import { assessmentFixture } from './test-fixtures';
import { AVOID_CONDITION_IDS, EQUIPMENT, EXERCISE_POSITIONS, type ExerciseDose } from './types';

const OPEN: PatientRestrictions = { avoidConditions: [], excludedPositions: [], equipment: [...EQUIPMENT] };

function ladder(id: string, steps: number, restrictions = OPEN): string[] {
  let exercise = getExercise(id);
  let dose: ExerciseDose = exercise.startingDose;
  const seen: string[] = [];
  for (let i = 0; i < steps; i += 1) {
    const step = stepUp(exercise, dose, restrictions);
    seen.push(`${step.change}:${step.exerciseId}`);
    exercise = getExercise(step.exerciseId);
    dose = step.dose;
  }
  return seen;
}

describe('dose steps: vignettes', () => {
  it('progresses a bridge by reps, then hold, then sets, then the one-leg bridge', () => {
    expect(ladder('st-bridge', 8)).toEqual([
      'reps:st-bridge',
      'hold:st-bridge',
      'hold:st-bridge',
      'hold:st-bridge',
      'hold:st-bridge',
      'sets:st-bridge',
      'sets:st-bridge',
      'harder-version:st-single-leg-bridge',
    ]);
  });

  it('grows a stretch by hold time first', () => {
    const step = stepUp(
      getExercise('fx-seated-hamstring'),
      { kind: 'reps', sets: 1, reps: 3, holdSeconds: 20 },
      OPEN,
    );
    expect(step).toMatchObject({ change: 'hold', dose: { holdSeconds: 25 } });
  });

  it('moves from a nerve slider to a tensioner only when leg symptoms are not irritable', () => {
    const top: ExerciseDose = { kind: 'reps', sets: 3, reps: 12, holdSeconds: 0 };
    expect(stepUp(getExercise('nv-seated-slider'), top, OPEN).exerciseId).toBe('nv-seated-tensioner');
    const irritable = { ...OPEN, avoidConditions: ['irritable-nerve-symptoms' as const] };
    expect(stepUp(getExercise('nv-seated-slider'), top, irritable).change).toBe('none');
  });

  it('never steps into an excluded position', () => {
    const top: ExerciseDose = { kind: 'reps', sets: 3, reps: 12, holdSeconds: 0 };
    const noFloor = { ...OPEN, excludedPositions: ['floor' as const] };
    expect(stepUp(getExercise('mob-seated-pelvic-tilt'), top, noFloor).change).toBe('none');
  });

  it('raises walking by 10% and lowers it toward the floor', () => {
    const walk = getExercise('ae-walk');
    expect(stepUp(walk, { kind: 'duration', minutes: 10 }, OPEN).dose).toEqual({
      kind: 'duration',
      minutes: 11,
    });
    expect(stepDown(walk, { kind: 'duration', minutes: 10 }, OPEN).dose).toEqual({
      kind: 'duration',
      minutes: 9,
    });
    expect(stepDown(walk, { kind: 'duration', minutes: 5 }, OPEN).change).toBe('none');
  });

  it('regresses sets, then reps, then to the easier version', () => {
    const squat = getExercise('st-squat');
    expect(stepDown(squat, { kind: 'reps', sets: 2, reps: 10, holdSeconds: 0 }, OPEN).change).toBe('sets');
    expect(stepDown(squat, { kind: 'reps', sets: 1, reps: 10, holdSeconds: 0 }, OPEN).change).toBe('reps');
    expect(stepDown(squat, { kind: 'reps', sets: 1, reps: 3, holdSeconds: 0 }, OPEN).exerciseId).toBe(
      'st-sit-to-stand',
    );
  });

  it('leaves warm-up and relaxation time alone', () => {
    const breathing = getExercise('rx-belly-breathing');
    expect(stepUp(breathing, breathing.startingDose, OPEN).change).toBe('none');
  });
});

const arbitraryCase = fc.record({
  phenotype: fc.constantFrom('mechanical', 'radicular', 'inflammatory', 'mixed' as const),
  preference: fc.constantFrom(null, 'extension', 'flexion' as const),
  odi: fc.integer({ min: 0, max: 80 }),
  minutesPerDay: fc.integer({ min: 10, max: 60 }),
  excludedPositions: fc.subarray([...EXERCISE_POSITIONS], { maxLength: 2 }),
  equipment: fc.subarray([...EQUIPMENT]),
  avoidConditions: fc.subarray([...AVOID_CONDITION_IDS]),
  decisions: fc.array(fc.constantFrom('progress', 'hold', 'regress' as const), {
    minLength: 1,
    maxLength: 20,
  }),
});

describe('applyProgression: properties', () => {
  it('keeps every session within budget and restrictions, walking rises ≤ 10% a week and stays above the floor', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const result = generateProgramme(
          assessmentFixture({
            phenotype: c.phenotype,
            directionalPreference: c.preference,
            baseline: { odi: c.odi },
          }),
          c,
          { startDate: '2026-11-02' },
        );
        if (result.kind !== 'programme') return;
        let session = result.session;
        for (const decision of c.decisions) {
          const before = session;
          const applied = applyProgression(session, decision, {
            restrictions: result.restrictions,
            minutesPerDay: result.minutesPerDay,
          });
          session = applied.session;
          expect(session.estimatedMinutes).toBeLessThanOrEqual(result.minutesPerDay);
          expect(new Set(session.items.map((i) => i.exerciseId)).size).toBe(session.items.length);
          if (decision === 'hold') expect(session).toBe(before);
          session.items.forEach((item, index) => {
            const exercise = getExercise(item.exerciseId);
            expect(exercise.avoidIf.some((a) => result.restrictions.avoidConditions.includes(a))).toBe(false);
            expect(result.restrictions.excludedPositions).not.toContain(exercise.position);
            const previous = before.items[index];
            if (
              item.dose.kind === 'duration' &&
              previous?.dose.kind === 'duration' &&
              exercise.group === 'walking-aerobic'
            ) {
              const rise = item.dose.minutes / previous.dose.minutes;
              expect(rise).toBeLessThanOrEqual(1 + DEFAULT_DOSE_STEP_CONFIG.quota.weeklyIncrease + 1e-9);
              expect(item.dose.minutes).toBeGreaterThanOrEqual(
                Math.min(previous.dose.minutes, DEFAULT_DOSE_STEP_CONFIG.quota.floorMinutes),
              );
            }
            if (item.dose.kind === 'reps') {
              expect(item.dose.sets).toBeGreaterThanOrEqual(1);
              expect(item.dose.sets).toBeLessThanOrEqual(DEFAULT_DOSE_STEP_CONFIG.maxSets);
              expect(item.dose.reps).toBeGreaterThanOrEqual(1);
            }
            expect(item.role).toBe(previous?.role);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
