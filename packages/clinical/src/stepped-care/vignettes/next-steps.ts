import { daysAgo, medication, scenario } from './builder';
import type { Vignette } from './vignette';

/** Step 2 medication tiers, opioids as a last resort, Step 3 decision aid (clinical.md §0, §1.3, §2, §7). */
export const NEXT_STEP_VIGNETTES: readonly Vignette[] = [
  {
    id: 'V31',
    title: 'Week 12 of Step 1, doing it, not improving: NSAID first',
    state: scenario({ stepStartedDaysAgo: 85 }),
    expected: ['decision-adherent-not-improving', 'step2-nsaid-first', 'reassessment-due'],
  },
  {
    id: 'V32',
    title: 'Same, with sciatica: gabapentinoids are not suggested, both sources shown',
    state: scenario({ stepStartedDaysAgo: 85, assessment: { phenotype: 'radicular' } }),
    expected: [
      'decision-adherent-not-improving',
      'step2-nsaid-first',
      'step2-gabapentinoid-not-for-sciatica',
      'reassessment-due',
    ],
  },
  {
    id: 'V33',
    title: 'NSAID contraindicated (aspirin-sensitive asthma): straight to duloxetine or tramadol',
    state: scenario({ stepStartedDaysAgo: 85, profile: { nsaidHypersensitivity: true } }),
    expected: [
      'decision-adherent-not-improving',
      'step2-second-line-duloxetine-tramadol',
      'reassessment-due',
    ],
  },
  {
    id: 'V34',
    title: 'Step 2 at week 12 on ibuprofen with no recorded outcome: record it first',
    state: scenario({
      step: 2,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 170,
      medications: [medication('ibuprofen', 400, 'TID', { startDate: daysAgo(85) })],
    }),
    expected: [
      'decision-adherent-not-improving',
      'step2-record-trial-outcome',
      'step3-prerequisites-not-met',
      'reassessment-due',
    ],
  },
  {
    id: 'V35',
    title: 'Step 2 at week 12, NSAID failed: second line and the interventional decision aid',
    state: scenario({
      step: 2,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 170,
      medicationTrials: [{ drugClass: 'nsaid', drug: 'naproxen', outcome: 'failed', endedOn: daysAgo(10) }],
    }),
    expected: [
      'decision-adherent-not-improving',
      'step2-second-line-duloxetine-tramadol',
      'step3-interventional-decision-aid',
      'reassessment-due',
    ],
  },
  {
    id: 'V36',
    title: 'Step 3: NSAID failed, duloxetine not tolerated, tramadol contraindicated (epilepsy)',
    state: scenario({
      step: 3,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 260,
      profile: { seizureRisk: true },
      medicationTrials: [
        { drugClass: 'nsaid', outcome: 'failed' },
        { drugClass: 'snri', drug: 'duloxetine', outcome: 'not-tolerated' },
      ],
    }),
    expected: [
      'decision-adherent-not-improving',
      'opioid-last-resort-with-safeguards',
      'step3-interventional-decision-aid',
      'reassessment-due',
    ],
  },
  {
    id: 'V37',
    title: 'All non-opioid tiers exhausted but no psychological screen on record',
    state: scenario({
      step: 2,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 170,
      mood: { phq9Total: null, phq9Item9: null },
      medicationTrials: [
        { drugClass: 'nsaid', outcome: 'not-tolerated' },
        { drugClass: 'snri', outcome: 'failed' },
        { drugClass: 'tramadol', outcome: 'failed' },
      ],
    }),
    expected: [
      'decision-adherent-not-improving',
      'opioid-last-resort-with-safeguards',
      'step3-prerequisites-not-met',
      'reassessment-due',
    ],
  },
  {
    id: 'V38',
    title: 'Step 2 at week 12 but adherence 35%: barriers first, no escalation',
    state: scenario({
      step: 2,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 170,
      adherenceRate: 0.35,
      medicationTrials: [{ drugClass: 'nsaid', outcome: 'failed' }],
    }),
    expected: ['decision-not-doing-it', 'reassessment-due'],
  },
  {
    id: 'V39',
    title: 'Step 3 already referred; opioid tried and failed: nothing new to propose',
    state: scenario({
      step: 3,
      stepStartedDaysAgo: 85,
      careStartedDaysAgo: 260,
      components: ['education', 'home-exercise', 'self-management', 'interventional-referral'],
      medicationTrials: [
        { drugClass: 'nsaid', outcome: 'failed' },
        { drugClass: 'snri', outcome: 'failed' },
        { drugClass: 'tramadol', outcome: 'failed' },
        { drugClass: 'opioid', drug: 'morphine', outcome: 'failed' },
      ],
    }),
    expected: ['decision-adherent-not-improving', 'reassessment-due'],
  },
  {
    id: 'V40',
    title: 'Opioid started 10 days ago with no review yet',
    state: scenario({
      medications: [medication('oxycodone', 5, 'BID', { startDate: daysAgo(10) })],
      opioidSafeguards: { lastOpioidReviewOn: null },
    }),
    expected: ['opioid-reassess-within-4-weeks'],
  },
  {
    id: 'V41',
    title: 'Long-term opioid last reviewed 100 days ago',
    state: scenario({
      medications: [medication('morphine', 10, 'BID', { startDate: daysAgo(200) })],
      opioidSafeguards: { lastOpioidReviewOn: daysAgo(100) },
    }),
    expected: ['opioid-reassess-within-4-weeks'],
  },
];
