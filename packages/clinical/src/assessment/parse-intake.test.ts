import { describe, expect, it } from 'vitest';
import { parseIntake } from './parse-intake';
import { buildIntake, phq9 } from './test-support/intake-builder';

function issuesOf(json: unknown) {
  const result = parseIntake(json);
  return result.ok ? [] : result.issues;
}

describe('parseIntake', () => {
  it('accepts a complete intake and returns it typed', () => {
    const intake = buildIntake({ instruments: { 'phq-9': phq9([1, 1, 0, 0, 0, 0, 0, 0, 0]) } });
    expect(parseIntake(JSON.parse(JSON.stringify(intake)))).toEqual({ ok: true, intake });
  });

  it('names a misspelt field', () => {
    const intake = buildIntake();
    const json = { ...intake, redFlagSymptoms: { ...intake.redFlagSymptoms, newUrinaryRetension: true } };
    expect(issuesOf(json)).toEqual([
      {
        path: 'redFlagSymptoms.newUrinaryRetension',
        message: 'unknown field (check the spelling against the intake schema)',
      },
    ]);
  });

  it('names a missing red-flag answer as required', () => {
    const { newUrinaryRetention: _omitted, ...symptoms } = buildIntake().redFlagSymptoms;
    expect(issuesOf({ ...buildIntake(), redFlagSymptoms: symptoms })).toEqual([
      { path: 'redFlagSymptoms.newUrinaryRetention', message: 'required: expected boolean' },
    ]);
  });

  it('names the instrument item for an impossible answer or an unknown item', () => {
    const json = buildIntake({ instruments: { 'phq-9': { sleep: 7 }, startback: { 'hip-pain': 1 } } });
    expect(issuesOf(json).map((issue) => issue.path)).toEqual([
      'instruments.phq-9.sleep',
      'instruments.startback.hip-pain',
    ]);
  });

  it('rejects an unknown instrument id', () => {
    expect(issuesOf({ ...buildIntake(), instruments: { 'oswestry-v3': {} } })[0]?.path).toBe(
      'instruments.oswestry-v3',
    );
  });

  it('needs exactly one of painStartedOn and painDurationWeeks', () => {
    const { painDurationWeeks: _weeks, ...withNeither } = buildIntake();
    expect(issuesOf(withNeither)).toEqual([
      { path: 'painStartedOn', message: 'give exactly one of painStartedOn or painDurationWeeks' },
    ]);
    expect(issuesOf({ ...buildIntake(), painStartedOn: '2025-01-01' })[0]?.path).toBe('painStartedOn');
  });

  it('rejects a start date after the assessment and a clearance dated after it', () => {
    expect(issuesOf(buildIntake({ painStartedOn: '2025-03-11' }))).toEqual([
      { path: 'painStartedOn', message: 'must not be after assessedOn' },
    ]);
    const clearance = {
      condition: 'fracture',
      clearedAction: 'urgent',
      clearedOn: '2025-03-11',
      clearedBy: 'Dr Example',
      reason: 'X-ray normal',
    } as const;
    expect(issuesOf(buildIntake({ clinicianClearance: [clearance] }))[0]?.path).toBe(
      'clinicianClearance.0.clearedOn',
    );
  });

  it('rejects impossible dates, under-16s and non-objects', () => {
    expect(issuesOf(buildIntake({ assessedOn: '2025-02-30' }))[0]).toEqual({
      path: 'assessedOn',
      message: 'Invalid ISO date',
    });
    expect(issuesOf(buildIntake({ ageYears: 15 }))[0]?.path).toBe('ageYears');
    expect(issuesOf(null)).toEqual([
      { path: '(root)', message: 'Invalid input: expected object, received null' },
    ]);
  });
});
