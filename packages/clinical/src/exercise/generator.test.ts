import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../core/assessment-contract';
import type { DirectionalPreference, PainPhenotype, StartBackRiskGroup } from '../core/vocabulary';
import { EXERCISE_CATALOGUE, getExercise } from './catalogue/index';
import { DEFAULT_GENERATOR_CONFIG, generateProgramme, spreadSessionDays } from './generator';
import {
  type Programme,
  type ProgrammePreferences,
  type ProgrammeResult,
  SESSION_ROLES,
} from './programme-types';
import { isExerciseAllowed } from './restrictions';
import { assessmentFixture, redFlagFixture } from './test-fixtures';
import { AVOID_CONDITION_IDS, EQUIPMENT, EXERCISE_POSITIONS } from './types';

const START = { startDate: '2026-11-02' };

function expectProgramme(result: ProgrammeResult): Programme {
  if (result.kind !== 'programme')
    throw new Error(`Expected a programme, got blocked: ${result.reasons.join('; ')}`);
  return result;
}

const ids = (programme: Programme): string[] => programme.session.items.map((i) => i.exerciseId);

describe('generateProgramme: vignettes', () => {
  it('blocks the programme for an emergency red flag and says what to do first', () => {
    const result = generateProgramme(
      assessmentFixture({
        redFlags: [redFlagFixture('cauda-equina', 'emergency')],
        programmeEligibility: {
          eligible: false,
          requiredAction: 'emergency',
          reasons: ['Possible cauda equina'],
        },
      }),
      {},
      START,
    );
    expect(result).toMatchObject({ kind: 'blocked', reason: 'red-flag', requiredAction: 'emergency' });
    expect(result.appliedRules).toContain('blocked-by-red-flag');
  });

  it('blocks an urgent flag even if eligibility was wrongly marked', () => {
    const result = generateProgramme(
      assessmentFixture({ programmeEligibility: { eligible: true, requiredAction: 'urgent', reasons: [] } }),
      {},
      START,
    );
    expect(result.kind).toBe('blocked');
  });

  it('lets a rheumatology referral go ahead with the programme', () => {
    const result = generateProgramme(
      assessmentFixture({
        phenotype: 'inflammatory',
        redFlags: [redFlagFixture('axial-spondyloarthritis', 'rheumatology-referral')],
        programmeEligibility: { eligible: true, requiredAction: 'rheumatology-referral', reasons: [] },
      }),
      {},
      START,
    );
    const programme = expectProgramme(result);
    const groups = programme.session.items.map((i) => getExercise(i.exerciseId).group);
    expect(groups).toContain('mobility');
    expect(groups).toContain('walking-aerobic');
    expect(programme.appliedRules).toContain('inflammatory-content');
  });

  it('puts repeated extension first after the warm-up and leaves out flexion work', () => {
    const programme = expectProgramme(
      generateProgramme(assessmentFixture({ directionalPreference: 'extension' }), {}, START),
    );
    const [warmUp, first] = programme.session.items;
    expect(getExercise(warmUp?.exerciseId ?? '').group).toBe('warm-up');
    expect(getExercise(first?.exerciseId ?? '').direction).toBe('extension');
    expect(programme.restrictions.avoidConditions).toContain('flexion-intolerant');
    for (const id of ids(programme)) expect(getExercise(id).avoidIf).not.toContain('flexion-intolerant');
  });

  it('puts repeated flexion first for a flexion preference, sitting if the floor is out', () => {
    const programme = expectProgramme(
      generateProgramme(
        assessmentFixture({ directionalPreference: 'flexion' }),
        { excludedPositions: ['floor'] },
        START,
      ),
    );
    expect(programme.session.items[1]?.exerciseId).toBe('dp-seated-bend-forward');
  });

  it('gives radicular pain a nerve slider (never a tensioner) and the spread check', () => {
    const programme = expectProgramme(
      generateProgramme(assessmentFixture({ phenotype: 'radicular' }), {}, START),
    );
    const glides = ids(programme)
      .map(getExercise)
      .filter((e) => e.group === 'nerve-mobilisation');
    expect(glides.length).toBe(1);
    expect(glides[0]?.nerveGlide).toBe('slider');
    expect(programme.safetyChecks.map((c) => c.id)).toContain('symptoms-spread');
  });

  it('builds mechanical sessions around motor control, strengthening and walking', () => {
    const programme = expectProgramme(generateProgramme(assessmentFixture(), {}, START));
    const groups = ids(programme).map((id) => getExercise(id).group);
    expect(groups).toEqual(expect.arrayContaining(['motor-control', 'strengthening', 'walking-aerobic']));
    expect(programme.safetyChecks.map((c) => c.id)).toEqual(['stop-and-get-advice']);
  });

  it.each([
    [{ odi: 10 }, 'low', 3],
    [{ odi: 30 }, 'medium', 2],
    [{ odi: 55 }, 'low', 1],
    [{ odi: 10 }, 'high', 2],
    [{ rmdq: 3 }, null, 3],
    [{ peg: 7.3 }, 'low', 1],
    [{}, 'low', 1],
  ] as const)('baseline %j with risk %s starts at level %d', (baseline, riskGroup, level) => {
    const programme = expectProgramme(
      generateProgramme(assessmentFixture({ baseline, riskGroup }), {}, START),
    );
    expect(programme.level).toBe(level);
  });

  it('keeps loaded flexion and twisting out after a cleared fracture flag', () => {
    const programme = expectProgramme(
      generateProgramme(
        assessmentFixture({ redFlags: [redFlagFixture('fracture', 'urgent')], baseline: { odi: 12 } }),
        { minutesPerDay: 60 },
        START,
      ),
    );
    for (const id of ids(programme)) expect(getExercise(id).avoidIf).not.toContain('suspected-fracture');
  });

  it('returns a blocked result when no warm-up fits the restrictions', () => {
    const result = generateProgramme(
      assessmentFixture(),
      { excludedPositions: ['floor', 'standing'], equipment: [] },
      START,
    );
    expect(result).toMatchObject({ kind: 'blocked', reason: 'no-suitable-exercises', requiredAction: null });
  });

  it('spreads session days across the week', () => {
    expect(spreadSessionDays(3)).toEqual(['mon', 'wed', 'fri']);
    expect(spreadSessionDays(7)).toHaveLength(7);
    expect(spreadSessionDays(1)).toEqual(['mon']);
  });

  it('rejects preferences outside the allowed ranges', () => {
    expect(() => generateProgramme(assessmentFixture(), { minutesPerDay: 5 }, START)).toThrow();
  });
});

