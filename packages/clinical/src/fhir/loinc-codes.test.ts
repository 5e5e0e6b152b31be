import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../instruments/registry';
import type { InstrumentId } from '../instruments/types';
import { LOINC_CODES, type LoincRole } from './loinc-codes';

/**
 * clinical.md §3.0 (licence and LOINC summary) and §3.3 (PHQ/GAD answer codes), transcribed
 * line by line so this test fails if the code table drifts from the reference.
 */
const CLINICAL_MD_LOINC_LINES = [
  '| NRS 0–10 pain | Generic scale, no owner | Yes | 72514-3 "Pain severity – 0-10 verbal numeric rating [Score] – Reported" [V: used in HL7 examples] |',
  '| PEG-3 | … | Panel **91148-7**; mean score **91147-9**; items 75893-8, 91145-3, 91146-1 [V: jmandel/ktc-questionnaire-starters, codes checked against LOINC 2.82] |',
  '| PHQ-9 | … | Panel **44249-1**; total **44261-6**; items 44250-9, 44255-8, 44259-0, 44254-1, 44251-7, 44258-2, 44252-5, 44253-3, 44260-8 [V] |',
  '| PHQ-2 | As PHQ-9 | Yes | Panel **55757-9**; total **55758-7**; items 44250-9, 44255-8 [V] |',
  '| GAD-7 | As PHQ-9 | Yes | Panel **69737-5**; total **70274-6**; items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8, 69736-7 [V] |',
  '| GAD-2 | As PHQ-9 | Yes | No separate GAD-2 panel was found. Use GAD-7 items 69725-0 and 68509-9 |',
  '  - LOINC answer codes: LA6568-5, LA6569-3, LA6570-1, LA6571-9 [V].',
];
const CLINICAL_MD_CODES = new Set(
  CLINICAL_MD_LOINC_LINES.flatMap((line) =>
    [...line.matchAll(/\b(?:LA)?\d{4,5}-\d\b/g)].map((match) => match[0]),
  ),
);

interface CodeUse {
  readonly code: string;
  readonly role: LoincRole;
  readonly instrument: InstrumentId;
}

/** Every LOINC code an instrument definition carries, with where it appears. */
function instrumentCodeUses(): CodeUse[] {
  return INSTRUMENT_IDS.flatMap((instrument) => {
    const { definition } = INSTRUMENTS[instrument];
    const uses: CodeUse[] = [];
    if (definition.panelLoinc) uses.push({ code: definition.panelLoinc.code, role: 'panel', instrument });
    for (const item of definition.items) {
      if (item.loinc) uses.push({ code: item.loinc.code, role: 'item', instrument });
      for (const option of item.options) {
        if (option.loinc) uses.push({ code: option.loinc.code, role: 'answer', instrument });
      }
    }
    for (const score of definition.scoreDefinitions) {
      if (score.loinc) uses.push({ code: score.loinc.code, role: 'score', instrument });
    }
    return uses;
  });
}

/** LOINC's mod-10 check digit (LOINC Users' Guide), which catches most typing slips. */
function loincCheckDigit(digits: string): number {
  const sum = [...digits].reverse().reduce((total, char, index) => {
    const value = Number(char);
    if (index % 2 === 1) return total + value;
    const doubled = value * 2;
    return total + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

describe('LOINC code table', () => {
  it('lists each code once', () => {
    const codes = LOINC_CODES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(instrumentCodeUses())('covers $instrument $role $code from the instrument definitions', (use) => {
    const row = LOINC_CODES.find((candidate) => candidate.code === use.code);
    expect(row, use.code).toBeDefined();
    expect(row?.roles).toContain(use.role);
    expect(row?.instruments).toContain(use.instrument);
  });

  it('has no code that no instrument (or the daily check-in) uses', () => {
    const used = new Set(instrumentCodeUses().map((use) => use.code));
    for (const row of LOINC_CODES) expect(used.has(row.code) || row.dailyCheckIn, row.code).toBe(true);
  });

  it('names exactly the instruments that use each code', () => {
    const uses = instrumentCodeUses();
    for (const row of LOINC_CODES) {
      const users = new Set(uses.filter((use) => use.code === row.code).map((use) => use.instrument));
      expect([...row.instruments].sort(), row.code).toEqual([...users].sort());
    }
  });

  it('matches clinical.md §3.0 and §3.3: every verified code there, and nothing else marked verified', () => {
    const verified = LOINC_CODES.filter((row) => row.verification === 'clinical-md').map((row) => row.code);
    expect(new Set(verified)).toEqual(CLINICAL_MD_CODES);
  });

  it('marks the one code clinical.md does not list (STarT Back total) as seen only in products.md', () => {
    const unverified = LOINC_CODES.filter((row) => row.verification !== 'clinical-md');
    expect(unverified.map((row) => row.code)).toEqual(['91351-7']);
    expect(CLINICAL_MD_CODES.has('91351-7')).toBe(false);
  });

  it('gives every term code a correct LOINC check digit (LA answer codes are checked against clinical.md only)', () => {
    for (const { code } of LOINC_CODES.filter((row) => !row.code.startsWith('LA'))) {
      const [digits = '', check] = code.split('-');
      expect(loincCheckDigit(digits), code).toBe(Number(check));
    }
  });

  it('cites a source for every code', () => {
    for (const row of LOINC_CODES) expect(row.citations.length, row.code).toBeGreaterThan(0);
  });
});
