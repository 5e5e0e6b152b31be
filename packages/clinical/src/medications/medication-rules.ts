import type { RuleDefinition } from '../stepped-care/rule-definition';

/**
 * Medication safety rules (clinical.md §7.8 and the sections it draws on). Each becomes a
 * card when it fires; the evaluators live in the rules-*.ts files, keyed by these ids.
 */
export const MEDICATION_RULE_IDS = [
  'opioid-benzodiazepine',
  'opioid-gabapentinoid',
  'opioid-other-cns-depressant',
  'mme-50-naloxone',
  'mme-90-high-risk',
  'opioid-naloxone-risk-factors',
  'opioid-pdmp-check',
  'opioid-urine-drug-test',
  'buprenorphine-not-converted',
  'methadone-caution',
  'mme-incomplete',
  'duloxetine-serotonergic',
  'maoi-linezolid-contraindicated',
  'tramadol-serotonergic',
  'tramadol-seizure-risk',
  'tramadol-dose-limit',
  'duloxetine-renal-hepatic',
  'nsaid-gi-bleed-risk',
  'nsaid-renal-cv-risk',
  'nsaid-triple-whammy',
  'nsaid-contraindicated',
  'gabapentinoid-off-guideline',
  'gabapentinoid-renal-dose',
  'gabapentinoid-respiratory-risk',
  'paracetamol-only-analgesic',
  'systemic-corticosteroid',
  'muscle-relaxant-over-2-weeks',
  'medication-not-recognised',
] as const;
export type MedicationRuleId = (typeof MEDICATION_RULE_IDS)[number];

