import { describe, expect, it } from 'vitest';
import { SOURCES } from '../core/sources';
import { ARTICLE_PARAMETERS, DEFAULT_PARAMETERS, listParameters, SCENARIOS } from './parameters';

describe('simulation parameters', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    describe(`scenario ${name}`, () => {
      const entries = listParameters(scenario);

      it('lists every parameter group', () => {
        expect(entries.length).toBeGreaterThan(40);
      });

      for (const { path, parameter } of entries) {
        it(`${path} has a source, or is labelled an assumption or an article figure`, () => {
          expect(parameter.note.trim().length, `${path} needs a note`).toBeGreaterThan(10);
          if (parameter.basis === 'evidence') {
            expect(Object.hasOwn(SOURCES, parameter.source.source), `${path} cites an unknown source`).toBe(
              true,
            );
            expect(parameter.source.section.trim()).not.toBe('');
          } else if (parameter.basis === 'assumption') {
            if (parameter.related) expect(Object.hasOwn(SOURCES, parameter.related.source)).toBe(true);
          } else {
            expect(parameter.basis).toBe('article');
            expect(parameter.claim).toMatch(/seed article/);
            expect(parameter.claim).toMatch(/§8/);
          }
        });
      }
    });
  }

  it('never uses a seed-article figure in the default scenario', () => {
    expect(
      listParameters(DEFAULT_PARAMETERS).filter(({ parameter }) => parameter.basis === 'article'),
    ).toEqual([]);
  });

  it('labels the article scenario and keeps its article figures apart', () => {
    const article = listParameters(ARTICLE_PARAMETERS).filter(
      ({ parameter }) => parameter.basis === 'article',
    );
    expect(ARTICLE_PARAMETERS.scenario).toBe('article');
    expect(article.map((entry) => entry.path)).toContain('timeCourse.meanPain');
    expect(article.map((entry) => entry.path)).toContain('treatment.duloxetineResponse');
  });

  it('takes the time course from Costa 2012 persistent cohorts (clinical.md §6.1)', () => {
    const course = DEFAULT_PARAMETERS.timeCourse.meanPain;
    expect(course.basis).toBe('evidence');
    expect(course.value).toEqual([
      { week: 0, meanPain: 5.1 },
      { week: 6, meanPain: 3.3 },
      { week: 26, meanPain: 2.6 },
      { week: 52, meanPain: 2.3 },
    ]);
  });

  it('takes adherence trajectories from Arensman 2024 and duloxetine response from Alev 2017', () => {
    expect(DEFAULT_PARAMETERS.adherence.trajectoryShares.value).toEqual({
      stable: 0.45,
      declining: 0.12,
      improving: 0.43,
    });
    expect(DEFAULT_PARAMETERS.treatment.duloxetineResponse.value).toBe(0.597);
    expect(DEFAULT_PARAMETERS.treatment.duloxetinePlaceboResponse.value).toBe(0.478);
  });
});
