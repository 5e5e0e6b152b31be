import { buildIntake, gad2, gad7, odi, peg, phq2, phq9, startBack } from '../test-support/intake-builder';
import type { AssessmentVignette } from './vignette';

const NEGATIVE_SCREENS = { 'phq-2': phq2([0, 1]), 'gad-2': gad2([1, 1]) };
const QUIET = {
  chronicity: 'chronic',
  phenotype: 'mechanical',
  redFlags: [],
  eligible: true,
  requiredAction: null,
} as const;

/** STarT Back risk (§3.4), mood screening and follow-ups (§3.3), yellow flags (§4.2) and baseline scores (§3.1). */
export const SCREENING_VIGNETTES: readonly AssessmentVignette[] = [
  {
    id: 'high-risk-distress-and-positive-phq2',
    story:
      'A 45-year-old care assistant with 5 months of back pain believes activity is unsafe, worries constantly, thinks it will never improve, has stopped enjoying things and finds the pain extremely bothersome.',
    exercises: [
      'risk.startback-groups',
      'follow-up.phq9-after-positive-phq2',
      'yellow-flag.fear-of-movement',
    ],
    intake: buildIntake({
      painDurationWeeks: 22,
      instruments: {
        startback: startBack([1, 3, 5, 6, 7, 8], 4),
        'phq-2': phq2([2, 2]),
        'gad-2': gad2([1, 1]),
      },
    }),
    expected: {
      ...QUIET,
      riskGroup: 'high',
      yellowFlags: ['catastrophising', 'fear-of-movement', 'low-mood', 'anxiety'],
      followUps: ['phq-9-required'],
    },
  },
  {
    id: 'startback-overall-4-distress-3-medium',
    story:
      'Leg pain, short walks and slow dressing, plus fear of activity and worry: overall 5 but distress only 3.',
    exercises: ['risk.startback-groups'],
    intake: buildIntake({ instruments: { startback: startBack([1, 3, 4, 5, 6], 3), ...NEGATIVE_SCREENS } }),
    expected: { ...QUIET, riskGroup: 'medium', followUps: [] },
  },
  {
    id: 'startback-overall-3-low',
    story: 'Leg and neck pain and short walks, nothing else: overall 3, low risk.',
    exercises: ['risk.startback-groups'],
    intake: buildIntake({ instruments: { startback: startBack([1, 2, 3], 2), ...NEGATIVE_SCREENS } }),
    expected: { ...QUIET, riskGroup: 'low', followUps: [] },
  },
  {
    id: 'phq9-item9-with-low-total',
    story:
      'A 52-year-old with a PHQ-9 of 8 answered "several days" to thoughts of being better off dead: the safety workflow starts whatever the total.',
    exercises: ['mood.phq9-item9-safety', 'follow-up.self-harm-safety-workflow'],
    intake: buildIntake({
      ageYears: 52,
      instruments: {
        startback: startBack([3, 4, 8], 2),
        'phq-9': phq9([1, 1, 2, 1, 1, 0, 1, 0, 1]),
        'gad-2': gad2([1, 0]),
      },
    }),
    expected: {
      ...QUIET,
      riskGroup: 'low',
      selfHarmSafetyFlag: true,
      followUps: ['self-harm-safety-workflow'],
      baseline: { phq9: 8, startBackTotal: 3, startBackDistress: 1 },
    },
  },
  {
    id: 'phq9-moderately-severe',
    story:
      'A 47-year-old with a PHQ-9 of 16 and item 9 at 0: clinician review of depression, no safety workflow.',
    exercises: ['mood.phq9-severity-bands', 'follow-up.depression-review', 'yellow-flag.low-mood'],
    intake: buildIntake({
      ageYears: 47,
      instruments: {
        startback: startBack([8], 2),
        'phq-9': phq9([2, 2, 3, 3, 2, 2, 1, 1, 0]),
        'gad-2': gad2([1, 1]),
      },
    }),
    expected: {
      ...QUIET,
      riskGroup: 'low',
      selfHarmSafetyFlag: false,
      yellowFlags: ['low-mood'],
      followUps: ['depression-review'],
    },
  },
  {
    id: 'positive-gad2-needs-gad7',
    story: 'A 36-year-old who feels on edge and cannot stop worrying most days (GAD-2 of 4).',
    exercises: ['mood.gad2-positive', 'follow-up.gad7-after-positive-gad2', 'yellow-flag.anxiety'],
    intake: buildIntake({
      ageYears: 36,
      instruments: { startback: startBack([]), 'phq-2': phq2([0, 0]), 'gad-2': gad2([2, 2]) },
    }),
    expected: { ...QUIET, riskGroup: 'low', yellowFlags: ['anxiety'], followUps: ['gad-7-required'] },
  },
  {
    id: 'severe-anxiety-on-gad7',
    story: 'A 29-year-old with a GAD-7 of 15: severe band, clinician review.',
    exercises: ['mood.gad7-severity-bands', 'follow-up.anxiety-review'],
    intake: buildIntake({
      ageYears: 29,
      instruments: {
        startback: startBack([6], 1),
        'phq-2': phq2([1, 0]),
        'gad-7': gad7([3, 3, 3, 2, 2, 1, 1]),
      },
    }),
    expected: { ...QUIET, riskGroup: 'low', yellowFlags: ['anxiety'], followUps: ['anxiety-review'] },
  },
  {
    id: 'off-work-with-claim-and-passive-expectations',
    story:
      'A 48-year-old warehouse worker off work for 4 months with a disputed injury claim, waiting for "someone to fix it".',
    exercises: [
      'yellow-flag.compensation',
      'yellow-flag.work-factors',
      'yellow-flag.passive-treatment-expectation',
    ],
    intake: buildIntake({
      ageYears: 48,
      sex: 'male',
      painDurationWeeks: 17,
      instruments: { startback: startBack([3, 4], 2), ...NEGATIVE_SCREENS },
      psychosocial: {
        workStatus: 'off-work-because-of-back-pain',
        heavyOrMonotonousWork: true,
        compensationClaim: true,
        disputeOrLitigation: true,
        expectsPassiveTreatmentOnly: true,
      },
    }),
    expected: {
      ...QUIET,
      riskGroup: 'low',
      yellowFlags: ['passive-treatment-expectation', 'compensation', 'work-factors'],
      followUps: [],
    },
  },
  {
    id: 'severe-disability-on-odi',
    story: 'A 61-year-old who needs help dressing and cannot walk far: ODI 25 of 50, i.e. 50%.',
    exercises: ['instrument.odi-percentage', 'yellow-flag.high-baseline-disability'],
    intake: buildIntake({
      ageYears: 61,
      instruments: {
        odi: odi([3, 3, 3, 3, 2, 2, 3, 2, 2, 2]),
        startback: startBack([3, 4], 1),
        ...NEGATIVE_SCREENS,
      },
    }),
    expected: {
      ...QUIET,
      riskGroup: 'low',
      yellowFlags: ['high-baseline-disability'],
      baseline: { odi: 50, startBackTotal: 2, startBackDistress: 0 },
    },
  },
  {
    id: 'odi-sex-life-section-skipped',
    story: 'A 55-year-old leaves the sex-life section blank: 16 points over 9 sections is 16 / 45 = 35.6%.',
    exercises: ['instrument.odi-percentage'],
    intake: buildIntake({
      ageYears: 55,
      instruments: { odi: { ...odi([2, 2, 2, 2, 2, 2, 2, 0, 2, 0]), 'sex-life': null } },
    }),
    expected: { ...QUIET, riskGroup: null, yellowFlags: [], baseline: { odi: 35.6 } },
  },
  {
    id: 'pain-ten-out-of-ten',
    story: 'A 43-year-old rates his pain 10/10 on the NRS and PEG pain item despite walking in comfortably.',
    exercises: ['yellow-flag.very-high-pain-report', 'instrument.peg-mean'],
    intake: buildIntake({
      ageYears: 43,
      sex: 'male',
      instruments: { 'pain-nrs': { 'pain-intensity': 10 }, 'peg-3': peg(10, 9, 9), ...NEGATIVE_SCREENS },
    }),
    expected: {
      ...QUIET,
      riskGroup: null,
      yellowFlags: ['very-high-pain-report'],
      followUps: ['startback-required'],
      baseline: { painNrs: 10, peg: 9.3 },
    },
  },
];
