import { describe, expect, it } from 'vitest';
import { SOURCES } from '../src/core/sources';

describe('source registry', () => {
  it('gives every source a label, a citation and a clinical.md section', () => {
    for (const [key, entry] of Object.entries(SOURCES)) {
      expect(entry.label, key).not.toBe('');
      expect(entry.citation.length, key).toBeGreaterThan(20);
      expect(entry.clinicalMd, key).toMatch(/^§\d/);
    }
  });
});
