import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('backplan simulate', () => {
  let out = '';
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('compares two policies on a small cohort and writes the table, CSV and SVG, labelled', async () => {
    out = await mkdtemp(path.join(tmpdir(), 'backplan-simulate-'));
    const result = await runCli([
      'simulate',
      '--patients',
      '40',
      '--policy',
      'week-12,week-6',
      '--seed',
      '9',
      '--weeks',
      '14',
      '--out',
      out,
    ]);
    expect(result.stderr).toContain('Simulating');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Simulation under stated assumptions — not evidence');
    expect(result.stdout).toMatch(/week-12\s+\d+\s+\d+\.\d%/);
    expect(result.stdout).toContain('week-6');
    const csv = await readFile(path.join(out, 'policies.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('not evidence');
    expect(csv).toContain('responders_week26_upper');
    const svg = await readFile(path.join(out, 'policies.svg'), 'utf8');
    expect(svg).toContain('not evidence');
  });

  it('refuses an unknown policy with a usage error', async () => {
    const result = await runCli(['simulate', '--policy', 'escalate-always']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--policy must list one or more of week-12');
    expect(result.stderr).toContain('escalate-always');
  });

  it('refuses a cohort size that is not a whole number', async () => {
    const result = await runCli(['simulate', '--patients', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--patients must be a whole number');
  });
});
