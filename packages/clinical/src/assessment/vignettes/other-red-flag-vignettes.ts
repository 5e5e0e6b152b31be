import { buildIntake } from '../test-support/intake-builder';
import type { AssessmentVignette } from './vignette';

/** Red flags for infection, fracture and aortic aneurysm, plus features that must not fire alone (clinical.md §4.1). */
export const OTHER_RED_FLAG_VIGNETTES: readonly AssessmentVignette[] = [
  {
    id: 'thoracic-pain-alone-is-not-a-flag',
    story:
      'A 35-year-old software developer with upper-back ache from long days at the desk; nothing else of concern.',
    exercises: ['red-flag.malignancy', 'phenotype.mechanical-default'],
    intake: buildIntake({ ageYears: 35, painDurationWeeks: 16, redFlagSymptoms: { thoracicPain: true } }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'injecting-drugs-with-fever',
    story:
      'A 34-year-old who injects heroin has had 2 weeks of severe back pain, and fever with shaking chills for three days.',
    exercises: ['red-flag.infection'],
    intake: buildIntake({
      ageYears: 34,
      sex: 'male',
      painDurationWeeks: 2,
      redFlagSymptoms: { feverOrChills: true, intravenousDrugUse: true, feelsSystemicallyUnwell: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'infection', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'diabetes-alone-is-not-an-infection-flag',
    story: 'A 56-year-old with type 2 diabetes and long-standing back pain; no fever, feels well.',
    exercises: ['red-flag.infection'],
    intake: buildIntake({
      ageYears: 56,
      painDurationWeeks: 104,
      redFlagSymptoms: { immunosuppression: true },
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'long-term-prednisolone-sudden-pain',
    story:
      'A 68-year-old on prednisolone for polymyalgia for two years felt a sudden pain in her back while bending to tie a shoe.',
    exercises: ['red-flag.fracture'],
    intake: buildIntake({
      ageYears: 68,
      painDurationWeeks: 1,
      redFlagSymptoms: { prolongedCorticosteroidUse: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'fracture', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'older-woman-lifting-a-suitcase',
    story:
      'A 76-year-old lifted a heavy suitcase off a train a week ago and has had central back pain since.',
    exercises: ['red-flag.fracture', 'red-flag.malignancy'],
    intake: buildIntake({
      ageYears: 76,
      painDurationWeeks: 1,
      redFlagSymptoms: { minorTraumaOrStrenuousLifting: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'fracture', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'road-traffic-collision',
    story: 'A 29-year-old was the driver in a motorway collision yesterday and now has back pain.',
    exercises: ['red-flag.fracture-major-trauma'],
    intake: buildIntake({
      ageYears: 29,
      sex: 'male',
      painDurationWeeks: 0.1,
      redFlagSymptoms: { majorTrauma: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'fracture', action: 'emergency' }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'pulsatile-mass-on-examination',
    story:
      'A 72-year-old former smoker with peripheral arterial disease has constant low back pain; the physiotherapist feels a pulsatile mass above the navel.',
    exercises: ['red-flag.aortic-aneurysm-pulsatile-mass'],
    intake: buildIntake({
      ageYears: 72,
      sex: 'male',
      painDurationWeeks: 4,
      redFlagSymptoms: { atheroscleroticDisease: true, painAtRestOrAtNight: true },
      clinicianFindings: { pulsatileAbdominalMass: true },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'aortic-aneurysm', action: 'emergency' }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'angina-and-rest-pain-over-60',
    story: 'A 66-year-old with angina has 10 weeks of back pain that is there at rest and at night.',
    exercises: ['red-flag.aortic-aneurysm'],
    intake: buildIntake({
      ageYears: 66,
      sex: 'male',
      painDurationWeeks: 10,
      redFlagSymptoms: { atheroscleroticDisease: true, painAtRestOrAtNight: true },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'aortic-aneurysm', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'myeloma-with-urinary-retention',
    story:
      'A 74-year-old with myeloma has 2 weeks of back pain and cannot empty his bladder: both cauda equina and spinal cord compression are suspected.',
    exercises: [
      'red-flag.cauda-equina',
      'red-flag.malignancy-with-neurology',
      'eligibility.serious-red-flags-block',
    ],
    intake: buildIntake({
      ageYears: 74,
      sex: 'male',
      painDurationWeeks: 2,
      redFlagSymptoms: { historyOfCancer: true, newUrinaryRetention: true, feverOrChills: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [
        { condition: 'cauda-equina', action: 'emergency' },
        { condition: 'malignancy', action: 'emergency' },
        { condition: 'infection', action: 'urgent' },
      ],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
];
