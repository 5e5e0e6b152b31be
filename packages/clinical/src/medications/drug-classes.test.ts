import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugClassContraindications } from './contraindications';
import {
  DRUG_CLASSES,
  DRUG_TABLE,
  drugsInClass,
  lookupDrug,
  normaliseDrugName,
  normaliseDrugNameUncached,
} from './drug-classes';
import { renalDoseBand } from './gabapentinoid-dosing';
import { medicationEntrySchema } from './medication-list';
import { clinicalProfileSchema } from './profile';

describe('drug-class lookup table', () => {
  it('normalises product words, salts and alternative names', () => {
    expect(normaliseDrugName('Oxycodone HCl ER')).toBe('oxycodone');
    expect(normaliseDrugName('  Fentanyl   transdermal patch ')).toBe('fentanyl');
    expect(normaliseDrugName('Acetaminophen')).toBe('paracetamol');
    expect(normaliseDrugName('Pethidine')).toBe('meperidine');
    expect(lookupDrug('Tramadol hydrochloride')?.drugClass).toBe('tramadol');
    expect(lookupDrug('no such drug')).toBeNull();
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats %s as an unknown drug name, not a member of Object.prototype',
    (name) => {
      expect(normaliseDrugName(name)).toBe(name.toLowerCase());
      expect(lookupDrug(name)).toBeNull();
    },
  );

  it('gives every class at least one member and every member one class', () => {
    for (const drugClass of DRUG_CLASSES)
      expect(drugsInClass(drugClass).length, drugClass).toBeGreaterThan(0);
    const all = DRUG_CLASSES.flatMap((drugClass) => drugsInClass(drugClass));
    expect(new Set(all).size).toBe(all.length);
    expect(DRUG_TABLE.size).toBe(all.length);
  });

  it('marks the safety properties the interaction rules ask about (clinical.md §7.2, §7.6, §7.8)', () => {
    expect(lookupDrug('duloxetine')).toMatchObject({ drugClass: 'snri', serotonergic: true });
    expect(lookupDrug('fentanyl')).toMatchObject({
      drugClass: 'opioid',
      serotonergic: true,
      cnsDepressant: true,
    });
    expect(lookupDrug('linezolid')).toMatchObject({ inhibitsMonoamineOxidase: true, serotonergic: true });
    expect(lookupDrug('pregabalin')).toMatchObject({ drugClass: 'gabapentinoid', cnsDepressant: true });
    expect(lookupDrug('quetiapine')).toMatchObject({ lowersSeizureThreshold: true });
    expect(lookupDrug('ibuprofen')).toMatchObject({ serotonergic: false, cnsDepressant: false });
  });
});

describe('contraindications used to filter suggestions', () => {
  const profile = (overrides: object) => clinicalProfileSchema.parse({ age: 50, ...overrides });
  it('lists NSAID contraindications', () => {
    expect(drugClassContraindications('nsaid', profile({}), [])).toEqual([]);
    expect(
      drugClassContraindications('nsaid', profile({ giBleedHistory: 'active', egfr: 25 }), []),
    ).toHaveLength(2);
    expect(drugClassContraindications('nsaid', profile({ pregnancyWeeks: 19 }), [])).toEqual([]);
    expect(drugClassContraindications('nsaid', profile({ pregnancyWeeks: 20 }), [])).toHaveLength(1);
  });

  it('lists duloxetine, tramadol and muscle-relaxant contraindications', () => {
    const phenelzine = medicationEntrySchema.parse({
      drug: 'phenelzine',
      dose: 15,
      unit: 'mg',
      frequency: 'TID',
      route: 'oral',
      startDate: '2026-01-01',
    });
    expect(drugClassContraindications('snri', profile({}), [phenelzine])).toHaveLength(1);
    expect(drugClassContraindications('snri', profile({ heavyAlcoholUse: true }), [])).toHaveLength(1);
    expect(drugClassContraindications('tramadol', profile({ seizureRisk: true }), [])).toHaveLength(1);
    expect(
      drugClassContraindications('muscle-relaxant', profile({}), [{ ...phenelzine, drug: 'oxycodone' }]),
    ).toHaveLength(1);
    expect(drugClassContraindications('opioid', profile({}), [])).toEqual([]);
  });
});

describe('gabapentinoid renal dose bands (clinical.md §7.3)', () => {
  it.each([
    ['gabapentin', 90, 3600],
    ['gabapentin', 60, 3600],
    ['gabapentin', 59, 1400],
    ['gabapentin', 30, 1400],
    ['gabapentin', 29, 700],
    ['gabapentin', 14, 300],
    ['pregabalin', 61, 600],
    ['pregabalin', 60, 300],
    ['pregabalin', 30, 300],
    ['pregabalin', 29, 150],
    ['pregabalin', 10, 75],
  ])('%s at %d mL/min → max %d mg/day', (generic, clearance, maximum) => {
    expect(renalDoseBand(generic, clearance)?.maximumDailyMg).toBe(maximum);
  });
});

describe('normaliseDrugName with its cache', () => {
  const names = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      'Oxycodone HCl ER',
      'APAP',
      ' Tramadol (Ultram) ',
      'pethidine',
      'morphine sulfate',
      'toString',
    ),
  );

  it('gives what normalising afresh gives, the first time and every later time', () => {
    fc.assert(
      fc.property(names, (name) => {
        const expected = normaliseDrugNameUncached(name);
        expect(normaliseDrugName(name)).toBe(expected);
        expect(normaliseDrugName(name)).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  it('stays right after the cache fills and is cleared', () => {
    for (let index = 0; index < 5_000; index += 1) normaliseDrugName(`Drug ${index} ER`);
    expect(normaliseDrugName('Oxycodone HCl ER')).toBe('oxycodone');
    expect(normaliseDrugName('Drug 4999 ER')).toBe(normaliseDrugNameUncached('Drug 4999 ER'));
  });
});
