import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/examples');
const example = (file: string): string => path.join(examples, file);
const readExample = (file: string): unknown => JSON.parse(readFileSync(example(file), 'utf8'));

describe('backplan assess', () => {
  it('prints the documented assessment for a worked example read from a file', async () => {
    const result = await runCli(['assess', example('assessment/03-cauda-equina-emergency.intake.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      readExample('assessment/03-cauda-equina-emergency.assessment.json'),
    );
  });

  it('reads the intake from standard input', async () => {
    const intake = readFileSync(example('assessment/01-chronic-mechanical-low-risk.intake.json'), 'utf8');
    const result = await runCli(['assess', '-'], {}, intake);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).phenotype).toBe('mechanical');
  });

  it.each([
    ['text that is not JSON', 'not json', /not valid JSON/],
    ['empty input', '', /empty/],
    ['an intake with a wrong field', '{"assessedOn": "yesterday"}', /intake is not valid/],
  ])('explains %s in plain lines with exit code 2 and no stack trace', async (_label, input, message) => {
    const result = await runCli(['assess'], {}, input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the failing fields', async () => {
    const result = await runCli(['assess'], {}, '{"assessedOn": "yesterday"}');
    expect(result.stderr).toMatch(/assessedOn: /);
  });

  it('says when the file does not exist', async () => {
    const result = await runCli(['assess', '/nonexistent/intake.json']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('No such file: /nonexistent/intake.json');
  });
});

describe('backplan recommend', () => {
  it('prints the documented cards for a worked example', async () => {
    const result = await runCli([
      'recommend',
      example('stepped-care/01-week-12-sciatica-doing-it-not-improving.patient-state.json'),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).cards).toEqual(
      readExample('stepped-care/01-week-12-sciatica-doing-it-not-improving.expected-cards.json'),
    );
  });
});

describe('backplan mme', () => {
  it('prints the documented MME report for a bare medication list', async () => {
    const result = await runCli(['mme', example('stepped-care/04-opioid-list.medication-list.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      readExample('stepped-care/04-opioid-list.expected-mme-report.json'),
    );
  });

  it('names the failing entry and field', async () => {
    const result = await runCli(
      ['mme'],
      {},
      '[{"drug":"oxycodone","dose":-5,"unit":"mg","frequency":"BID","route":"oral","startDate":"2026-01-01"}]',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/medications\.0\.dose: /);
  });
});
