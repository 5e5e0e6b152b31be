import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess';
import { intakeSchema } from '../assessment/intake-schema';
import { generateCohort, generatePatient } from './cohort';

const options = { size: 400, seed: 2025, startDate: '2025-03-03', enrolmentDays: 60 };

describe('synthetic cohort', () => {
  it('is deterministic: the same seed gives the same cohort', () => {
    expect(generateCohort(options)).toEqual(generateCohort(options));
  });

  it('changes with the seed', () => {
    const other = generateCohort({ ...options, seed: 2026 });
    expect(other.map((p) => p.traits)).not.toEqual(generateCohort(options).map((p) => p.traits));
  });

  it('makes patient i the same person whatever the cohort size', () => {
    const small = generatePatient(7, { ...options, size: 10, enrolmentDays: 0 });
    const large = generatePatient(7, { ...options, size: 10_000, enrolmentDays: 0 });
    expect(small.traits).toEqual(large.traits);
    expect(small.intake).toEqual(large.intake);
  });

  it('gives intakes the real assess() accepts, landing on the phenotype and risk group aimed at', () => {
    const cohort = generateCohort(options);
    let phenotypeHits = 0;
    let riskHits = 0;
    for (const patient of cohort) {
      expect(intakeSchema.safeParse(patient.intake).success).toBe(true);
      const assessment = assess(patient.intake);
      if (assessment.phenotype === patient.traits.targetPhenotype) phenotypeHits += 1;
      if (assessment.riskGroup === patient.traits.targetRiskGroup) riskHits += 1;
    }
    expect(phenotypeHits / cohort.length).toBeGreaterThan(0.95);
    expect(riskHits / cohort.length).toBeGreaterThan(0.95);
  });

  it('varies by age, sex, phenotype, risk, mood, adherence trajectory and response, with rare red flags', () => {
    const cohort = generateCohort({ ...options, size: 2000 });
    const distinct = <T>(pick: (p: (typeof cohort)[number]) => T) => new Set(cohort.map(pick)).size;
    expect(distinct((p) => p.traits.sex)).toBe(2);
    expect(distinct((p) => p.traits.targetPhenotype)).toBe(4);
    expect(distinct((p) => p.traits.targetRiskGroup)).toBe(3);
    expect(distinct((p) => p.traits.adherenceTrajectory)).toBe(3);
    expect(distinct((p) => p.traits.responder)).toBe(2);
    const share = (test: (p: (typeof cohort)[number]) => boolean) =>
      cohort.filter(test).length / cohort.length;
    expect(share((p) => p.traits.depressed)).toBeGreaterThan(0.15);
    expect(share((p) => p.traits.redFlag !== null)).toBeLessThan(0.03);
    expect(share((p) => p.traits.redFlag !== null)).toBeGreaterThan(0);
    expect(share((p) => p.traits.adherenceTrajectory === 'declining')).toBeCloseTo(0.12, 1);
    const ages = cohort.map((p) => p.traits.ageYears);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(85);
  });
});
