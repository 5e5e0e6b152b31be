import { CORE, daysAgo, medication, scenario } from './builder';
import { redFlag, type Vignette } from './vignette';

/** Red flags, the mood safety item and Step 1 matching (clinical.md §1.5, §3.3, §4.1). */
export const TRIAGE_AND_STEP1_VIGNETTES: readonly Vignette[] = [
  {
    id: 'V01',
    title: 'Early in Step 1, core programme in place, low risk: nothing to say',
    state: scenario(),
    expected: [],
  },
  {
    id: 'V02',
    title: 'New patient with no programme yet: Step 1 core programme',
    state: scenario({ stepStartedDaysAgo: 1, components: [] }),
    expected: ['step1-core-programme'],
  },
  {
    id: 'V03',
    title: 'STarT Back high risk: psychologically informed physiotherapy and CBT',
    state: scenario({
      assessment: { riskGroup: 'high', baseline: { painNrs: 6, peg: 6, startBackDistress: 4 } },
    }),
    expected: ['step1-high-risk-psychologically-informed'],
  },
  {
    id: 'V04',
    title: 'STarT Back medium risk without physiotherapy',
    state: scenario({ assessment: { riskGroup: 'medium' } }),
    expected: ['step1-medium-risk-physiotherapy'],
  },
  {
    id: 'V05',
    title: 'Suspected inflammatory back pain: rheumatology referral, programme continues',
    state: scenario({
      assessment: {
        phenotype: 'inflammatory',
        redFlags: [redFlag('axial-spondyloarthritis', 'rheumatology-referral')],
      },
    }),
    expected: ['rheumatology-referral'],
  },
  {
    id: 'V06',
    title: 'Suspected cauda equina with many other problems: the emergency card only',
    state: scenario({
      stepStartedDaysAgo: 90,
      adherenceRate: 0.3,
      components: [],
      assessment: { riskGroup: 'high', redFlags: [redFlag('cauda-equina', 'emergency')] },
      mood: { phq9Item9: 1, selfHarmSafetyFlag: true, phq9Total: 16 },
      medications: [medication('oxycodone', 30, 'BID'), medication('diazepam', 5, 'TID')],
      opioidSafeguards: { pdmpCheckedOn: null },
    }),
    expected: ['emergency-red-flag'],
  },
  {
    id: 'V07',
    title: 'New saddle numbness reported in the weekly diary check: emergency only',
    state: scenario({
      records: { redFlagReports: [{ date: daysAgo(0), condition: 'cauda-equina', action: 'emergency' }] },
    }),
    expected: ['emergency-red-flag'],
  },
  {
    id: 'V08',
    title: 'Cauda equina flag cleared by a clinician after MRI: normal care resumes',
    state: scenario({
      assessment: { redFlags: [redFlag('cauda-equina', 'emergency')] },
      redFlagClearances: [{ condition: 'cauda-equina', clearedOn: daysAgo(19) }],
    }),
    expected: [],
  },
  {
    id: 'V09',
    title:
      'Possible spinal infection on an opioid and a benzodiazepine: urgent review plus drug safety, no step cards',
    state: scenario({
      components: [],
      assessment: { riskGroup: 'high', redFlags: [redFlag('infection', 'urgent')] },
      medications: [medication('oxycodone', 5, 'BID'), medication('diazepam', 5, 'daily')],
    }),
    expected: ['urgent-red-flag-review', 'opioid-benzodiazepine'],
  },
  {
    id: 'V10',
    title: 'PHQ-9 item 9 positive at assessment: suicide-risk workflow',
    state: scenario({ mood: { phq9Total: 12, phq9Item9: 1, selfHarmSafetyFlag: true } }),
    expected: ['self-harm-safety'],
  },
  {
    id: 'V11',
    title: 'PHQ-9 item 9 positive on a repeat questionnaire',
    state: scenario({ records: { phq9: [{ date: daysAgo(3), score: 9, item9: 2 }] } }),
    expected: ['self-harm-safety'],
  },
  {
    id: 'V56',
    title: 'Item 9 positive at assessment, answered 0 on the repeat PHQ-9 a week later',
    state: scenario({
      mood: { phq9Total: 11, phq9Item9: 1, selfHarmSafetyFlag: true },
      records: { phq9: [{ date: daysAgo(7), score: 8, item9: 0 }] },
    }),
    expected: [],
  },
  {
    id: 'V12',
    title: 'Progressive leg weakness reported since the assessment: urgent review',
    state: scenario({
      records: {
        redFlagReports: [
          { date: daysAgo(1), condition: 'progressive-neurological-deficit', action: 'urgent' },
        ],
      },
    }),
    expected: ['urgent-red-flag-review'],
  },
  {
    id: 'V13',
    title: 'High risk with the matched pathway already in place',
    state: scenario({
      assessment: { riskGroup: 'high' },
      components: [...CORE, 'psychologically-informed-physiotherapy', 'cbt-counselling'],
      physiotherapy: { visitsAuthorised: 12, visitsUsed: 4 },
    }),
    expected: [],
  },
];
