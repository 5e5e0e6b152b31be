import type { BackplanConcept } from './backplan-concepts';
import { CES_CITATIONS, STARTBACK_CITATIONS } from './backplan-concepts-clinical';

/** BackPlan concepts for what the patient records: check-in values, exercise sessions, scores. */
export const RECORD_CONCEPTS = [
  // Categories that tell a diary value from a questionnaire score on the same code (72514-3).
  {
    code: 'daily-check-in',
    display: 'Daily check-in',
    definition: 'A value the patient gave in the daily check-in (one check-in per day).',
    group: 'category',
  },
  {
    code: 'instrument-score',
    display: 'Questionnaire score',
    definition: 'A score computed from a completed questionnaire (or entered as a total).',
    group: 'category',
  },
  // Daily check-in values without a verified LOINC code.
  {
    code: 'sleep-quality',
    display: 'Sleep quality, self-rated 0–10',
    definition: 'Last night’s sleep as rated on the check-in: 0 = very poor, 10 = very good.',
    group: 'check-in',
  },
  {
    code: 'mood',
    display: 'Mood, self-rated 0–10',
    definition: 'Mood today as rated on the check-in: 0 = very low, 10 = very good.',
    group: 'check-in',
  },
  {
    code: 'activity-minutes',
    display: 'Active minutes today',
    definition: 'Minutes of physical activity the patient reported for the day (walking, exercise).',
    group: 'check-in',
  },
  {
    code: 'flare',
    display: 'Flare-up today',
    definition: 'The patient reported a flare-up of back pain on the check-in (yes/no).',
    group: 'check-in',
  },
  {
    code: 'bladder-bowel-saddle-screen',
    display: 'New bladder, bowel or saddle symptoms',
    definition:
      'Weekly yes/no recheck for new bladder, bowel or saddle-area symptoms (cauda equina screen, clinical.md §4.1 product rule).',
    group: 'check-in',
    citations: CES_CITATIONS,
  },
  {
    code: 'side-effects-reported',
    display: 'Medicine side effects reported',
    definition: 'Side effects the patient named on the check-in, in their words.',
    group: 'check-in',
  },
  {
    code: 'flare-episode',
    display: 'Flare-up episode',
    definition: 'A flare-up of back pain from its first to its last day.',
    group: 'check-in',
  },
  // Exercise sessions.
  {
    code: 'exercise-adherence',
    display: 'Exercise session adherence (%)',
    definition:
      'Share of the exercises planned for a home-exercise session that were done as planned or in an easier form.',
    group: 'exercise',
  },
  {
    code: 'exercise-pain-during',
    display: 'Highest pain during exercise, 0–10',
    definition: 'The highest pain the patient reported during the session on the 0–10 scale.',
    group: 'exercise',
  },
  {
    code: 'exercise-settled-next-morning',
    display: 'Pain settled by the next morning',
    definition: 'Whether pain had settled to its usual level by the morning after the session (yes/no).',
    group: 'exercise',
  },
  {
    code: 'exercise-stopped-for-symptoms',
    display: 'Session stopped for symptoms',
    definition: 'The patient stopped the session because of symptoms (yes/no).',
    group: 'exercise',
  },
  {
    code: 'exercise-session-completed',
    display: 'Exercise session completed',
    definition: 'The patient finished the planned home-exercise session (yes/no).',
    group: 'exercise',
  },
  // Scores that have no LOINC code verified in clinical.md §3.0 (ids match the instrument definitions).
  {
    code: 'startback-overall',
    display: 'STarT Back overall score (0–9)',
    definition: 'Sum of the nine STarT Back items.',
    group: 'instrument-score',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'startback-distress',
    display: 'STarT Back distress subscale (0–5)',
    definition: 'Sum of STarT Back items 5–9.',
    group: 'instrument-score',
    citations: STARTBACK_CITATIONS,
  },
  {
    code: 'odi-percent',
    display: 'Oswestry Disability Index (%)',
    definition: 'ODI v2.1a: sum of answered sections ÷ (5 × sections answered) × 100.',
    group: 'instrument-score',
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'Scoring (clinical.md §3.5)' }],
  },
  {
    code: 'rmdq-total',
    display: 'Roland-Morris Disability Questionnaire score (0–24)',
    definition: 'RMDQ-24: number of statements ticked.',
    group: 'instrument-score',
    citations: [{ source: 'ROLAND_1983_RMDQ', section: 'Scoring (clinical.md §3.6)' }],
  },
  {
    code: 'gad2-total',
    display: 'GAD-2 total (0–6)',
    definition: 'Sum of GAD-7 items 1 and 2 (no separate GAD-2 LOINC code was found, clinical.md §3.0).',
    group: 'instrument-score',
    citations: [{ source: 'KROENKE_2007_GAD2', section: 'GAD-2 = GAD-7 items 1–2' }],
  },
] as const satisfies readonly BackplanConcept[];
