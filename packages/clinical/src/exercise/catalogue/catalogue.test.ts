import { describe, expect, it } from 'vitest';
import { findEmptyContentFields } from '../../content-lint/empty-fields';
import { fleschKincaidGrade, fleschKincaidGradeOfAll } from '../../content-lint/readability';
import { SOURCES } from '../../core/sources';
import type { PainPhenotype } from '../../core/vocabulary';
import { AVOID_CONDITIONS } from '../avoid-conditions';
import { estimateSetMinutes } from '../dose';
import { AVOID_CONDITION_IDS, EQUIPMENT, EXERCISE_GROUPS, EXERCISE_POSITIONS, type Exercise } from '../types';
import { EXERCISE_CATALOGUE, findExercise, getExercise } from './index';

const PHENOTYPES: readonly PainPhenotype[] = ['mechanical', 'radicular', 'inflammatory', 'mixed'];
const byId = (id: string | null): Exercise | undefined => (id === null ? undefined : findExercise(id));
const cases = EXERCISE_CATALOGUE.map((e) => [e.id, e] as const);
const GROUP_PREFIX: Record<Exercise['group'], string> = {
  'warm-up': 'warm-',
  mobility: 'mob-',
  'motor-control': 'mc-',
  strengthening: 'st-',
  flexibility: 'fx-',
  'walking-aerobic': 'ae-',
  'directional-preference': 'dp-',
  'nerve-mobilisation': 'nv-',
  relaxation: 'rx-',
};

describe('exercise catalogue: size and coverage', () => {
  it('holds at least 40 exercises with unique ids', () => {
    expect(EXERCISE_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EXERCISE_CATALOGUE.map((e) => e.id)).size).toBe(EXERCISE_CATALOGUE.length);
  });

  it('covers every group', () => {
    for (const group of EXERCISE_GROUPS) {
      expect(
        EXERCISE_CATALOGUE.some((e) => e.group === group),
        group,
      ).toBe(true);
    }
  });

  it('has warm-up, mobility, motor control and relaxation items for every position, needing only a chair or wall', () => {
    for (const position of EXERCISE_POSITIONS) {
      const groups = ['warm-up', 'relaxation', 'mobility', 'motor-control', 'strengthening'] as const;
      // Aerobic work needs you upright: standing or sitting.
      for (const group of position === 'floor' ? groups : [...groups, 'walking-aerobic' as const]) {
        const found = EXERCISE_CATALOGUE.some(
          (e) =>
            e.group === group &&
            e.position === position &&
            e.equipment.every((q) => q === 'chair' || q === 'wall'),
        );
        expect(found, `${group} / ${position}`).toBe(true);
      }
    }
  });

  it('offers both repeated extension and repeated flexion, and nerve sliders before tensioners', () => {
    expect(EXERCISE_CATALOGUE.some((e) => e.direction === 'extension')).toBe(true);
    expect(EXERCISE_CATALOGUE.some((e) => e.direction === 'flexion')).toBe(true);
    for (const tensioner of EXERCISE_CATALOGUE.filter((e) => e.nerveGlide === 'tensioner')) {
      expect(byId(tensioner.easierId)?.nerveGlide, tensioner.id).toBe('slider');
    }
  });

  it('looks exercises up by id', () => {
    expect(getExercise('st-bridge').name).toBe('Bridge');
    expect(findExercise('nope')).toBeUndefined();
    expect(() => getExercise('nope')).toThrow(RangeError);
  });
});

