import { describe, expect, it } from 'vitest';
import medicationsDoc from '../../../../docs/clinical-rules/medications.md?raw';
import steppedCareDoc from '../../../../docs/clinical-rules/stepped-care.md?raw';
import { SOURCES } from '../core/sources';
import { MEDICATION_RULES } from '../medications/medication-rules';
import { STEPPED_CARE_RULE_IDS, STEPPED_CARE_RULES } from './rules';

describe('STEPPED_CARE_RULES and MEDICATION_RULES', () => {
  it('lists every stepped-care rule id once, in order', () => {
    expect(STEPPED_CARE_RULES.map((rule) => rule.id)).toEqual([...STEPPED_CARE_RULE_IDS]);
  });

  it('gives every rule a description and at least one registered source with a section', () => {
    for (const rule of [...STEPPED_CARE_RULES, ...MEDICATION_RULES]) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.citations.length, `${rule.id} has no source`).toBeGreaterThan(0);
      for (const citation of rule.citations) {
        expect(SOURCES[citation.source], `${rule.id} cites unknown ${citation.source}`).toBeDefined();
        expect(citation.section.trim(), rule.id).not.toBe('');
      }
    }
  });

  it('has no id shared between the two lists', () => {
    const ids = [...STEPPED_CARE_RULES, ...MEDICATION_RULES].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every stepped-care rule in docs/clinical-rules/stepped-care.md', () => {
    expect(
      STEPPED_CARE_RULES.filter((rule) => !steppedCareDoc.includes(`\`${rule.id}\``)).map((rule) => rule.id),
    ).toEqual([]);
  });

  it('documents every medication rule in docs/clinical-rules/medications.md', () => {
    expect(
      MEDICATION_RULES.filter((rule) => !medicationsDoc.includes(`\`${rule.id}\``)).map((rule) => rule.id),
    ).toEqual([]);
  });
});
