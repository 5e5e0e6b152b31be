import { CORE, daysAgo, medication, scenario } from './builder';
import type { Vignette } from './vignette';

/** Week-6 checks, week-12 decisions and triggers (clinical.md §3.1, §6.1, §6.2). */
export const DECISION_POINT_VIGNETTES: readonly Vignette[] = [
  {
    id: 'V14',
    title: 'Week 6, pain 7 → 4 with good adherence: improving, review due',
    state: scenario({ stepStartedDaysAgo: 45, painAtStart: 7, painNow: 4 }),
    expected: ['decision-improving', 'reassessment-due'],
  },
  {
    id: 'V15',
    title: 'Week 6 improving and the clinician has already reviewed',
    state: scenario({
      stepStartedDaysAgo: 45,
      painAtStart: 7,
      painNow: 4,
      clinicianReviews: [{ date: daysAgo(1) }],
    }),
    expected: ['decision-improving'],
  },
  {
    id: 'V16',
    title: 'Week 12, not improving, adherence 40%: address barriers, no escalation',
    state: scenario({ stepStartedDaysAgo: 85, adherenceRate: 0.4 }),
    expected: ['decision-not-doing-it', 'reassessment-due'],
  },
  {
    id: 'V17',
    title: 'Week 12, not doing it, PHQ-9 now 14: barriers plus counselling/CBT',
    state: scenario({
      stepStartedDaysAgo: 85,
      adherenceRate: 0.4,
      records: { phq9: [{ date: daysAgo(3), score: 14, item9: 0 }] },
    }),
    expected: ['decision-not-doing-it', 'psychological-support-referral', 'reassessment-due'],
  },
  {
    id: 'V18',
    title: 'Week 6, doing it, not improving: a check, no next step yet',
    state: scenario({ stepStartedDaysAgo: 45 }),
    expected: ['decision-adherent-not-improving', 'reassessment-due'],
  },
  {
    id: 'V19',
    title: 'Day 20, pain 5 → 7.5: worsening triggers an urgent review',
    state: scenario({ painAtStart: 5, painNow: 7.5 }),
    expected: ['decision-worsening'],
  },
  {
    id: 'V20',
    title: 'Week 6 with no scheduled sessions and no change: cannot classify',
    state: scenario({ stepStartedDaysAgo: 45, adherenceRate: null }),
    expected: ['decision-insufficient-data', 'reassessment-due'],
  },
  {
    id: 'V21',
    title: 'Week 6 with no diary and no questionnaire since the step began',
    state: scenario({ stepStartedDaysAgo: 45, withoutDiary: true, pegNow: null }),
    expected: ['decision-insufficient-data', 'reassessment-due', 'outcome-measures-overdue'],
  },
  {
    id: 'V22',
    title: 'Flare ongoing for 10 days: clinician card, triggered review, muscle-relaxant option',
    state: scenario({ records: { flares: [{ startedOn: daysAgo(10), endedOn: null }] } }),
    expected: ['decision-adherent-not-improving', 'flare-over-7-days', 'step2-muscle-relaxant-flare'],
  },
  {
    id: 'V23',
    title: 'Flare started 3 days ago: short muscle-relaxant course is an option',
    state: scenario({ records: { flares: [{ startedOn: daysAgo(3), endedOn: null }] } }),
    expected: ['step2-muscle-relaxant-flare'],
  },
  {
    id: 'V24',
    title: 'Flare on an opioid: no muscle relaxant (sedation)',
    state: scenario({
      records: { flares: [{ startedOn: daysAgo(3), endedOn: null }] },
      medications: [medication('oxycodone', 5, 'BID')],
    }),
    expected: [],
  },
  {
    id: 'V25',
    title: 'A 12-day flare that ended 5 days ago: clinician card and triggered review',
    state: scenario({ records: { flares: [{ startedOn: daysAgo(17), endedOn: daysAgo(5) }] } }),
    expected: ['decision-adherent-not-improving', 'flare-over-7-days'],
  },
  {
    id: 'V26',
    title: 'No PEG, ODI or RMDQ for 100 days',
    state: scenario({ stepStartedDaysAgo: 30, records: { peg: [{ date: daysAgo(100), score: 6 }] } }),
    expected: ['outcome-measures-overdue'],
  },
  {
    id: 'V27',
    title: 'Authorised physiotherapy visits used up: intensified self-guided programme',
    state: scenario({
      components: [...CORE, 'physiotherapy'],
      physiotherapy: { visitsAuthorised: 6, visitsUsed: 6 },
    }),
    expected: ['pt-visits-exhausted'],
  },
  {
    id: 'V28',
    title: 'Visits used up but the intensified programme is already running',
    state: scenario({
      components: [...CORE, 'physiotherapy', 'intensified-self-guided-programme'],
      physiotherapy: { visitsAuthorised: 6, visitsUsed: 6 },
    }),
    expected: [],
  },
  {
    id: 'V29',
    title: 'One authorised physiotherapy visit left: plan the hand-over',
    state: scenario({
      components: [...CORE, 'physiotherapy'],
      physiotherapy: { visitsAuthorised: 6, visitsUsed: 5 },
    }),
    expected: ['pt-visits-running-low'],
  },
  {
    id: 'V30',
    title: 'Week 12, doing it, not improving, PT visits ran out, PHQ-9 12',
    state: scenario({
      stepStartedDaysAgo: 85,
      components: [...CORE, 'physiotherapy'],
      physiotherapy: { visitsAuthorised: 8, visitsUsed: 8 },
      mood: { phq9Total: 12 },
    }),
    expected: [
      'decision-adherent-not-improving',
      'psychological-support-referral',
      'step2-nsaid-first',
      'reassessment-due',
      'pt-visits-exhausted',
    ],
  },
];