const phenotype = fc.constantFrom<PainPhenotype>('mechanical', 'radicular', 'inflammatory', 'mixed');
const preference = fc.constantFrom<DirectionalPreference | null>(
  null,
  'none',
  'extension',
  'flexion',
  'lateral-shift',
);
const risk = fc.constantFrom<StartBackRiskGroup | null>(null, 'low', 'medium', 'high');
const baseline = fc.oneof(
  fc.record({ odi: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ rmdq: fc.integer({ min: 0, max: 24 }) }),
  fc.record({ peg: fc.integer({ min: 0, max: 100 }).map((x) => x / 10) }),
  fc.constant({}),
);
const flags = fc.subarray([
  redFlagFixture('fracture', 'urgent'),
  redFlagFixture('axial-spondyloarthritis', 'rheumatology-referral'),
  redFlagFixture('malignancy', 'urgent'),
]);
const arbitraryAssessment: fc.Arbitrary<AssessmentSummary> = fc
  .record({ phenotype, preference, risk, baseline, flags, cleared: fc.boolean() })
  .map(({ phenotype, preference, risk, baseline, flags, cleared }) =>
    assessmentFixture({
      phenotype,
      directionalPreference: preference,
      riskGroup: risk,
      baseline,
      redFlags: flags,
      programmeEligibility:
        cleared || flags.every((f) => f.action === 'rheumatology-referral')
          ? { eligible: true, requiredAction: null, reasons: [] }
          : { eligible: false, requiredAction: 'urgent', reasons: ['Urgent review needed'] },
    }),
  );
