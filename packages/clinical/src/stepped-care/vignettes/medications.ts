import { daysAgo, medication, scenario } from './builder';
import type { Vignette } from './vignette';

/** Medication safety surfaced through recommend() (clinical.md §2.2, §2.3, §7.8). */
export const MEDICATION_VIGNETTES: readonly Vignette[] = [
  {
    id: 'V42',
    title: 'Oxycodone with alprazolam, gabapentin and zolpidem',
    state: scenario({
      medications: [
        medication('oxycodone', 10, 'BID'),
        medication('alprazolam', 0.5, 'TID'),
        medication('gabapentin', 300, 'TID'),
        medication('zolpidem', 10, 'daily'),
      ],
    }),
    expected: [
      'opioid-benzodiazepine',
      'opioid-gabapentinoid',
      'opioid-other-cns-depressant',
      'gabapentinoid-off-guideline',
      'gabapentinoid-respiratory-risk',
    ],
  },
  {
    id: 'V43',
    title: 'Oxycodone ER 30 mg BID (90 MME), no PDMP check and no urine test',
    state: scenario({
      medications: [medication('oxycodone ER', 30, 'BID', { formulation: 'extended-release' })],
      opioidSafeguards: { pdmpCheckedOn: null, urineDrugTestOn: null },
    }),
    expected: ['mme-50-naloxone', 'mme-90-high-risk', 'opioid-pdmp-check', 'opioid-urine-drug-test'],
  },
  {
    id: 'V44',
    title: 'Methadone 10 mg BID (94 MME)',
    state: scenario({ medications: [medication('methadone', 10, 'BID')] }),
    expected: ['mme-50-naloxone', 'mme-90-high-risk', 'methadone-caution'],
  },
  {
    id: 'V45',
    title: 'Buprenorphine patch, pethidine as needed and an unrecognised product',
    state: scenario({
      medications: [
        medication('buprenorphine', 10, 'weekly', { unit: 'mcg/h', route: 'transdermal' }),
        medication('pethidine', 50, 'q6h', { asNeeded: true }),
        medication('herbal back blend', 1, 'daily'),
      ],
    }),
    expected: ['buprenorphine-not-converted', 'mme-incomplete', 'medication-not-recognised'],
  },
  {
    id: 'V46',
    title: 'Duloxetine, tramadol and sumatriptan together',
    state: scenario({
      medications: [
        medication('duloxetine', 60, 'daily'),
        medication('tramadol', 50, 'QID'),
        medication('sumatriptan', 50, 'as-needed', { asNeeded: true, prnMaximumDosesPerDay: 2 }),
      ],
    }),
    expected: ['duloxetine-serotonergic', 'tramadol-serotonergic'],
  },
  {
    id: 'V47',
    title: 'Duloxetine started while on linezolid, with CrCl 25',
    state: scenario({
      profile: { creatinineClearance: 25 },
      medications: [
        medication('duloxetine', 30, 'daily'),
        medication('linezolid', 600, 'BID', { startDate: daysAgo(3) }),
      ],
    }),
    expected: ['maoi-linezolid-contraindicated', 'duloxetine-renal-hepatic'],
  },
  {
    id: 'V48',
    title: 'Tramadol 100 mg QID at 78 with epilepsy',
    state: scenario({
      profile: { age: 78, seizureRisk: true },
      medications: [medication('tramadol', 100, 'QID')],
    }),
    expected: ['tramadol-seizure-risk', 'tramadol-dose-limit', 'mme-50-naloxone'],
  },
  {
    id: 'V49',
    title: 'Naproxen at 70 with CKD, ramipril, furosemide and apixaban',
    state: scenario({
      profile: { age: 70, egfr: 45 },
      medications: [
        medication('naproxen', 500, 'BID'),
        medication('ramipril', 5, 'daily'),
        medication('furosemide', 40, 'daily'),
        medication('apixaban', 5, 'BID'),
      ],
    }),
    expected: ['nsaid-gi-bleed-risk', 'nsaid-renal-cv-risk', 'nsaid-triple-whammy'],
  },
  {
    id: 'V50',
    title: 'Ibuprofen at 24 weeks of pregnancy',
    state: scenario({ profile: { pregnancyWeeks: 24 }, medications: [medication('ibuprofen', 400, 'TID')] }),
    expected: ['nsaid-contraindicated'],
  },
  {
    id: 'V51',
    title: 'Gabapentin 900 mg TID at 70 with COPD and CrCl 40, for sciatica',
    state: scenario({
      assessment: { phenotype: 'radicular' },
      profile: { age: 70, copd: true, creatinineClearance: 40 },
      medications: [medication('gabapentin', 900, 'TID')],
    }),
    expected: ['gabapentinoid-off-guideline', 'gabapentinoid-renal-dose', 'gabapentinoid-respiratory-risk'],
  },
  {
    id: 'V52',
    title: 'Paracetamol is the only analgesic',
    state: scenario({ medications: [medication('acetaminophen', 1000, 'QID')] }),
    expected: ['paracetamol-only-analgesic'],
  },
  {
    id: 'V53',
    title: 'Oral prednisolone for sciatica',
    state: scenario({ medications: [medication('prednisolone', 40, 'daily', { startDate: daysAgo(5) })] }),
    expected: ['systemic-corticosteroid'],
  },
  {
    id: 'V54',
    title: 'Cyclobenzaprine for 30 days',
    state: scenario({ medications: [medication('cyclobenzaprine', 10, 'TID', { startDate: daysAgo(30) })] }),
    expected: ['muscle-relaxant-over-2-weeks'],
  },
  {
    id: 'V55',
    title: 'Low-dose hydrocodone with sleep apnoea and no naloxone',
    state: scenario({
      profile: { sleepApnoea: true },
      medications: [medication('hydrocodone', 5, 'BID')],
      opioidSafeguards: { naloxoneOfferedOn: null },
    }),
    expected: ['opioid-naloxone-risk-factors'],
  },
];
