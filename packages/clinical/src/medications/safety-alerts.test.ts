import { describe, expect, it } from 'vitest';
import { SOURCES } from '../core/sources';
import { decisionCardSchema } from '../stepped-care/card';
import { findDrugInstructionsInPatientText } from '../stepped-care/patient-language';
import { type MedicationEntry, medicationEntrySchema } from './medication-list';
import { MEDICATION_RULE_IDS, MEDICATION_RULES, type MedicationRuleId } from './medication-rules';
import {
  type ClinicalProfile,
  clinicalProfileSchema,
  type OpioidSafeguards,
  opioidSafeguardsSchema,
} from './profile';
import { medicationSafetyAlerts } from './safety-alerts';

const TODAY = '2026-04-01';

const med = (drug: string, dose: number, overrides: Partial<MedicationEntry> = {}): MedicationEntry =>
  medicationEntrySchema.parse({
    drug,
    dose,
    unit: 'mg',
    frequency: 'daily',
    route: 'oral',
    startDate: '2026-03-25',
    ...overrides,
  });

const profile = (overrides: Partial<ClinicalProfile> = {}): ClinicalProfile =>
  clinicalProfileSchema.parse({ age: 45, ...overrides });

/** Safeguards recorded recently, so PDMP and urine-test prompts stay quiet unless a case wants them. */
const CURRENT_SAFEGUARDS: OpioidSafeguards = opioidSafeguardsSchema.parse({
  pdmpCheckedOn: '2026-03-20',
  urineDrugTestOn: '2026-01-10',
  naloxoneOfferedOn: '2026-03-20',
});

interface AlertCase {
  readonly name: string;
  readonly medications: MedicationEntry[];
  readonly profile?: Partial<ClinicalProfile>;
  readonly safeguards?: OpioidSafeguards;
  readonly expected: MedicationRuleId[];
}

