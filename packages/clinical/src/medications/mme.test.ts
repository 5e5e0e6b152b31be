import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSES_PER_DAY, dosesPerDay } from './frequency';
import {
  DOSE_UNITS,
  MEDICATION_FREQUENCIES,
  MEDICATION_ROUTES,
  type MedicationEntry,
  medicationEntrySchema,
} from './medication-list';
import { calculateMme } from './mme';
import { CDC_2022_MME_FACTORS } from './mme-factors';
import { clinicalProfileSchema } from './profile';
import { computeMme } from './safety-alerts';
import { oracleCalculateMme } from './test-support/mme-oracle';

const entry = (
  overrides: Partial<MedicationEntry> & Pick<MedicationEntry, 'drug' | 'dose'>,
): MedicationEntry =>
  medicationEntrySchema.parse({
    unit: 'mg',
    frequency: 'daily',
    route: 'oral',
    startDate: '2026-01-01',
    ...overrides,
  });

describe('MME: worked checks from the brief and the CDC IG test vectors (2022 factors)', () => {
  it.each([
    [
      'fentanyl 25 mcg/h patch every 72 h',
      entry({ drug: 'fentanyl', dose: 25, unit: 'mcg/h', frequency: 'every-72h', route: 'transdermal' }),
      60,
    ],
    [
      'fentanyl 75 mcg/h patch (IG patient-mme-greater-than-fifty)',
      entry({ drug: 'fentanyl', dose: 75, unit: 'mcg/h', frequency: 'every-72h', route: 'transdermal' }),
      180,
    ],
    ['oxycodone 10 mg q12h', entry({ drug: 'oxycodone', dose: 10, frequency: 'q12h' }), 30],
    [
      'oxycodone ER 30 mg BID',
      entry({ drug: 'Oxycodone ER', dose: 30, frequency: 'BID', formulation: 'extended-release' }),
      90,
    ],
    [
      'methadone 20 mg TID (282 under 2022; 600 under the 2016 bands)',
      entry({ drug: 'methadone', dose: 20, frequency: 'TID' }),
      282,
    ],
    [
      'hydrocodone 5 mg QID (CDC 2022 worked example)',
      entry({ drug: 'hydrocodone', dose: 5, frequency: 'QID' }),
      20,
    ],
    ['oxycodone 10 mg QID (OMTK test vector)', entry({ drug: 'oxycodone', dose: 10, frequency: 'QID' }), 60],
  ])('%s → %d MME/day', (_name, medication, expected) => {
    const report = calculateMme([medication]);
    expect(report.totalMmePerDay).toBe(expected);
    expect(report.complete).toBe(true);
    expect(report.factorSet).toBe('CDC-2022-clinical');
  });
});

describe('MME: every CDC 2022 conversion factor', () => {
  // 100 mg/day (or 10 mcg/h for the patch) makes the factor visible in the result.
  it.each([
    ['codeine', 0.15, 15],
    ['hydrocodone', 1, 100],
    ['hydromorphone', 5, 500],
    ['methadone', 4.7, 470],
    ['morphine', 1, 100],
    ['oxycodone', 1.5, 150],
    ['oxymorphone', 3, 300],
    ['tapentadol', 0.4, 40],
    ['tramadol', 0.2, 20],
  ])('%s factor %d: 100 mg/day → %d MME/day', (drug, factor, expected) => {
    const report = calculateMme([entry({ drug, dose: 100 })]);
    expect(report.lines[0]?.conversionFactor).toBe(factor);
    expect(report.totalMmePerDay).toBe(expected);
  });

  it('fentanyl transdermal: 2.4 per mcg/h', () => {
    const report = calculateMme([
      entry({ drug: 'fentanyl', dose: 10, unit: 'mcg/h', frequency: 'every-72h', route: 'transdermal' }),
    ]);
    expect(report.lines[0]?.conversionFactor).toBe(2.4);
    expect(report.totalMmePerDay).toBe(24);
  });

  it('has a test above for every factor in the table', () => {
    expect(CDC_2022_MME_FACTORS.map((factor) => factor.generic).sort()).toEqual([
      'codeine',
      'fentanyl',
      'hydrocodone',
      'hydromorphone',
      'methadone',
      'morphine',
      'oxycodone',
      'oxymorphone',
      'tapentadol',
      'tramadol',
    ]);
  });
});

