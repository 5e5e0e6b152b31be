import type { RuleDefinition } from './rule-definition';
import type { SteppedCareRuleId } from './rules';

/** Step 2 medication tiers, opioids and the Step 3 decision aid (clinical.md §0, §1.3, §2, §7). */
export const TREATMENT_RULES: readonly RuleDefinition<SteppedCareRuleId>[] = [
  {
    id: 'step2-nsaid-first',
    severity: 'info',
    description:
      'Next step is medication: an NSAID first unless contraindicated or already tried; paracetamol alone is ineffective.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 3: NSAID first-line drug' },
      {
        source: 'NICE_NG59',
        section: 'consider an oral NSAID; lowest dose, shortest time; not paracetamol alone',
      },
      { source: 'ENTHOVEN_2016', section: 'small effect of NSAIDs in chronic LBP' },
      { source: 'MACHADO_2015', section: 'paracetamol ineffective for LBP' },
    ],
  },
  {
    id: 'step2-second-line-duloxetine-tramadol',
    severity: 'info',
    description:
      'NSAID tried or contraindicated: duloxetine or tramadol (ACP second line), with NICE’s contrary advice on SNRIs shown next to it.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 3: tramadol or duloxetine second line' },
      { source: 'NICE_NG59', section: 'do not offer SSRIs, SNRIs or TCAs for LBP' },
      { source: 'ALEV_2017', section: 'duloxetine ≥30% relief 59.7% vs 47.8%' },
    ],
  },
  {
    id: 'step2-record-trial-outcome',
    severity: 'info',
    description:
      'A medication trial is running without a recorded outcome at the week-12 decision: record failed / not tolerated / helped before the next tier.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 3: next option after an inadequate response' },
      { source: 'ALEV_2017', section: 'early response predicts response' },
    ],
  },
  {
    id: 'step2-gabapentinoid-not-for-sciatica',
    severity: 'info',
    description:
      'Radicular or mixed pain at a medication step: gabapentinoids are not suggested (NICE 2020), shown against the "nerve pain needs gabapentin" practice.',
    citations: [
      { source: 'NICE_NG59', section: '2020: do not offer gabapentinoids for sciatica' },
      { source: 'MATHIESON_2017', section: 'PRECISE' },
      { source: 'ENKE_2018', section: 'meta-analysis' },
      { source: 'FDA_2019_GABAPENTINOIDS', section: 'respiratory depression' },
    ],
  },
  {
    id: 'step2-muscle-relaxant-flare',
    severity: 'info',
    description:
      'An acute flare: a muscle relaxant for 2 weeks or less is an option, unless contraindicated or sedation risk.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 1: NSAID or muscle relaxant for acute LBP' },
      { source: 'CASHIN_2021', section: 'effect at ≤2 weeks only' },
    ],
    configurable: ['acuteFlareDays (14)'],
  },
  {
    id: 'opioid-last-resort-with-safeguards',
    severity: 'warning',
    description:
      'NSAID, duloxetine and tramadol all failed, not tolerated or contraindicated: an opioid may be discussed, only with the CDC 2022 safeguards; NICE advises against opioids for chronic LBP.',
    citations: [
      { source: 'ACP_2017', section: 'Rec 3: opioids only after other treatments fail' },
      { source: 'CDC_2022', section: 'Recs 2, 3, 4, 7, 8, 9, 11' },
      { source: 'CQF_OPIOID_CDS_R4', section: '≥50 and ≥90 MME/day thresholds' },
      { source: 'NICE_NG59', section: 'do not offer opioids for chronic LBP or chronic sciatica' },
    ],
  },
  {
    id: 'opioid-reassess-within-4-weeks',
    severity: 'warning',
    description:
      'On an opioid without a review within 4 weeks of starting, or without a review in the last 3 months.',
    citations: [{ source: 'CDC_2022', section: 'Rec 7' }],
    configurable: ['opioidRegularReviewDays (90)'],
  },
  {
    id: 'step3-interventional-decision-aid',
    severity: 'info',
    description:
      'Prerequisites met (≥12 weeks conservative care with adequate adherence, an adequate medication trial, a psychological screen): interventional options as a shared decision aid.',
    citations: [
      {
        source: 'NICE_NG59',
        section: 'RFA only after a positive medial branch block; no spinal injections for LBP',
      },
      { source: 'FOSTER_2018', section: 'spinal injections among low-value care' },
      { source: 'ACP_2017', section: 'Rec 2–3: non-invasive care first' },
    ],
    configurable: ['interventionalMinimumWeeks (12) and the prerequisites are a product rule'],
  },
  {
    id: 'step3-prerequisites-not-met',
    severity: 'info',
    description:
      'An interventional referral is being considered but a prerequisite is missing: lists what is missing.',
    citations: [
      { source: 'NICE_NG59', section: 'RFA only after a positive medial branch block' },
      { source: 'ACP_2017', section: 'Rec 2–3: non-invasive care first' },
    ],
    configurable: ['interventionalMinimumWeeks (12)'],
  },
];
