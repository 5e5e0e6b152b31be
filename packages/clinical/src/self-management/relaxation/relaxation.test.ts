import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintRelaxationScript } from './lint-relaxation';
import { buildSlowBreathingScript, RELAXATION_SCRIPTS, SHORT_BREATHING_SCRIPT } from './scripts';
import { relaxationStepAt, relaxationStepChangedBetween, relaxationStepStartTimes } from './timer';
import { defineRelaxationScript, type RelaxationKind, type RelaxationScript } from './types';

const scriptArb: fc.Arbitrary<RelaxationScript> = fc
  .array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 30 })
  .map((durations) =>
    defineRelaxationScript({
      id: 'generated',
      kind: 'breathing',
      title: 'Generated',
      summary: 'Generated script.',
      why: { text: 'Generated.', claimIds: [] },
      steps: durations.map((seconds, index) => ({ id: `s${index}`, text: `Step ${index}.`, seconds })),
      claims: [],
    }),
  );
const anyScriptArb = fc.oneof(scriptArb, fc.constantFrom(...RELAXATION_SCRIPTS));

describe('relaxation scripts', () => {
  it('offers breathing, a body scan, progressive relaxation and mindful movement', () => {
    const kinds = new Set<RelaxationKind>(RELAXATION_SCRIPTS.map((script) => script.kind));
    expect(kinds).toEqual(new Set(['breathing', 'body-scan', 'progressive-relaxation', 'mindful-movement']));
    expect(new Set(RELAXATION_SCRIPTS.map((script) => script.id)).size).toBe(RELAXATION_SCRIPTS.length);
  });

  it.each(RELAXATION_SCRIPTS.map((script) => [script.id, script] as const))(
    '%s passes the content lint',
    (_id, script) => {
      expect(lintRelaxationScript(script)).toEqual([]);
    },
  );

  it('keeps every practice between 2 and 8 minutes, with a short one of 3 minutes or less', () => {
    for (const script of RELAXATION_SCRIPTS) {
      expect(script.minutes, script.id).toBeGreaterThanOrEqual(2);
      expect(script.minutes, script.id).toBeLessThanOrEqual(8);
    }
    expect(SHORT_BREATHING_SCRIPT.minutes).toBeLessThanOrEqual(3);
  });

  it('builds breathing scripts from the breath count and timings', () => {
    const script = buildSlowBreathingScript({
      id: 'b',
      title: 'B',
      breaths: 3,
      inhaleSeconds: 5,
      exhaleSeconds: 5,
    });
    expect(script.steps.filter((step) => step.id.startsWith('breath-'))).toHaveLength(6);
    expect(script.totalSeconds).toBe(55 + 30);
  });

  it('catches a script whose total does not match its steps', () => {
    const broken = { ...SHORT_BREATHING_SCRIPT, totalSeconds: 1 };
    expect(lintRelaxationScript(broken).map((issue) => issue.rule)).toContain('shape');
  });
});

describe('relaxationStepAt', () => {
  it('plays the first step at 0, the next step at each boundary, and finishes at the total', () => {
    const script = SHORT_BREATHING_SCRIPT;
    expect(relaxationStepAt(script, 0)).toMatchObject({
      status: 'in-progress',
      stepIndex: 0,
      secondsIntoStep: 0,
    });
    expect(relaxationStepAt(script, 15)).toMatchObject({ stepIndex: 1, secondsIntoStep: 0 });
    expect(relaxationStepAt(script, script.totalSeconds - 0.5)).toMatchObject({
      stepIndex: script.steps.length - 1,
    });
    expect(relaxationStepAt(script, script.totalSeconds)).toEqual({
      status: 'finished',
      stepIndex: script.steps.length,
      secondsLeftTotal: 0,
    });
    expect(relaxationStepAt(script, -5)).toMatchObject({ stepIndex: 0 });
    expect(relaxationStepAt(script, Number.NaN)).toMatchObject({ stepIndex: 0 });
  });

  it('has a total duration equal to the sum of the steps (property)', () => {
    fc.assert(
      fc.property(anyScriptArb, (script) => {
        expect(script.totalSeconds).toBe(script.steps.reduce((sum, step) => sum + step.seconds, 0));
        expect(script.minutes).toBe(Math.ceil(script.totalSeconds / 60));
      }),
    );
  });

  it('never goes back a step as time moves forward (property)', () => {
    fc.assert(
      fc.property(
        anyScriptArb,
        fc.double({ min: -10, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (script, t1, delta) => {
          const earlier = relaxationStepAt(script, t1);
          const later = relaxationStepAt(script, t1 + delta);
          expect(later.stepIndex).toBeGreaterThanOrEqual(earlier.stepIndex);
          expect(later.secondsLeftTotal).toBeLessThanOrEqual(earlier.secondsLeftTotal);
        },
      ),
    );
  });

  it('accounts for every second: time into step + time left in step = step length, and time left adds up (property)', () => {
    fc.assert(
      fc.property(
        anyScriptArb,
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (script, fraction) => {
          const elapsed = fraction * script.totalSeconds;
          const state = relaxationStepAt(script, elapsed);
          if (state.status !== 'in-progress') throw new Error('expected a step before the end');
          expect(state.secondsIntoStep + state.secondsLeftInStep).toBeCloseTo(state.step.seconds, 9);
          expect(state.secondsLeftTotal).toBeCloseTo(script.totalSeconds - elapsed, 9);
          const start = relaxationStepStartTimes(script)[state.stepIndex] ?? Number.NaN;
          expect(start).toBeLessThanOrEqual(elapsed);
          expect(elapsed).toBeLessThan(start + state.step.seconds);
        },
      ),
    );
  });

  it('starts each step exactly at its start time (property)', () => {
    fc.assert(
      fc.property(anyScriptArb, (script) => {
        relaxationStepStartTimes(script).forEach((start, index) => {
          expect(relaxationStepAt(script, start)).toMatchObject({ stepIndex: index, secondsIntoStep: 0 });
        });
      }),
    );
  });
});

describe('relaxationStepChangedBetween', () => {
  it('reports a new step once, for a screen-reader live region', () => {
    const script = SHORT_BREATHING_SCRIPT;
    expect(relaxationStepChangedBetween(script, 14, 14.5)).toBeNull();
    expect(relaxationStepChangedBetween(script, 14.5, 15.5)?.id).toBe('notice');
    expect(relaxationStepChangedBetween(script, 15.5, 16.5)).toBeNull();
    // Several steps passed while the app was in the background: the latest one is announced.
    expect(relaxationStepChangedBetween(script, 0, 40)?.id).toBe('breath-2-in');
    expect(relaxationStepChangedBetween(script, script.totalSeconds - 1, script.totalSeconds + 1)).toBeNull();
  });
});
