import type { Citation } from '../core/sources';
import type { InstrumentId } from '../instruments/types';

/**
 * Every LOINC code BackPlan emits or accepts, in one table (clinical.md §3.0). The instrument
 * definitions carry the same codes; `loinc-codes.test.ts` checks that the two agree and that the
 * table matches clinical.md. LOINC is free to use under the Regenstrief LOINC licence; keep the
 * LOINC notice when redistributing LOINC content (clinical.md §3.0).
 */

/** What a code names: a questionnaire panel, one item, a computed score, or an answer option. */
export type LoincRole = 'panel' | 'item' | 'score' | 'answer';

/**
 * `clinical-md`: listed in clinical.md §3.0 and verified there.
 * `products-md-only`: seen in products.md [AH2] (the AHRQ cds4cpm value sets) while clinical.md §3.0
 * records "no code verified"; it is emitted together with a BackPlan code so a receiver that does
 * not know it still understands the value.
 */
export type LoincVerification = 'clinical-md' | 'products-md-only';

export interface LoincCodeEntry {
  readonly code: string;
  /** Our description of what the code stands for (LOINC's own long name lives at loinc.org). */
  readonly meaning: string;
  readonly roles: readonly LoincRole[];
  /** Instruments whose definitions use the code. */
  readonly instruments: readonly InstrumentId[];
  /** True for the code of the daily check-in pain Observation (BackPlan's diary). */
  readonly dailyCheckIn: boolean;
  readonly verification: LoincVerification;
  readonly citations: readonly Citation[];
}

const LOINC_TABLE: readonly Citation[] = [
  { source: 'KTC_QUESTIONNAIRE_STARTERS', section: 'clinical.md §3.0 licence and LOINC summary' },
];
const PHQ_CODES: readonly Citation[] = [
  ...LOINC_TABLE,
  { source: 'KROENKE_2001_PHQ9', section: 'PHQ-9 items and total (LOINC per clinical.md §3.0)' },
];
const PHQ2_CODES: readonly Citation[] = [
  { source: 'HL7_FHIR_EXAMPLES_LOINC', section: 'PHQ-2 panel 55757-9 and total 55758-7' },
  { source: 'KROENKE_2003_PHQ2', section: 'PHQ-2 = PHQ-9 items 1–2' },
];
const GAD_CODES: readonly Citation[] = [
  ...LOINC_TABLE,
  { source: 'SPITZER_2006_GAD7', section: 'GAD-7 items and total (LOINC per clinical.md §3.0)' },
];
const PEG_CODES: readonly Citation[] = [
  ...LOINC_TABLE,
  { source: 'KREBS_2009_PEG', section: 'PEG items and mean score (LOINC per clinical.md §3.0)' },
];

const PHQ_ALL: readonly InstrumentId[] = ['phq-2', 'phq-9'];
const PHQ9_ONLY: readonly InstrumentId[] = ['phq-9'];
const GAD_ALL: readonly InstrumentId[] = ['gad-2', 'gad-7'];
const GAD7_ONLY: readonly InstrumentId[] = ['gad-7'];
const PHQ_GAD: readonly InstrumentId[] = ['phq-2', 'phq-9', 'gad-2', 'gad-7'];

function entry(
  code: string,
  meaning: string,
  roles: readonly LoincRole[],
  instruments: readonly InstrumentId[],
  citations: readonly Citation[],
  extra: Partial<Pick<LoincCodeEntry, 'dailyCheckIn' | 'verification'>> = {},
): LoincCodeEntry {
  return {
    code,
    meaning,
    roles,
    instruments,
    citations,
    dailyCheckIn: extra.dailyCheckIn ?? false,
    verification: extra.verification ?? 'clinical-md',
  };
}

