import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../assessment/intake-schema';
import { generateCohort } from './cohort';
import { DEFAULT_PARAMETERS } from './parameters';
import { simulatePatient } from './simulate';

/**
 * The simulated cohort must reproduce the configured parameters: the Costa 2012 time course
 * (clinical.md §6.1) at weeks 6 and 52, MiSpEx adherence (§6.2) and the flare rate.
 */
const cohort = generateCohort({ size: 500, seed: 11, startDate: '2025-01-06' });
const histories = cohort.map((patient) => simulatePatient(patient, { days: 365, keepRecords: false }));
const started = histories.filter((h) => h.outcome.started);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const meanPainAt = (week: number) =>
  mean(started.map((h) => h.outcome.weeklyMeanPain[week]).filter((v): v is number => typeof v === 'number'));
const knot = (week: number) =>
  DEFAULT_PARAMETERS.timeCourse.meanPain.value.find((k) => k.week === week)?.meanPain ?? NaN;

describe('simulated outcomes reproduce the configured parameters', () => {
  it('skips only patients whose red flag blocks the programme', () => {
    expect(started.length).toBeGreaterThan(480);
    for (const history of histories.filter((h) => !h.outcome.started)) {
      expect(history.assessment.programmeEligibility.eligible).toBe(false);
    }
  });

  it('follows the Costa 2012 mean pain at week 6 and week 52 within 0.3 points', () => {
    expect(Math.abs(meanPainAt(6) - knot(6))).toBeLessThan(0.3);
    expect(Math.abs(meanPainAt(52) - knot(52))).toBeLessThan(0.3);
    expect(Math.abs(mean(started.map((h) => h.outcome.baselinePain)) - knot(0))).toBeLessThan(0.3);
  });

  it('keeps most of the improvement in the first 6 weeks (clinical.md §6.1)', () => {
    const firstSix = meanPainAt(0 + 1) - meanPainAt(6);
    const nextTwenty = meanPainAt(6) - meanPainAt(26);
    expect(firstSix).toBeGreaterThan(0);
    expect(nextTwenty).toBeLessThan(mean(started.map((h) => h.outcome.baselinePain)) - meanPainAt(6));
  });

  it('matches MiSpEx adherence over the first 12 weeks within 6 points', () => {
    const planned = started.reduce((sum, h) => sum + h.outcome.sessionsPlannedBy12, 0);
    const done = started.reduce((sum, h) => sum + h.outcome.sessionsDoneBy12, 0);
    expect(Math.abs(done / planned - DEFAULT_PARAMETERS.adherence.meanRate.value)).toBeLessThan(0.06);
  });

  it('has flares at about the Pengel 2003 rate (1.3 a year)', () => {
    expect(mean(started.map((h) => h.outcome.flares))).toBeGreaterThan(1);
    expect(mean(started.map((h) => h.outcome.flares))).toBeLessThan(1.6);
  });

  it('moves some patients up the steps through accepted decision cards', () => {
    const stepTwo = started.filter((h) => h.outcome.maxStep >= 2).length / started.length;
    expect(stepTwo).toBeGreaterThan(0.1);
    expect(stepTwo).toBeLessThan(0.7);
  });
});

describe('a simulated patient', () => {
  const patient =
    cohort.find((p) => p.traits.redFlag === null && p.traits.targetRiskGroup === 'high') ?? cohort[0];
  if (patient === undefined) throw new Error('empty cohort');

  it('is deterministic', () => {
    expect(simulatePatient(patient, { days: 120 })).toEqual(simulatePatient(patient, { days: 120 }));
  });

  it('keeps records shaped like the server’s tables', () => {
    const history = simulatePatient(patient, { days: 120 });
    const days = history.checkIns.map((c) => c.day);
    expect(new Set(days).size).toBe(days.length);
    expect(history.checkIns.every((c) => Number.isInteger(c.pain) && c.pain >= 0 && c.pain <= 10)).toBe(true);
    expect(history.carePlans[0]?.version).toBe(1);
    expect(history.carePlans.map((p) => p.version)).toEqual(history.carePlans.map((_, i) => i + 1));
    expect(history.sessions.every((s) => s.carePlanVersion >= 1)).toBe(true);
    expect(history.reassessments).toHaveLength(2);
    for (const { intake } of history.reassessments) expect(intakeSchema.safeParse(intake).success).toBe(true);
    expect(history.instruments.some((i) => i.instrumentId === 'peg-3')).toBe(true);
  });
});
