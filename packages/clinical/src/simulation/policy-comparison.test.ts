import { describe, expect, it } from 'vitest';
import { responderTable } from './analytics';
import { generateCohort } from './cohort';
import { POLICIES } from './policies';
import { comparePolicies, responderRecords } from './policy-comparison';
import { policyCsv, policySvg, policyTable, SIMULATION_LABEL } from './policy-report';
import { simulatePatient } from './simulate';

describe('policy comparison, end to end on a small cohort', () => {
  const policies = [POLICIES['week-12'], POLICIES['week-6-escalate-regardless']];
  let progressCalls = 0;
  const summaries = comparePolicies(policies, {
    patients: 60,
    seed: 5,
    onProgress: () => {
      progressCalls += 1;
    },
  });

  it('summarises every policy on the same patients', () => {
    expect(summaries.map((s) => s.policy)).toEqual(['week-12', 'week-6-escalate-regardless']);
    expect(progressCalls).toBe(120);
    for (const summary of summaries) {
      expect(summary.patients).toBeGreaterThan(55);
      for (const p of [
        summary.responders12,
        summary.responders26,
        summary.anyOpioid,
        summary.reachedStep[2],
      ]) {
        expect(p.share).toBeGreaterThanOrEqual(p.interval.lower);
        expect(p.share).toBeLessThanOrEqual(p.interval.upper);
      }
      expect(summary.reachedStep[1].share).toBe(1);
      expect(summary.adherence.mean).toBeGreaterThan(0.3);
    }
  });

  it('escalates at least as many patients when escalating at week 6 regardless of adherence', () => {
    const [week12, early] = summaries;
    expect(early?.reachedStep[2].share).toBeGreaterThanOrEqual(week12?.reachedStep[2].share ?? 1);
  });

  it('writes a table, CSV and SVG, each labelled as a simulation, not evidence', () => {
    const context = '60 patients, seed 5, 26 weeks, default scenario';
    const table = policyTable(summaries, context);
    const csv = policyCsv(summaries);
    const svg = policySvg(summaries, context);
    expect(SIMULATION_LABEL).toBe('Simulation under stated assumptions — not evidence');
    for (const output of [table, csv, svg]) expect(output).toContain(SIMULATION_LABEL);
    expect(table).toContain('week-6-escalate-regardless');
    const [, header, ...rows] = csv.trim().split('\n');
    expect(header?.split(',')).toContain('responders_week12_lower');
    expect(rows).toHaveLength(2);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBe(8);
  });

  it('feeds the responder table from simulated histories, suppressing small cells', () => {
    const cohort = generateCohort({ size: 80, seed: 5, startDate: '2025-01-06' });
    const records = responderRecords(
      cohort.map((p) => simulatePatient(p, { days: 100, keepRecords: false })),
    );
    expect(records.length).toBeGreaterThan(70);
    const table = responderTable(records);
    const all = table.filter((cell) => cell.treatment === 'all');
    expect(all.reduce((sum, cell) => sum + (cell.n ?? 0), 0)).toBeLessThanOrEqual(records.length);
    expect(table.some((cell) => cell.suppressed)).toBe(true);
    expect(table.filter((cell) => !cell.suppressed).every((cell) => (cell.n ?? 0) >= 10)).toBe(true);
  });
});
