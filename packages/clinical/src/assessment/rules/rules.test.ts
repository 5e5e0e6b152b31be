import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../../../docs/clinical-rules/assessment.md?raw';
import { SOURCES } from '../../core/sources';
import { DEFAULT_ASSESSMENT_CONFIG } from '../config';
import { ASSESSMENT_RULES } from './index';

describe('ASSESSMENT_RULES', () => {
  it('has unique ids', () => {
    const ids = ASSESSMENT_RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(ASSESSMENT_RULES.map((rule) => [rule.id, rule] as const))(
    '%s cites at least one registered source',
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.citations.length).toBeGreaterThanOrEqual(1);
      for (const citation of rule.citations) {
        expect(Object.hasOwn(SOURCES, citation.source), citation.source).toBe(true);
        expect(citation.section.trim()).not.toBe('');
      }
    },
  );

  it('lists every rule id in docs/clinical-rules/assessment.md', () => {
    const missing = ASSESSMENT_RULES.map((rule) => rule.id).filter((id) => !rulesDoc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('documents every configurable threshold', () => {
    const missing = Object.keys(DEFAULT_ASSESSMENT_CONFIG).filter((key) => !rulesDoc.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
