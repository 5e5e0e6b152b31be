import { buildIntake, gad2, phq2, startBack } from '../test-support/intake-builder';
import type { AssessmentVignette } from './vignette';

const SCREENED = { 'phq-2': phq2([0, 0]), 'gad-2': gad2([0, 1]) };
const ALL_FIVE_ASAS = {
  onsetBeforeAge40: true,
  insidiousOnset: true,
  improvesWithExercise: true,
  noImprovementWithRest: true,
  nightPainImprovesOnGettingUp: true,
};

/** Phenotype (clinical.md §1, §3.7, §3.8), directional preference (§5.3) and chronicity boundaries (ACP 2017). */
export const PHENOTYPE_VIGNETTES: readonly AssessmentVignette[] = [
  {
    id: 'office-worker-chronic-non-specific',
    story:
      'A 41-year-old accountant with 6 months of non-specific low back pain, worse after long meetings; low STarT Back score and negative mood screens.',
    exercises: ['phenotype.mechanical-default', 'risk.startback-groups', 'chronicity.acp-2017'],
    intake: buildIntake({
      ageYears: 41,
      painDurationWeeks: 26,
      instruments: { startback: startBack([3, 4]), ...SCREENED },
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: 'low',
      redFlags: [],
      eligible: true,
      requiredAction: null,
      yellowFlags: [],
      followUps: [],
    },
  },
  {
    id: 'l5-radiculopathy-leg-dominant',
    story:
      'A 39-year-old has 14 weeks of left leg pain running down the shin to the big toe, worse than the back pain, with pins and needles; straight-leg raise reproduces it.',
    exercises: ['phenotype.radicular-component'],
    intake: buildIntake({
      ageYears: 39,
      painDurationWeeks: 14,
      instruments: { startback: startBack([1, 3, 4], 3), ...SCREENED },
      radicularSymptoms: {
        legPainBelowKneeWorseThanBackPain: true,
        dermatomalLegPain: true,
        legNumbnessOrPinsAndNeedles: true,
      },
      clinicianFindings: { straightLegRaise: 'positive' },
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'radicular',
      riskGroup: 'medium',
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'back-dominant-pain-with-radicular-component',
    story:
      'A 50-year-old gardener whose back pain is worse than the leg pain, but the leg pain follows a band to the outer foot with numbness.',
    exercises: ['phenotype.mixed', 'phenotype.radicular-component'],
    intake: buildIntake({
      ageYears: 50,
      painDurationWeeks: 30,
      radicularSymptoms: { dermatomalLegPain: true, legNumbnessOrPinsAndNeedles: true },
      clinicianFindings: { straightLegRaise: 'negative' },
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mixed',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'one-radicular-feature-is-not-enough',
    story:
      'A 45-year-old with back pain and occasional pins and needles in the foot, no leg pain below the knee.',
    exercises: ['phenotype.radicular-component', 'phenotype.mechanical-default'],
    intake: buildIntake({ radicularSymptoms: { legNumbnessOrPinsAndNeedles: true } }),
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
    id: 'young-man-inflammatory-back-pain',
    story:
      'A 27-year-old man with two years of back pain that crept on, wakes him in the early hours, eases when he gets up and exercises, and not with rest.',
    exercises: [
      'phenotype.inflammatory-asas-2009',
      'red-flag.axial-spondyloarthritis',
      'eligibility.rheumatology-referral-does-not-block',
    ],
    intake: buildIntake({
      ageYears: 27,
      sex: 'male',
      painDurationWeeks: 104,
      inflammatoryFeatures: ALL_FIVE_ASAS,
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'inflammatory',
      riskGroup: null,
      redFlags: [{ condition: 'axial-spondyloarthritis', action: 'rheumatology-referral' }],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'three-asas-criteria-with-uveitis',
    story:
      'A 33-year-old with a past episode of uveitis; back pain began before 40, came on gradually and improves with exercise, but also improves with rest and does not wake her.',
    exercises: ['phenotype.inflammatory-asas-2009', 'red-flag.axial-spondyloarthritis'],
    intake: buildIntake({
      ageYears: 33,
      painDurationWeeks: 40,
      inflammatoryFeatures: {
        onsetBeforeAge40: true,
        insidiousOnset: true,
        improvesWithExercise: true,
        uveitis: true,
      },
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
    id: 'inflammatory-pattern-but-only-6-weeks',
    story:
      'A 24-year-old with 6 weeks of back pain matching all five ASAS criteria: they apply only to back pain lasting more than 3 months, so it is not classified yet.',
    exercises: ['phenotype.inflammatory-asas-2009'],
    intake: buildIntake({ ageYears: 24, painDurationWeeks: 6, inflammatoryFeatures: ALL_FIVE_ASAS }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'inflammatory-and-radicular-together',
    story:
      'A 31-year-old with psoriasis and years of inflammatory-pattern back pain now has right sciatica below the knee, worse than the back pain, with a positive straight-leg raise.',
    exercises: ['phenotype.mixed', 'red-flag.axial-spondyloarthritis'],
    intake: buildIntake({
      ageYears: 31,
      painDurationWeeks: 150,
      inflammatoryFeatures: { ...ALL_FIVE_ASAS, psoriasis: true },
      radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true },
      clinicianFindings: { straightLegRaise: 'positive' },
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mixed',
      riskGroup: null,
      redFlags: [{ condition: 'axial-spondyloarthritis', action: 'rheumatology-referral' }],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'extension-directional-preference',
    story:
      'A 35-year-old with 8 weeks of central back pain; repeated extension in lying abolished the pain, so the physiotherapist recorded an extension preference.',
    exercises: ['directional-preference.clinician-recorded'],
    intake: buildIntake({
      ageYears: 35,
      painDurationWeeks: 8,
      clinicianFindings: { directionalPreference: 'extension' },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
      directionalPreference: 'extension',
    },
  },
  {
    id: 'first-episode-after-gardening',
    story: 'A 30-year-old strained her back digging the garden five days ago; no other concerns.',
    exercises: ['chronicity.acp-2017'],
    intake: buildIntake({
      ageYears: 30,
      painStartedOn: '2025-03-05',
      instruments: { startback: startBack([4], 2) },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: 'low',
      redFlags: [],
      eligible: true,
      requiredAction: null,
      directionalPreference: null,
    },
  },
  {
    id: 'exactly-four-weeks',
    story:
      'Pain began exactly 28 days before the assessment: ACP’s "4–12 weeks" includes 4, so this is subacute.',
    exercises: ['chronicity.acp-2017'],
    intake: buildIntake({ painStartedOn: '2025-02-10' }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'exactly-twelve-weeks',
    story: 'Pain began exactly 84 days before the assessment: still subacute; chronic starts after 12 weeks.',
    exercises: ['chronicity.acp-2017'],
    intake: buildIntake({ painStartedOn: '2024-12-16' }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'twelve-weeks-and-one-day',
    story: 'Pain began 85 days before the assessment: more than 12 weeks, so chronic.',
    exercises: ['chronicity.acp-2017'],
    intake: buildIntake({ painStartedOn: '2024-12-15' }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [],
      eligible: true,
      requiredAction: null,
    },
  },
];