export const MEDICATION_RULES: readonly RuleDefinition<MedicationRuleId>[] = [
  {
    id: 'opioid-benzodiazepine',
    severity: 'critical',
    description:
      'An opioid (including tramadol) together with a benzodiazepine: respiratory-depression caution and naloxone.',
    citations: [
      { source: 'CDC_2022', section: 'Rec 11; Rec 8' },
      { source: 'CQF_OPIOID_CDS_R4', section: 'Rec 11 opioid + benzodiazepine trigger' },
      { source: 'NICE_NG59', section: 'do not offer benzodiazepines for sciatica (2020)' },
    ],
  },
  {
    id: 'opioid-gabapentinoid',
    severity: 'critical',
    description: 'An opioid together with gabapentin or pregabalin: FDA 2019 respiratory-depression warning.',
    citations: [
      { source: 'FDA_2019_GABAPENTINOIDS', section: 'respiratory risk factors: opioids and CNS depressants' },
      { source: 'CDC_2022', section: 'Rec 11' },
    ],
  },
  {
    id: 'opioid-other-cns-depressant',
    severity: 'warning',
    description:
      'An opioid together with another CNS depressant (muscle relaxant, Z-drug, sedating antihistamine).',
    citations: [
      { source: 'CDC_2022', section: 'Rec 11; Rec 8' },
      {
        source: 'CQF_OPIOID_CDS_R4',
        section: 'opioid-related harms: benzodiazepine or other CNS depressant',
      },
    ],
  },
  {
    id: 'mme-50-naloxone',
    severity: 'warning',
    description: 'Total ≥50 MME/day: reassess benefit and risk and offer naloxone.',
    citations: [
      { source: 'CDC_2022', section: 'Rec 4; Rec 8' },
      { source: 'CQF_OPIOID_CDS_R4', section: 'OpioidCDSREC04And05.cql: ≥50 MME/day trigger' },
    ],
    configurable: ['naloxoneMmeThreshold (50)'],
  },
  {
    id: 'mme-90-high-risk',
    severity: 'critical',
    description:
      'Total ≥90 MME/day: high risk of overdose; justify or taper gradually, never stop abruptly. CDC 2022 dropped the 90 cap from its text; the threshold comes from the CDC CDS artefacts.',
    citations: [
      { source: 'CQF_OPIOID_CDS_R4', section: 'OpioidCDSREC04And05.cql: "taper now" at ≥90' },
      { source: 'CDC_2022', section: 'Rec 4; Rec 5' },
    ],
    configurable: ['highRiskMmeThreshold (90)'],
  },
  {
    id: 'opioid-naloxone-risk-factors',
    severity: 'warning',
    description:
      'An opioid below 50 MME/day with another overdose risk factor (substance use disorder, overdose history, sleep apnoea, age ≥65, kidney or liver failure) and no naloxone recorded.',
    citations: [{ source: 'CDC_2022', section: 'Rec 8 (naloxone when a risk factor is present)' }],
  },
  {
    id: 'opioid-pdmp-check',
    severity: 'warning',
    description: 'An opioid with no PDMP check recorded, or none within the recheck interval.',
    citations: [
      { source: 'CDC_2022', section: 'Rec 9' },
      { source: 'CQF_OPIOID_CDS_R4', section: 'Rec 9 PDMP review' },
    ],
    configurable: ['pdmpRecheckDays (90)'],
  },
  {
    id: 'opioid-urine-drug-test',
    severity: 'info',
    description: 'Long-term opioid (on it for ≥28 days) and no urine drug test in the past 12 months.',
    citations: [
      { source: 'CDC_2022', section: 'Rec 10' },
      { source: 'CQF_OPIOID_CDS_R4', section: 'Rec 10; OpioidCDSRoutines.cql 28-day rule' },
    ],
    configurable: ['longTermOpioidDays (28)', 'urineDrugTestIntervalDays (365)'],
  },
  {
    id: 'buprenorphine-not-converted',
    severity: 'info',
    description:
      'Buprenorphine is explained, not converted to MME (partial agonist; excluded from the CDC 2022 table).',
    citations: [{ source: 'CDC_2022', section: 'MME table notes: buprenorphine excluded' }],
  },
  {
    id: 'methadone-caution',
    severity: 'warning',
    description: 'Methadone: long, variable half-life; MME is not a conversion tool between opioids.',
    citations: [{ source: 'CDC_2022', section: 'MME table cautions: methadone' }],
  },
  {
    id: 'mme-incomplete',
    severity: 'warning',
    description:
      'An opioid could not be converted (no CDC 2022 factor, unsupported route, or as-needed without a maximum): the total is a lower bound.',
    citations: [{ source: 'CDC_2022', section: 'Table: MME conversion factors' }],
  },
  {
    id: 'duloxetine-serotonergic',
    severity: 'warning',
    description:
      'Duloxetine with another serotonergic drug (tramadol, triptan, SSRI, TCA, lithium, fentanyl, St John’s wort…): serotonin syndrome.',
    citations: [
      { source: 'DULOXETINE_US_LABEL', section: 'serotonin syndrome' },
      { source: 'TRAMADOL_US_LABEL', section: 'serotonin syndrome with SNRIs' },
    ],
  },
  {
    id: 'maoi-linezolid-contraindicated',
    severity: 'critical',
    description: 'Duloxetine or tramadol with an MAOI, linezolid or IV methylene blue: contraindicated.',
    citations: [
      { source: 'DULOXETINE_US_LABEL', section: 'contraindications: MAOIs, linezolid, IV methylene blue' },
      { source: 'TRAMADOL_US_LABEL', section: 'MAOI interaction' },
    ],
  },
  {
    id: 'tramadol-serotonergic',
    severity: 'warning',
    description:
      'Tramadol with a serotonergic drug other than duloxetine (SSRI, TCA, triptan, other SNRI…): serotonin syndrome.',
    citations: [{ source: 'TRAMADOL_US_LABEL', section: 'serotonin syndrome' }],
  },
  {
    id: 'tramadol-seizure-risk',
    severity: 'warning',
    description:
      'Tramadol with a seizure history or a seizure-threshold-lowering drug (SSRI, TCA, MAOI, antipsychotic, other opioid).',
    citations: [
      { source: 'MEDSAFE_2007_TRAMADOL', section: 'seizures' },
      { source: 'TRAMADOL_US_LABEL', section: 'seizure risk' },
    ],
  },
  {
    id: 'tramadol-dose-limit',
    severity: 'warning',
    description:
      'Tramadol above its daily maximum: 400 mg immediate release, 300 mg extended release; 200 mg with CrCl <30; 300 mg over age 75; contraindicated with CrCl <10.',
    citations: [{ source: 'TRAMADOL_US_LABEL', section: 'dosing; renal impairment; elderly' }],
    configurable: ['CrCl <30 → 200 mg/day and age >75 → 300 mg/day are [K] in clinical.md §7.6'],
  },
  {
    id: 'duloxetine-renal-hepatic',
    severity: 'warning',
    description: 'Duloxetine with CrCl <30 mL/min, chronic liver disease or substantial alcohol use: avoid.',
    citations: [{ source: 'DULOXETINE_US_LABEL', section: 'renal and hepatic warnings' }],
    configurable: ['[K] in clinical.md §7.2: verify against the current SPL'],
  },
  {
    id: 'nsaid-gi-bleed-risk',
    severity: 'warning',
    description:
      'NSAID with age ≥65, a past GI bleed or ulcer, an anticoagulant, an antiplatelet, or an SSRI/SNRI: GI-bleed warning; consider gastroprotection or avoid.',
    citations: [
      { source: 'NSAID_US_LABELS', section: 'boxed warning: GI bleeding, ulceration, perforation' },
      { source: 'NICE_NG59', section: 'NSAIDs: risk factors including age; consider gastroprotection' },
    ],
    configurable: ['nsaidCautionAge (65)'],
  },
  {
    id: 'nsaid-renal-cv-risk',
    severity: 'warning',
    description:
      'NSAID with CKD, heart failure, cardiovascular disease or uncontrolled hypertension: renal and cardiovascular warning.',
    citations: [
      { source: 'FDA_2015_NSAIDS', section: 'MI, stroke and heart-failure risk' },
      { source: 'NSAID_US_LABELS', section: 'warnings: heart failure, renal toxicity, hypertension' },
      { source: 'NICE_NG59', section: 'NSAIDs: cardio-renal toxicity' },
    ],
  },
  {
    id: 'nsaid-triple-whammy',
    severity: 'critical',
    description:
      'NSAID with an ACE inhibitor or ARB plus a diuretic ("triple whammy"): acute kidney injury risk.',
    citations: [{ source: 'NSAID_US_LABELS', section: 'renal toxicity (clinical.md §7.1 cautions)' }],
  },
  {
    id: 'nsaid-contraindicated',
    severity: 'critical',
    description:
      'NSAID with an active GI bleed, severe heart failure, severe renal impairment (<30 mL/min), pregnancy from 20 weeks, NSAID hypersensitivity or the CABG perioperative period.',
    citations: [
      { source: 'NSAID_US_LABELS', section: 'contraindications and boxed warnings' },
      { source: 'FDA_2015_NSAIDS', section: 'cardiovascular risk' },
    ],
    configurable: [
      '[K] in clinical.md §7.1: active bleed, severe HF, severe renal impairment, pregnancy ≥20 weeks, CABG',
    ],
  },
  {
    id: 'gabapentinoid-off-guideline',
    severity: 'warning',
    description:
      'Gabapentin or pregabalin for LBP or sciatica is off-guideline (NICE 2020) and trials show no benefit; shown next to the common practice of prescribing it for "nerve pain".',
    citations: [
      { source: 'NICE_NG59', section: '2020 update: do not offer gabapentinoids for sciatica' },
      { source: 'MATHIESON_2017', section: 'PRECISE: no benefit, more adverse events' },
      { source: 'ENKE_2018', section: 'meta-analysis: no effect in LBP or radicular pain' },
    ],
  },
  {
    id: 'gabapentinoid-renal-dose',
    severity: 'warning',
    description:
      'Gabapentinoid with kidney function <60 mL/min (or CKD without a recorded value): dose by creatinine clearance.',
    citations: [
      { source: 'GABAPENTIN_US_LABEL', section: 'dosage by creatinine clearance' },
      { source: 'PMC7265598_RENAL_DOSING', section: 'pregabalin maximum daily dose by CrCl' },
    ],
  },
  {
    id: 'gabapentinoid-respiratory-risk',
    severity: 'warning',
    description:
      'Gabapentinoid with COPD, older age (≥65) or a non-opioid CNS depressant: FDA 2019 respiratory warning.',
    citations: [{ source: 'FDA_2019_GABAPENTINOIDS', section: 'respiratory risk factors' }],
    configurable: ['gabapentinoidRespiratoryAge (65): FDA says "older age" without a number'],
  },
  {
    id: 'paracetamol-only-analgesic',
    severity: 'info',
    description:
      'Paracetamol is the only analgesic: high-quality evidence shows no effect in LBP; NICE says do not offer it alone.',
    citations: [
      { source: 'MACHADO_2015', section: 'paracetamol ineffective for LBP' },
      { source: 'NICE_NG59', section: 'do not offer paracetamol alone for LBP' },
    ],
  },
  {
    id: 'systemic-corticosteroid',
    severity: 'warning',
    description: 'A systemic corticosteroid: not recommended for LBP (ACP, acute) or sciatica (NICE 2020).',
    citations: [
      { source: 'ACP_2017', section: 'Rec 1: systemic steroids no benefit' },
      { source: 'NICE_NG59', section: '2020 update: do not offer oral corticosteroids for sciatica' },
    ],
  },
  {
    id: 'muscle-relaxant-over-2-weeks',
    severity: 'warning',
    description: 'A muscle relaxant for more than about 2 weeks: for acute flares only; sedation warning.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 1: muscle relaxants for acute/subacute LBP only' },
      { source: 'CASHIN_2021', section: 'effect at ≤2 weeks only; more adverse events' },
    ],
    configurable: ['muscleRelaxantMaxDays (14)'],
  },
  {
    id: 'medication-not-recognised',
    severity: 'info',
    description: 'A medication not in the drug-class table: interaction and MME rules could not check it.',
    citations: [{ source: 'CDC_2022', section: 'Rec 9 and 11: review all co-prescribed medicines' }],
  },
];