describe('MME: every frequency form', () => {
  it.each([
    ['daily', 1],
    ['BID', 2],
    ['TID', 3],
    ['QID', 4],
    ['q4h', 6],
    ['q6h', 4],
    ['q8h', 3],
    ['q12h', 2],
    ['every-72h', 1 / 3],
    ['weekly', 1 / 7],
  ] as const)('%s → %d doses/day', (frequency, expected) => {
    expect(DOSES_PER_DAY[frequency]).toBeCloseTo(expected, 12);
    const report = calculateMme([entry({ drug: 'morphine', dose: 21, frequency })]);
    expect(report.totalMmePerDay).toBeCloseTo(21 * expected, 2);
  });

  it('covers every frequency in the schema', () => {
    expect(Object.keys(DOSES_PER_DAY).sort()).toEqual([...MEDICATION_FREQUENCIES].sort());
  });

  it('counts an as-needed entry at its PRN maximum', () => {
    const prn = entry({
      drug: 'oxycodone',
      dose: 5,
      frequency: 'q4h',
      asNeeded: true,
      prnMaximumDosesPerDay: 4,
    });
    expect(dosesPerDay(prn)).toEqual({ value: 4, basis: 'prn-maximum' });
    expect(calculateMme([prn]).totalMmePerDay).toBe(30);
  });

  it('counts q4h PRN without a stated maximum at the most its interval allows (6 a day)', () => {
    const prn = entry({ drug: 'oxycodone', dose: 5, frequency: 'q4h', asNeeded: true });
    expect(dosesPerDay(prn)).toEqual({ value: 6, basis: 'prn-schedule-maximum' });
    expect(calculateMme([prn]).totalMmePerDay).toBe(45);
  });

  it('counts an "as-needed" frequency with a PRN maximum, and cannot count one without', () => {
    const counted = entry({ drug: 'morphine', dose: 10, frequency: 'as-needed', prnMaximumDosesPerDay: 3 });
    expect(calculateMme([counted]).totalMmePerDay).toBe(30);
    const uncounted = calculateMme([entry({ drug: 'morphine', dose: 10, frequency: 'as-needed' })]);
    expect(uncounted.complete).toBe(false);
    expect(uncounted.lines[0]?.status).toBe('not-converted');
  });

  it('converts g and mcg to mg', () => {
    expect(calculateMme([entry({ drug: 'morphine', dose: 0.03, unit: 'g' })]).totalMmePerDay).toBe(30);
    expect(calculateMme([entry({ drug: 'hydromorphone', dose: 2000, unit: 'mcg' })]).totalMmePerDay).toBe(10);
  });
});

describe('MME: what is not converted', () => {
  it('explains buprenorphine and leaves it out of the total', () => {
    const report = computeMme([
      entry({ drug: 'buprenorphine', dose: 10, unit: 'mcg/h', frequency: 'weekly', route: 'transdermal' }),
      entry({ drug: 'morphine', dose: 10, frequency: 'BID' }),
    ]);
    expect(report.totalMmePerDay).toBe(20);
    expect(report.complete).toBe(true);
    expect(report.lines[0]).toMatchObject({ status: 'excluded', mmePerDay: null, dailyUnit: 'mcg/h' });
    expect(report.lines[0]?.explanation).toMatch(/partial agonist/);
    expect(report.alerts.map((alert) => alert.ruleId)).toEqual(['buprenorphine-not-converted']);
  });

  it('does not convert fentanyl by a non-transdermal route, and says the total is a lower bound', () => {
    const report = computeMme([
      entry({ drug: 'fentanyl', dose: 200, unit: 'mcg', route: 'buccal', frequency: 'BID' }),
    ]);
    expect(report.complete).toBe(false);
    expect(report.alerts.map((alert) => alert.ruleId)).toEqual(['mme-incomplete']);
  });

  it('does not convert opioids without a CDC 2022 factor', () => {
    const report = calculateMme([entry({ drug: 'meperidine', dose: 50, frequency: 'q6h' })]);
    expect(report.lines[0]?.status).toBe('not-converted');
    expect(report.totalMmePerDay).toBe(0);
  });

  it('asks for a patch strength in mcg/h, and for a mg dose of oral drugs', () => {
    const patchInMg = calculateMme([entry({ drug: 'fentanyl', dose: 25, route: 'transdermal' })]);
    expect(patchInMg.lines[0]?.explanation).toMatch(/mcg\/h/);
    const oralAsRate = calculateMme([entry({ drug: 'morphine', dose: 25, unit: 'mcg/h' })]);
    expect(oralAsRate.lines[0]?.status).toBe('not-converted');
  });

  it('ignores non-opioids', () => {
    expect(calculateMme([entry({ drug: 'ibuprofen', dose: 400, frequency: 'TID' })]).lines).toEqual([]);
  });
});

