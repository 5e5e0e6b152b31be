import { DRUG_TABLE } from '../medications/drug-classes';

/**
 * Guard for patient-facing text: it must never tell anyone to take, start, stop or
 * change a drug. Medication decisions are made with a prescriber, and an app that says
 * "stop your oxycodone" can cause withdrawal or worse (CDC 2022 Rec 5: never stop
 * abruptly). The check is deliberately strict: a sentence fails when it contains an
 * instruction verb (any inflection) AND a drug word (a generic name from the drug table,
 * a drug class, or words such as medicine, dose, tablet), even if the sentence is a
 * negation like "do not stop your tablets" — that is still an instruction about a drug.
 */

const VERB_FORMS: readonly string[] = [
  ...['take', 'takes', 'taking', 'took', 'taken'],
  ...['start', 'starts', 'starting', 'started', 'begin', 'begins', 'beginning', 'began'],
  ...['stop', 'stops', 'stopping', 'stopped', 'quit', 'quits', 'quitting'],
  ...['discontinue', 'discontinues', 'discontinuing', 'discontinued'],
  ...['increase', 'increases', 'increasing', 'increased', 'raise', 'raises', 'raising', 'raised'],
  ...['decrease', 'decreases', 'decreasing', 'decreased', 'reduce', 'reduces', 'reducing', 'reduced'],
  ...['lower', 'lowers', 'lowering', 'lowered', 'cut', 'cuts', 'cutting', 'halve', 'halves', 'halving'],
  ...['double', 'doubles', 'doubling', 'doubled', 'skip', 'skips', 'skipping', 'skipped'],
  ...['change', 'changes', 'changing', 'changed', 'switch', 'switches', 'switching', 'switched'],
  ...['swap', 'swaps', 'swapping', 'swapped', 'taper', 'tapers', 'tapering', 'tapered', 'wean', 'weaning'],
  ...['add', 'adds', 'adding', 'added', 'use', 'uses', 'using', 'try', 'tries', 'trying', 'tried'],
  ...['continue', 'continues', 'continuing', 'resume', 'resumes', 'resuming', 'restart', 'restarting'],
];

const GENERAL_DRUG_WORDS: readonly string[] = [
  'medicine',
  'medicines',
  'medication',
  'medications',
  'drug',
  'drugs',
  'dose',
  'doses',
  'dosage',
  'tablet',
  'tablets',
  'pill',
  'pills',
  'capsule',
  'capsules',
  'patch',
  'patches',
  'prescription',
  'prescriptions',
  'painkiller',
  'painkillers',
  'opioid',
  'opioids',
  'nsaid',
  'nsaids',
  'anti-inflammatory',
  'anti-inflammatories',
  'antidepressant',
  'antidepressants',
  'steroid',
  'steroids',
  'benzodiazepine',
  'benzodiazepines',
  'gabapentinoid',
  'gabapentinoids',
  'muscle relaxant',
  'muscle relaxants',
  'sleeping pills',
  'naloxone',
  'acetaminophen',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Word boundaries that also work for "st john's wort" and "anti-inflammatory".
const wordPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}-])(${words.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'giu');

const VERB_PATTERN = wordPattern(VERB_FORMS);
const DRUG_PATTERN = wordPattern([...GENERAL_DRUG_WORDS, ...DRUG_TABLE.keys()]);

export interface PatientTextDrugFinding {
  readonly sentence: string;
  readonly verb: string;
  readonly drugWord: string;
}

/** Sentences of `text` that read as an instruction about a medicine. Empty means the text is safe. */
export function findDrugInstructionsInPatientText(text: string): PatientTextDrugFinding[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0)
    .flatMap((sentence) => {
      const verb = sentence.match(VERB_PATTERN)?.[0];
      const drugWord = sentence.match(DRUG_PATTERN)?.[0];
      return verb && drugWord ? [{ sentence, verb, drugWord }] : [];
    });
}