describe.each(cases)('exercise %s', (_, exercise) => {
  it('uses only known tags and the id prefix of its group', () => {
    expect(exercise.id.startsWith(GROUP_PREFIX[exercise.group])).toBe(true);
    expect(EXERCISE_POSITIONS).toContain(exercise.position);
    for (const tag of exercise.avoidIf) {
      expect(AVOID_CONDITION_IDS).toContain(tag);
      expect(AVOID_CONDITIONS[tag]).toBeDefined();
    }
    for (const item of exercise.equipment) expect(EQUIPMENT).toContain(item);
    for (const phenotype of exercise.suits) expect(PHENOTYPES).toContain(phenotype);
    expect(exercise.direction !== null).toBe(exercise.group === 'directional-preference');
    expect(exercise.nerveGlide !== null).toBe(exercise.group === 'nerve-mobilisation');
    if (exercise.position === 'chair' && exercise.equipment.every((q) => q !== 'exercise-bike')) {
      expect(exercise.equipment).toContain('chair');
    }
  });

  it('has no empty fields', () => {
    expect(
      findEmptyContentFields(exercise, { allowEmptyListsFor: ['equipment', 'avoidIf', 'props'] }),
    ).toEqual([]);
    expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
    expect(exercise.cues.length).toBeGreaterThanOrEqual(1);
    expect(exercise.commonMistakes.length).toBeGreaterThanOrEqual(1);
    expect(exercise.suits.length).toBeGreaterThanOrEqual(1);
    expect(exercise.stopIf.some((line) => /leg/.test(line))).toBe(true);
    expect(exercise.stopIf.some((line) => /bladder|bowel/.test(line))).toBe(true);
  });

  it('links only to existing easier and harder versions, consistently', () => {
    for (const [link, back] of [
      [exercise.easierId, 'harderId'],
      [exercise.harderId, 'easierId'],
    ] as const) {
      if (link === null) continue;
      expect(link).not.toBe(exercise.id);
      const other = byId(link);
      expect(other, `dangling link ${link}`).toBeDefined();
      expect(other?.[back]).toBe(exercise.id);
    }
    const harder = byId(exercise.harderId);
    if (harder !== undefined) expect(harder.level).toBeGreaterThanOrEqual(exercise.level);
  });

  it('has a sensible starting dose and time estimate', () => {
    const dose = exercise.startingDose;
    if (dose.kind === 'reps') {
      expect(Number.isInteger(dose.sets) && dose.sets >= 1 && dose.sets <= 3).toBe(true);
      expect(Number.isInteger(dose.reps) && dose.reps >= 1 && dose.reps <= 15).toBe(true);
      expect(dose.holdSeconds).toBeGreaterThanOrEqual(0);
      expect(dose.holdSeconds).toBeLessThanOrEqual(30);
    } else {
      expect(dose.minutes).toBeGreaterThan(0);
      expect(dose.minutes).toBeLessThanOrEqual(20);
    }
    expect(exercise.minutesPerSet).toBe(estimateSetMinutes(dose, exercise));
    expect(exercise.minutesPerSet).toBeGreaterThan(0);
  });

  it('is illustrated with 2 to 4 keyframes and a description', () => {
    expect(exercise.illustration.keyframes.length).toBeGreaterThanOrEqual(2);
    expect(exercise.illustration.keyframes.length).toBeLessThanOrEqual(4);
    expect(exercise.illustration.description.length).toBeGreaterThan(20);
  });

  it('reads at grade 8 or below', () => {
    expect(fleschKincaidGradeOfAll(exercise.steps)).toBeLessThanOrEqual(8);
    expect(fleschKincaidGrade(exercise.purpose)).toBeLessThanOrEqual(10);
  });

  it('cites known sources', () => {
    expect(exercise.citations.length).toBeGreaterThan(0);
    for (const citation of exercise.citations) {
      expect(Object.keys(SOURCES)).toContain(citation.source);
      expect(citation.section.length).toBeGreaterThan(0);
    }
  });
});

describe('exercise catalogue: reading level overall', () => {
  it('averages grade 8 or below across all instructions, cues and mistakes', () => {
    const grades = EXERCISE_CATALOGUE.map((e) => fleschKincaidGradeOfAll(e.steps));
    const mean = grades.reduce((a, b) => a + b, 0) / grades.length;
    expect(mean).toBeLessThanOrEqual(8);
    const allText = EXERCISE_CATALOGUE.flatMap((e) => [...e.cues, ...e.commonMistakes, ...e.stopIf]);
    expect(fleschKincaidGradeOfAll(allText)).toBeLessThanOrEqual(8);
  });
});

describe('avoid-condition tags', () => {
  it.each(AVOID_CONDITION_IDS.map((id) => [id] as const))(
    '%s is documented, and cited when it claims to be',
    (id) => {
      const definition = AVOID_CONDITIONS[id];
      expect(definition.label.length).toBeGreaterThan(0);
      expect(definition.excludes.length).toBeGreaterThan(0);
      if (definition.basis === 'cited') expect(definition.citations.length).toBeGreaterThan(0);
      for (const c of definition.citations) expect(Object.keys(SOURCES)).toContain(c.source);
    },
  );
});