const arbitraryPreferences: fc.Arbitrary<ProgrammePreferences> = fc.record({
  minutesPerDay: fc.integer({ min: 10, max: 60 }),
  equipment: fc.subarray([...EQUIPMENT]),
  daysPerWeek: fc.integer({ min: 1, max: 7 }),
  excludedPositions: fc.subarray([...EXERCISE_POSITIONS], { maxLength: 2 }),
  avoidConditions: fc.subarray([...AVOID_CONDITION_IDS]),
});

describe('generateProgramme: properties over phenotype × flags × preferences', () => {
  it('returns a valid session within budget, or a justified blocked result', () => {
    fc.assert(
      fc.property(arbitraryAssessment, arbitraryPreferences, (assessment, preferences) => {
        const result = generateProgramme(assessment, preferences, START);
        if (!assessment.programmeEligibility.eligible) {
          expect(result).toMatchObject({ kind: 'blocked', reason: 'red-flag' });
          return;
        }
        if (result.kind === 'blocked') {
          expect(result.reason).toBe('no-suitable-exercises');
          const r = {
            avoidConditions: preferences.avoidConditions ?? [],
            excludedPositions: preferences.excludedPositions ?? [],
            equipment: preferences.equipment ?? [],
          };
          expect(EXERCISE_CATALOGUE.some((e) => e.group === 'warm-up' && isExerciseAllowed(e, r))).toBe(
            false,
          );
          return;
        }
        const { items, estimatedMinutes } = result.session;
        // Within the time budget, and the total is honest.
        expect(estimatedMinutes).toBeLessThanOrEqual(preferences.minutesPerDay ?? 25);
        expect(estimatedMinutes).toBeCloseTo(
          items.reduce((s, i) => s + i.estimatedMinutes, 0),
          5,
        );
        expect(items.length).toBeLessThanOrEqual(DEFAULT_GENERATOR_CONFIG.maxItemsPerSession);
        // Warm-up first; roles in session order; no duplicates.
        expect(items[0]?.role).toBe('warm-up');
        const roleOrder = items.map((i) => SESSION_ROLES.indexOf(i.role));
        expect(roleOrder).toEqual([...roleOrder].sort((a, b) => a - b));
        expect(new Set(ids(result)).size).toBe(items.length);
        // Never an excluded position, missing equipment or conflicting condition.
        for (const item of items) {
          const exercise = getExercise(item.exerciseId);
          expect(isExerciseAllowed(exercise, result.restrictions)).toBe(true);
          expect(preferences.excludedPositions ?? []).not.toContain(exercise.position);
          for (const condition of preferences.avoidConditions ?? [])
            expect(exercise.avoidIf).not.toContain(condition);
          expect(exercise.nerveGlide).not.toBe('tensioner');
        }
        // A recorded directional preference comes first after the warm-up whenever one is possible.
        const dp = assessment.directionalPreference;
        if (dp !== null && dp !== 'none') {
          const possible = EXERCISE_CATALOGUE.some(
            (e) => e.direction === dp && isExerciseAllowed(e, result.restrictions),
          );
          const second = items[1] === undefined ? undefined : getExercise(items[1].exerciseId);
          if (possible) expect(second?.direction).toBe(dp);
          for (const item of items.slice(2)) expect(item.role).not.toBe('directional');
        } else {
          expect(items.some((i) => i.role === 'directional')).toBe(false);
        }
        if (assessment.phenotype === 'radicular' || assessment.phenotype === 'mixed') {
          expect(result.safetyChecks.map((c) => c.id)).toContain('symptoms-spread');
        }
        expect(result.sessionDays).toHaveLength(preferences.daysPerWeek ?? 5);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryAssessment, arbitraryPreferences, (assessment, preferences) => {
        expect(generateProgramme(assessment, preferences, START)).toEqual(
          generateProgramme(assessment, preferences, START),
        );
      }),
      { numRuns: 50 },
    );
  });
});
