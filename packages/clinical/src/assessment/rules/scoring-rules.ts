import { defineRule } from './rule';

/** Rules the instruments apply when scoring, listed so every cut-off in the assessment is documented. */
export const RISK_GROUP_RULE = defineRule({
  id: 'risk.startback-groups',
  description:
    'STarT Back risk group: overall 0–3 low; overall 4 or more with distress subscale 0–3 medium; distress 4–5 high.',
  evidence: 'verified',
  citations: [{ source: 'HILL_2008_STARTBACK_TOOL', section: 'Keele scoring guide: risk groups' }],
});

export const DIRECTIONAL_PREFERENCE_RULE = defineRule({
  id: 'directional-preference.clinician-recorded',
  description:
    'The directional preference is reported only when a clinician recorded one after repeated-movement testing; it is never inferred from patient answers.',
  evidence: 'verified',
  citations: [
    {
      source: 'LONG_2004_DIRECTIONAL_PREFERENCE',
      section: 'Directional preference from a standardised mechanical assessment',
    },
  ],
});

export const INSTRUMENT_SCORING_RULES = [
  defineRule({
    id: 'instrument.startback-scoring',
    description:
      'STarT Back overall = sum of 9 items; items 1–8 agree = 1; item 9 scores 1 only for "very much" or "extremely"; distress subscale = items 5–9.',
    evidence: 'verified',
    citations: [{ source: 'HILL_2008_STARTBACK_TOOL', section: 'Keele scoring guide' }],
  }),
  defineRule({
    id: 'instrument.peg-mean',
    description:
      'PEG = mean of its 3 items, rounded half up to one decimal with exact integer arithmetic; all 3 items required.',
    evidence: 'verified',
    citations: [
      { source: 'KREBS_2009_PEG', section: 'Score = mean of 3 items' },
      { source: 'KTC_QUESTIONNAIRE_STARTERS', section: 'Mean rounded to 1 decimal' },
    ],
  }),
  defineRule({
    id: 'instrument.phq9-total',
    description: 'PHQ-9 total = sum of 9 items scored 0–3 (0–27); no prorating, all 9 required for a total.',
    evidence: 'verified',
    citations: [{ source: 'KROENKE_2001_PHQ9', section: 'Scoring 0–27' }],
  }),
  defineRule({
    id: 'instrument.gad7-total',
    description: 'GAD-7 total = sum of 7 items scored 0–3 (0–21); all 7 required.',
    evidence: 'verified',
    citations: [{ source: 'SPITZER_2006_GAD7', section: 'Scoring 0–21' }],
  }),
  defineRule({
    id: 'instrument.odi-percentage',
    description:
      'ODI % = sum of answered sections ÷ (5 × sections answered) × 100, rounded half up to one decimal; each unanswered section removes 5 from the denominator.',
    evidence: 'verified',
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'Scoring v2.1a' }],
  }),
  defineRule({
    id: 'instrument.odi-two-marks',
    description: 'An ODI section with two statements marked scores the higher.',
    evidence: 'verified',
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'If two boxes are ticked, take the higher' }],
  }),
  defineRule({
    id: 'instrument.odi-minimum-sections',
    description: 'The ODI is scored only when at least 8 of its 10 sections are answered.',
    evidence: 'design-decision',
    citations: [
      {
        source: 'FAIRBANK_2000_ODI',
        section: 'Fewer than 8 sections answered is rare (Mapi note); minimum is a product decision',
      },
    ],
  }),
  defineRule({
    id: 'instrument.odi-bands',
    description:
      'ODI bands: 0–20% minimal, 21–40% moderate, 41–60% severe, 61–80% crippling, 81–100% bed-bound or exaggerating.',
    evidence: 'verified',
    citations: [{ source: 'FAIRBANK_2000_ODI', section: 'Interpretation bands' }],
  }),
  defineRule({
    id: 'instrument.rmdq-count',
    description: 'RMDQ = number of statements ticked (0–24); unticked or not-applicable statements count 0.',
    evidence: 'verified',
    citations: [{ source: 'ROLAND_1983_RMDQ', section: 'Score = statements ticked' }],
  }),
] as const;