describe('MME: alerts at the CDC thresholds', () => {
  const ids = (dose: number) =>
    computeMme([entry({ drug: 'morphine', dose, frequency: 'daily' })]).alerts.map((alert) => alert.ruleId);
  it('fires nothing below 50, naloxone at 50, and both at 90', () => {
    expect(ids(49.9)).toEqual([]);
    expect(ids(50)).toEqual(['mme-50-naloxone']);
    expect(ids(89.99)).toEqual(['mme-50-naloxone']);
    expect(ids(90)).toEqual(['mme-50-naloxone', 'mme-90-high-risk']);
  });

  it('adds the naloxone risk-factor prompt below 50 only when a profile with a risk factor is given', () => {
    const list = [entry({ drug: 'morphine', dose: 20 })];
    expect(computeMme(list).alerts).toEqual([]);
    const profile = { ...baseProfile(), sleepApnoea: true };
    expect(computeMme(list, profile).alerts.map((alert) => alert.ruleId)).toEqual([
      'opioid-naloxone-risk-factors',
    ]);
  });
});

describe('MME properties', () => {
  const opioidEntry = fc.record({
    drug: fc.constantFrom(
      'codeine',
      'hydrocodone',
      'hydromorphone',
      'methadone',
      'morphine',
      'oxycodone',
      'oxymorphone',
      'tapentadol',
      'tramadol',
    ),
    dose: fc.double({ min: 0.5, max: 200, noNaN: true }),
    frequency: fc.constantFrom(...MEDICATION_FREQUENCIES.filter((frequency) => frequency !== 'as-needed')),
  });

  it('is monotonic in dose: raising any dose never lowers the total', () => {
    fc.assert(
      fc.property(
        fc.array(opioidEntry, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (rows, pick, multiplier) => {
          const list = rows.map((row) => entry(row));
          const index = pick % list.length;
          const raised = list.map((medication, position) =>
            position === index ? { ...medication, dose: medication.dose * multiplier } : medication,
          );
          expect(calculateMme(raised).totalMmePerDay).toBeGreaterThanOrEqual(
            calculateMme(list).totalMmePerDay,
          );
        },
      ),
    );
  });

  it('is the sum of its lines (to rounding)', () => {
    fc.assert(
      fc.property(fc.array(opioidEntry, { maxLength: 5 }), (rows) => {
        const report = calculateMme(rows.map((row) => entry(row)));
        const sum = report.lines.reduce((total, line) => total + (line.mmePerDay ?? 0), 0);
        expect(Math.abs(report.totalMmePerDay - sum)).toBeLessThanOrEqual(0.01 * report.lines.length + 1e-9);
      }),
    );
  });
});

function baseProfile() {
  return clinicalProfileSchema.parse({ age: 50 });
}

describe('calculateMme agrees exactly with the implementation it replaced', () => {
  const anyEntry = fc.record(
    {
      drug: fc.constantFrom(
        'codeine',
        'Oxycodone HCl ER',
        'morphine',
        'methadone',
        'fentanyl',
        'buprenorphine',
        'tramadol',
        'tapentadol',
        'hydromorphone',
        'meperidine',
        'ibuprofen',
        'duloxetine',
        'unknown drug',
      ),
      dose: fc.double({ min: 0.01, max: 500, noNaN: true }),
      unit: fc.constantFrom(...DOSE_UNITS),
      frequency: fc.constantFrom(...MEDICATION_FREQUENCIES),
      route: fc.constantFrom(...MEDICATION_ROUTES),
      asNeeded: fc.boolean(),
      prnMaximumDosesPerDay: fc.integer({ min: 1, max: 12 }),
    },
    { requiredKeys: ['drug', 'dose', 'unit', 'frequency', 'route', 'asNeeded'] },
  );

  it('gives the same report, key order included', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 6 }), (rows) => {
        const list = rows.map((row) => entry(row));
        const expected = oracleCalculateMme(list);
        expect(calculateMme(list)).toEqual(expected);
        expect(JSON.stringify(calculateMme(list))).toBe(JSON.stringify(expected));
      }),
      { numRuns: 2_000 },
    );
  });
});
