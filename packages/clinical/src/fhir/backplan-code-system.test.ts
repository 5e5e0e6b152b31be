import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../core/sources';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../instruments/registry';
import { BACKPLAN_CODE_SYSTEM_VERSION, backplanCodeSystem, backplanCoding } from './backplan-code-system';
import { BACKPLAN_CONCEPTS } from './backplan-concepts';
import { findLoincCode } from './loinc-codes';
import { compileR4Schema, resourceSchemaErrors } from './r4-schema.test-support';
import { BACKPLAN_CODE_SYSTEM_URL } from './systems';

beforeAll(compileR4Schema, 60_000);

describe('BackPlan CodeSystem', () => {
  it('has unique, lower-case kebab codes with a display and a definition', () => {
    const codes = BACKPLAN_CONCEPTS.map((concept) => concept.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const concept of BACKPLAN_CONCEPTS) {
      expect(concept.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(concept.display.length, concept.code).toBeGreaterThan(3);
      expect(concept.definition.length, concept.code).toBeGreaterThan(10);
    }
  });

  it('cites only registered sources', () => {
    for (const concept of BACKPLAN_CONCEPTS) {
      for (const citation of 'citations' in concept ? concept.citations : []) {
        expect(Object.hasOwn(SOURCES, citation.source), `${concept.code} cites ${citation.source}`).toBe(
          true,
        );
      }
    }
  });

  it('codes every instrument score that has no LOINC code verified in clinical.md', () => {
    for (const id of INSTRUMENT_IDS) {
      for (const score of INSTRUMENTS[id].definition.scoreDefinitions) {
        const loinc = score.loinc === undefined ? undefined : findLoincCode(score.loinc.code);
        if (loinc?.verification === 'clinical-md') continue;
        expect(
          BACKPLAN_CONCEPTS.some((concept) => concept.code === score.id),
          `${id} score ${score.id}`,
        ).toBe(true);
      }
    }
  });

  it('is a schema-valid CodeSystem resource listing every concept', () => {
    const codeSystem = backplanCodeSystem();
    expect(resourceSchemaErrors(codeSystem)).toEqual([]);
    expect(codeSystem.url).toBe(BACKPLAN_CODE_SYSTEM_URL);
    expect(codeSystem.version).toBe(BACKPLAN_CODE_SYSTEM_VERSION);
    expect(codeSystem.count).toBe(BACKPLAN_CONCEPTS.length);
    expect(codeSystem.concept?.map((concept) => concept.code)).toEqual(
      BACKPLAN_CONCEPTS.map((concept) => concept.code),
    );
  });

  it('builds codings in the BackPlan system with the concept display', () => {
    expect(backplanCoding('sleep-quality')).toEqual({
      system: BACKPLAN_CODE_SYSTEM_URL,
      code: 'sleep-quality',
      display: 'Sleep quality, self-rated 0–10',
    });
  });
});