const cases: AlertCase[] = [
  { name: 'nothing on the list', medications: [], expected: [] },
  {
    name: 'ibuprofen in a healthy 45-year-old',
    medications: [med('ibuprofen', 400, { frequency: 'TID' })],
    expected: [],
  },
  {
    name: 'oxycodone + diazepam',
    medications: [med('oxycodone', 5, { frequency: 'BID' }), med('diazepam', 5)],
    expected: ['opioid-benzodiazepine'],
  },
  {
    name: 'morphine + pregabalin (also off-guideline)',
    medications: [med('morphine', 10, { frequency: 'BID' }), med('pregabalin', 75, { frequency: 'BID' })],
    expected: ['opioid-gabapentinoid', 'gabapentinoid-off-guideline'],
  },
  {
    name: 'codeine + zolpidem',
    medications: [med('codeine', 30, { frequency: 'QID' }), med('zolpidem', 10)],
    expected: ['opioid-other-cns-depressant'],
  },
  {
    name: 'morphine 60 mg/day',
    medications: [med('morphine', 30, { frequency: 'BID' })],
    expected: ['mme-50-naloxone'],
  },
  {
    name: 'oxycodone ER 30 mg BID (90 MME)',
    medications: [med('oxycodone', 30, { frequency: 'BID', formulation: 'extended-release' })],
    expected: ['mme-50-naloxone', 'mme-90-high-risk'],
  },
  {
    name: 'low-dose opioid, sleep apnoea, no naloxone',
    medications: [med('hydrocodone', 5, { frequency: 'BID' })],
    profile: { sleepApnoea: true },
    safeguards: { ...CURRENT_SAFEGUARDS, naloxoneOfferedOn: null },
    expected: ['opioid-naloxone-risk-factors'],
  },
  {
    name: 'opioid without a PDMP check',
    medications: [med('morphine', 10)],
    safeguards: { ...CURRENT_SAFEGUARDS, pdmpCheckedOn: null },
    expected: ['opioid-pdmp-check'],
  },
  {
    name: 'opioid with a PDMP check 120 days ago',
    medications: [med('morphine', 10)],
    safeguards: { ...CURRENT_SAFEGUARDS, pdmpCheckedOn: '2025-12-02' },
    expected: ['opioid-pdmp-check'],
  },
  {
    name: 'long-term opioid (since January) without a urine test',
    medications: [med('morphine', 10, { startDate: '2026-01-05' })],
    safeguards: { ...CURRENT_SAFEGUARDS, urineDrugTestOn: null },
    expected: ['opioid-urine-drug-test'],
  },
  {
    name: 'new opioid (7 days) without a urine test is not yet long-term',
    medications: [med('morphine', 10)],
    safeguards: { ...CURRENT_SAFEGUARDS, urineDrugTestOn: null },
    expected: [],
  },
  {
    name: 'buprenorphine patch',
    medications: [med('buprenorphine', 10, { unit: 'mcg/h', route: 'transdermal', frequency: 'weekly' })],
    expected: ['buprenorphine-not-converted'],
  },
  {
    name: 'methadone 20 mg TID (282 MME)',
    medications: [med('methadone', 20, { frequency: 'TID' })],
    expected: ['mme-50-naloxone', 'mme-90-high-risk', 'methadone-caution'],
  },
  {
    name: 'meperidine has no CDC 2022 factor',
    medications: [med('pethidine', 50, { frequency: 'q6h' })],
    expected: ['mme-incomplete'],
  },
  {
    name: 'duloxetine + tramadol (reported once, as a duloxetine interaction)',
    medications: [med('duloxetine', 60), med('tramadol', 50, { frequency: 'QID' })],
    expected: ['duloxetine-serotonergic'],
  },
  {
    name: 'duloxetine + sumatriptan',
    medications: [med('duloxetine', 60), med('sumatriptan', 50)],
    expected: ['duloxetine-serotonergic'],
  },
  {
    name: 'duloxetine + linezolid',
    medications: [med('duloxetine', 60), med('linezolid', 600, { frequency: 'BID' })],
    expected: ['maoi-linezolid-contraindicated'],
  },
  {
    name: 'tramadol + phenelzine',
    medications: [med('tramadol', 50, { frequency: 'BID' }), med('phenelzine', 15, { frequency: 'TID' })],
    expected: ['maoi-linezolid-contraindicated', 'tramadol-seizure-risk'],
  },
  {
    name: 'tramadol + sertraline (serotonergic and seizure-threshold lowering)',
    medications: [med('tramadol', 50, { frequency: 'BID' }), med('sertraline', 50)],
    expected: ['tramadol-serotonergic', 'tramadol-seizure-risk'],
  },
  {
    name: 'tramadol with epilepsy',
    medications: [med('tramadol', 50, { frequency: 'BID' })],
    profile: { seizureRisk: true },
    expected: ['tramadol-seizure-risk'],
  },
  {
    name: 'tramadol 100 mg q6h + 100 mg PRN once (500 mg/day, 100 MME)',
    medications: [
      med('tramadol', 100, { frequency: 'q6h' }),
      med('tramadol', 100, { frequency: 'as-needed', asNeeded: true, prnMaximumDosesPerDay: 1 }),
    ],
    expected: ['mme-50-naloxone', 'mme-90-high-risk', 'tramadol-dose-limit'],
  },
  {
    name: 'tramadol 50 mg QID with CrCl 25 (200 mg/day limit is met, not exceeded)',
    medications: [med('tramadol', 50, { frequency: 'QID' })],
    profile: { creatinineClearance: 25 },
    expected: [],
  },
  {
    name: 'tramadol 50 mg TID with CrCl 8 (contraindicated)',
    medications: [med('tramadol', 50, { frequency: 'TID' })],
    profile: { creatinineClearance: 8 },
    expected: ['tramadol-dose-limit', 'opioid-naloxone-risk-factors'],
    safeguards: { ...CURRENT_SAFEGUARDS, naloxoneOfferedOn: null },
  },
  {
    name: 'duloxetine with chronic liver disease',
    medications: [med('duloxetine', 60)],
    profile: { chronicLiverDisease: true },
    expected: ['duloxetine-renal-hepatic'],
  },
  {
    name: 'naproxen at 70',
    medications: [med('naproxen', 500, { frequency: 'BID' })],
    profile: { age: 70 },
    expected: ['nsaid-gi-bleed-risk'],
  },
  {
    name: 'ibuprofen + apixaban',
    medications: [med('ibuprofen', 400, { frequency: 'TID' }), med('apixaban', 5, { frequency: 'BID' })],
    expected: ['nsaid-gi-bleed-risk'],
  },
  {
    name: 'ibuprofen + duloxetine (SNRI bleeding risk)',
    medications: [med('ibuprofen', 400, { frequency: 'TID' }), med('duloxetine', 60)],
    expected: ['nsaid-gi-bleed-risk'],
  },
  {
    name: 'diclofenac with CKD (eGFR 45) and heart failure',
    medications: [med('diclofenac', 50, { frequency: 'BID' })],
    profile: { egfr: 45, heartFailure: 'compensated' },
    expected: ['nsaid-renal-cv-risk'],
  },
  {
    name: 'triple whammy',
    medications: [med('ibuprofen', 400, { frequency: 'TID' }), med('ramipril', 5), med('furosemide', 40)],
    expected: ['nsaid-triple-whammy'],
  },
  {
    name: 'naproxen in pregnancy at 24 weeks',
    medications: [med('naproxen', 250, { frequency: 'BID' })],
    profile: { pregnancyWeeks: 24 },
    expected: ['nsaid-contraindicated'],
  },
  {
    name: 'gabapentin 900 mg TID with CrCl 40 (2700 > 1400)',
    medications: [med('gabapentin', 900, { frequency: 'TID' })],
    profile: { creatinineClearance: 40 },
    expected: ['gabapentinoid-off-guideline', 'gabapentinoid-renal-dose'],
  },
  {
    name: 'pregabalin with COPD at 72',
    medications: [med('pregabalin', 75, { frequency: 'BID' })],
    profile: { age: 72, copd: true },
    expected: ['gabapentinoid-off-guideline', 'gabapentinoid-respiratory-risk'],
  },
  {
    name: 'paracetamol only',
    medications: [med('acetaminophen', 1000, { frequency: 'QID' })],
    expected: ['paracetamol-only-analgesic'],
  },
  {
    name: 'paracetamol with an NSAID is not "only"',
    medications: [
      med('paracetamol', 1000, { frequency: 'QID' }),
      med('ibuprofen', 400, { frequency: 'TID' }),
    ],
    expected: [],
  },
  {
    name: 'oral prednisolone',
    medications: [med('prednisolone', 40)],
    expected: ['systemic-corticosteroid'],
  },
  {
    name: 'epidural methylprednisolone is not systemic',
    medications: [med('methylprednisolone', 80, { route: 'epidural', frequency: 'weekly' })],
    expected: [],
  },
  {
    name: 'cyclobenzaprine for 5 weeks',
    medications: [med('cyclobenzaprine', 10, { frequency: 'TID', startDate: '2026-02-20' })],
    expected: ['muscle-relaxant-over-2-weeks'],
  },
  {
    name: 'cyclobenzaprine for 7 days',
    medications: [med('cyclobenzaprine', 10, { frequency: 'TID' })],
    expected: [],
  },
  {
    name: 'unknown product',
    medications: [med('backeaze forte', 1)],
    expected: ['medication-not-recognised'],
  },
];

