import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMETERS, DEFAULT_PARAMETERS, listParameters } from './parameters';

/** docs/simulation.md must state every assumption and its source: every parameter is listed there. */
const doc = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/simulation.md'),
  'utf8',
);

describe('docs/simulation.md', () => {
  it('lists every parameter of the default scenario with its value', () => {
    for (const { path: name } of listParameters(DEFAULT_PARAMETERS)) expect(doc).toContain(`\`${name}\``);
  });

  it('lists every seed-article figure of the article scenario', () => {
    for (const { path: name, parameter } of listParameters(ARTICLE_PARAMETERS)) {
      if (parameter.basis === 'article') expect(doc).toContain(`| \`${name}\` |`);
    }
  });

  it('says plainly that it is a simulation under stated assumptions, not evidence', () => {
    expect(doc).toContain('A simulation under stated assumptions — not evidence.');
  });
});
