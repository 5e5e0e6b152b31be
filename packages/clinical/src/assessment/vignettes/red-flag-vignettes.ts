import { buildIntake, gad2, phq2, startBack } from '../test-support/intake-builder';
import type { AssessmentVignette } from './vignette';

const SCREENED = { 'phq-2': phq2([0, 1]), 'gad-2': gad2([1, 0]) };
const clearance = (condition: 'cauda-equina', clearedAction: 'emergency' | 'urgent') => ({
  condition,
  clearedAction,
  clearedOn: '2025-03-07',
  clearedBy: 'Dr M. Okafor (emergency medicine)',
  reason: 'Urgent MRI: no cauda equina compression; post-void residual normal',
});

/** Cauda equina, neurological deficit and malignancy red flags, and clinician clearance (clinical.md §4.1). */
export const RED_FLAG_VIGNETTES: readonly AssessmentVignette[] = [
  {
    id: 'ces-retention-and-saddle-numbness',
    story:
      'A 52-year-old delivery driver with 3 weeks of back pain and left sciatica has had trouble starting to pass urine for two days and feels numb when wiping.',
    exercises: [
      'red-flag.cauda-equina',
      'eligibility.serious-red-flags-block',
      'phenotype.radicular-component',
    ],
    intake: buildIntake({
      ageYears: 52,
      sex: 'male',
      painDurationWeeks: 3,
      redFlagSymptoms: { newDifficultyPassingUrine: true, newSaddleNumbness: true },
      radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true, dermatomalLegPain: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'radicular',
      riskGroup: null,
      redFlags: [{ condition: 'cauda-equina', action: 'emergency' }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'ces-sciatica-now-both-legs',
    story:
      'A 38-year-old nurse whose right sciatica of 10 weeks has spread to the left leg over the last few days; bladder and bowel normal.',
    exercises: ['red-flag.cauda-equina'],
    intake: buildIntake({
      ageYears: 38,
      painDurationWeeks: 10,
      instruments: { startback: startBack([1, 3, 4], 3), ...SCREENED },
      redFlagSymptoms: { bilateralLegPain: true },
      radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true, legNumbnessOrPinsAndNeedles: true },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'radicular',
      riskGroup: 'medium',
      redFlags: [{ condition: 'cauda-equina', action: 'emergency' }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'ces-excluded-by-mri-and-cleared',
    story:
      'A 44-year-old reported saddle tingling last week, was sent to the Emergency Department, and MRI excluded compression; the ED doctor recorded an emergency-level clearance.',
    exercises: ['eligibility.clinician-clearance', 'red-flag.cauda-equina'],
    intake: buildIntake({
      ageYears: 44,
      redFlagSymptoms: { newSaddleNumbness: true },
      clinicianClearance: [clearance('cauda-equina', 'emergency')],
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'cauda-equina', action: 'emergency', cleared: true }],
      eligible: true,
      requiredAction: null,
    },
  },
  {
    id: 'ces-urgent-level-clearance-is-not-enough',
    story:
      'The same patient, but the clearance was entered at the "urgent" level: it cannot clear an emergency, so the programme stays blocked.',
    exercises: ['eligibility.clinician-clearance', 'eligibility.serious-red-flags-block'],
    intake: buildIntake({
      ageYears: 44,
      redFlagSymptoms: { newSaddleNumbness: true },
      clinicianClearance: [clearance('cauda-equina', 'urgent')],
    }),
    expected: {
      chronicity: 'chronic',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'cauda-equina', action: 'emergency', cleared: false }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'progressive-foot-drop',
    story:
      'A 47-year-old joiner with 6 weeks of left leg pain now catches his toes on the kerb; the weakness is getting worse.',
    exercises: ['red-flag.progressive-neurological-deficit', 'phenotype.radicular-component'],
    intake: buildIntake({
      ageYears: 47,
      sex: 'male',
      painDurationWeeks: 6,
      redFlagSymptoms: { footDrop: true, progressiveLegWeakness: true },
      radicularSymptoms: { legPainBelowKneeWorseThanBackPain: true, legWeakness: true },
      clinicianFindings: { straightLegRaise: 'positive' },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'radicular',
      riskGroup: null,
      redFlags: [{ condition: 'progressive-neurological-deficit', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'breast-cancer-history-new-thoracic-pain',
    story:
      'A 63-year-old treated for breast cancer six years ago has 5 weeks of new mid-back pain that wakes her and does not ease with any position.',
    exercises: ['red-flag.malignancy'],
    intake: buildIntake({
      ageYears: 63,
      painDurationWeeks: 5,
      redFlagSymptoms: { historyOfCancer: true, thoracicPain: true, nightPainUnrelievedByPosition: true },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'malignancy', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
  {
    id: 'prostate-cancer-with-leg-weakness-mscc',
    story:
      'A 70-year-old with prostate cancer has 3 weeks of back pain and, since yesterday, weakness and numbness in the right leg.',
    exercises: ['red-flag.malignancy-with-neurology'],
    intake: buildIntake({
      ageYears: 70,
      sex: 'male',
      painDurationWeeks: 3,
      redFlagSymptoms: { historyOfCancer: true },
      radicularSymptoms: { legWeakness: true, legNumbnessOrPinsAndNeedles: true },
    }),
    expected: {
      chronicity: 'acute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'malignancy', action: 'emergency' }],
      eligible: false,
      requiredAction: 'emergency',
    },
  },
  {
    id: 'weight-loss-night-pain-new-onset-over-50',
    story:
      'A 58-year-old without known cancer has lost weight without trying and has 8 weeks of night pain that no position eases.',
    exercises: ['red-flag.malignancy'],
    intake: buildIntake({
      ageYears: 58,
      painDurationWeeks: 8,
      redFlagSymptoms: { unexplainedWeightLoss: true, nightPainUnrelievedByPosition: true },
    }),
    expected: {
      chronicity: 'subacute',
      phenotype: 'mechanical',
      riskGroup: null,
      redFlags: [{ condition: 'malignancy', action: 'urgent' }],
      eligible: false,
      requiredAction: 'urgent',
    },
  },
];