export const LOINC_CODES: readonly LoincCodeEntry[] = [
  // Pain intensity, 0–10 numeric rating: the daily check-in and the NRS instrument (clinical.md §3.0, §3.1).
  entry(
    '72514-3',
    'Pain severity 0–10 numeric rating, reported',
    ['item', 'score'],
    ['pain-nrs'],
    [
      { source: 'HL7_FHIR_EXAMPLES_LOINC', section: 'Pain severity 0–10 verbal numeric rating 72514-3' },
      { source: 'IMMPACT_2008', section: '0–10 NRS as the pain-intensity measure' },
    ],
    { dailyCheckIn: true },
  ),
  // PEG-3 (Krebs 2009; clinical.md §3.2).
  entry('91148-7', 'PEG three-item pain scale panel', ['panel'], ['peg-3'], PEG_CODES),
  entry('91147-9', 'PEG mean score', ['score'], ['peg-3'], PEG_CODES),
  entry('75893-8', 'PEG item 1: average pain in the past week', ['item'], ['peg-3'], PEG_CODES),
  entry('91145-3', 'PEG item 2: interference with enjoyment of life', ['item'], ['peg-3'], PEG_CODES),
  entry('91146-1', 'PEG item 3: interference with general activity', ['item'], ['peg-3'], PEG_CODES),
  // PHQ-9 and PHQ-2 (clinical.md §3.3). PHQ-2 reuses PHQ-9 items 1 and 2.
  entry('44249-1', 'PHQ-9 panel', ['panel'], PHQ9_ONLY, PHQ_CODES),
  entry('44261-6', 'PHQ-9 total score', ['score'], PHQ9_ONLY, PHQ_CODES),
  entry('55757-9', 'PHQ-2 panel', ['panel'], ['phq-2'], PHQ2_CODES),
  entry('55758-7', 'PHQ-2 total score', ['score'], ['phq-2'], PHQ2_CODES),
  entry('44250-9', 'PHQ item 1: little interest or pleasure', ['item'], PHQ_ALL, PHQ_CODES),
  entry('44255-8', 'PHQ item 2: feeling down, depressed or hopeless', ['item'], PHQ_ALL, PHQ_CODES),
  entry('44259-0', 'PHQ-9 item 3: sleep', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44254-1', 'PHQ-9 item 4: tiredness or little energy', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44251-7', 'PHQ-9 item 5: appetite', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44258-2', 'PHQ-9 item 6: feeling bad about yourself', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44252-5', 'PHQ-9 item 7: trouble concentrating', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44253-3', 'PHQ-9 item 8: moving or speaking slowly, or restless', ['item'], PHQ9_ONLY, PHQ_CODES),
  entry('44260-8', 'PHQ-9 item 9: thoughts of death or self-harm', ['item'], PHQ9_ONLY, PHQ_CODES),
  // GAD-7 and GAD-2 (clinical.md §3.3). No separate GAD-2 panel or total code was found.
  entry('69737-5', 'GAD-7 panel', ['panel'], GAD7_ONLY, GAD_CODES),
  entry('70274-6', 'GAD-7 total score', ['score'], GAD7_ONLY, GAD_CODES),
  entry('69725-0', 'GAD item 1: nervous, anxious or on edge', ['item'], GAD_ALL, GAD_CODES),
  entry('68509-9', 'GAD item 2: not able to stop or control worrying', ['item'], GAD_ALL, GAD_CODES),
  entry('69733-4', 'GAD-7 item 3: worrying too much', ['item'], GAD7_ONLY, GAD_CODES),
  entry('69734-2', 'GAD-7 item 4: trouble relaxing', ['item'], GAD7_ONLY, GAD_CODES),
  entry('69735-9', 'GAD-7 item 5: so restless it is hard to sit still', ['item'], GAD7_ONLY, GAD_CODES),
  entry('69689-8', 'GAD-7 item 6: easily annoyed or irritable', ['item'], GAD7_ONLY, GAD_CODES),
  entry('69736-7', 'GAD-7 item 7: afraid something awful might happen', ['item'], GAD7_ONLY, GAD_CODES),
  // PHQ and GAD answer scale (clinical.md §3.3).
  entry('LA6568-5', 'Answer: not at all (0)', ['answer'], PHQ_GAD, PHQ_CODES),
  entry('LA6569-3', 'Answer: several days (1)', ['answer'], PHQ_GAD, PHQ_CODES),
  entry('LA6570-1', 'Answer: more than half the days (2)', ['answer'], PHQ_GAD, PHQ_CODES),
  entry('LA6571-9', 'Answer: nearly every day (3)', ['answer'], PHQ_GAD, PHQ_CODES),
  // STarT Back total: not in clinical.md §3.0, which records no verified code; products.md [AH2]
  // found it in the AHRQ cds4cpm value sets. Emitted with BackPlan's `startback-overall` as well.
  entry(
    '91351-7',
    'STarT Back total score',
    ['score'],
    ['startback'],
    [{ source: 'CDS4CPM_IG', section: 'STarT Back total 91351-7 (products.md [AH2])' }],
    { verification: 'products-md-only' },
  ),
];

const BY_CODE: ReadonlyMap<string, LoincCodeEntry> = new Map(LOINC_CODES.map((row) => [row.code, row]));

/** The table row for a LOINC code, or undefined when BackPlan does not use it. */
export function findLoincCode(code: string): LoincCodeEntry | undefined {
  return BY_CODE.get(code);
}
