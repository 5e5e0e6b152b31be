import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../core/sources';
import { PROGRAMME_RULE_IDS, PROGRAMME_RULES, programmeRule } from './rules';

const CLINICAL_MD_SECTION = /^§\d+(\.\d+)?$/;

describe('PROGRAMME_RULES', () => {
  it('has exactly one rule per id', () => {
    expect(PROGRAMME_RULES.map((r) => r.id).sort()).toEqual([...PROGRAMME_RULE_IDS].sort());
  });

  it.each(PROGRAMME_RULES.map((r) => [r.id, r] as const))('%s cites valid sources', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(30);
    expect(rule.citations.length).toBeGreaterThan(0);
    for (const citation of rule.citations) {
      const source = SOURCES[citation.source];
      expect(source, `${id} cites unknown source ${citation.source}`).toBeDefined();
      expect(source.clinicalMd).toMatch(CLINICAL_MD_SECTION);
      expect(citation.section.trim().length).toBeGreaterThan(0);
    }
    expect(programmeRule(id)).toBe(rule);
  });

  it('marks every background-knowledge rule as configurable or says to verify it', () => {
    for (const rule of PROGRAMME_RULES.filter((r) => r.evidence === 'background')) {
      expect(rule.configurable || /verify/i.test(rule.description), rule.id).toBe(true);
    }
  });

  it('is explained in docs/programme.md', () => {
    const docs = readFileSync(new URL('../../../../docs/programme.md', import.meta.url), 'utf8');
    for (const id of PROGRAMME_RULE_IDS) expect(docs, id).toContain(`\`${id}\``);
  });
});