describe('medication safety alerts (clinical.md §7.8), table-driven', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const cards = medicationSafetyAlerts({
      medications: testCase.medications,
      profile: profile(testCase.profile),
      today: TODAY,
      safeguards: testCase.safeguards ?? CURRENT_SAFEGUARDS,
    });
    expect(cards.map((card) => card.ruleId).sort()).toEqual([...testCase.expected].sort());
    for (const card of cards) {
      expect(decisionCardSchema.parse(card)).toEqual(card);
      expect(findDrugInstructionsInPatientText(`${card.patient.summary}. ${card.patient.detail}`)).toEqual(
        [],
      );
      expect(card.reasons.length).toBeGreaterThan(0);
    }
  });

  it('exercises every medication rule in the table above', () => {
    const exercised = new Set(cases.flatMap((testCase) => testCase.expected));
    expect(MEDICATION_RULE_IDS.filter((id) => !exercised.has(id))).toEqual([]);
  });
});

describe('MEDICATION_RULES', () => {
  it('lists every rule id once, each with a description and registered sources', () => {
    expect(MEDICATION_RULES.map((rule) => rule.id)).toEqual([...MEDICATION_RULE_IDS]);
    for (const rule of MEDICATION_RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.citations.length, `${rule.id} has no source`).toBeGreaterThan(0);
      for (const citation of rule.citations) expect(SOURCES[citation.source], rule.id).toBeDefined();
    }
  });
});
