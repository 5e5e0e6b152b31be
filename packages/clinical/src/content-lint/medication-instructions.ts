/**
 * Patient text must never tell anyone to start, stop or change a medicine. Decisions about
 * medicines belong to the patient and their prescriber (ACP 2017 Rec 3 and CDC 2022 Rec 2
 * both require the clinician to discuss benefits and risks first; NICE NG59 2020 asks
 * prescribers to discuss withdrawal before stopping gabapentinoids or opioids). Our lessons
 * give facts and say "talk with your doctor or pharmacist".
 *
 * The check looks for an instruction (a clause that opens with an instruction verb, or a
 * "you should …", "try to …" construction) whose verb is a medicine-changing verb and that
 * mentions a medicine within a few words. "If you take an opioid, tell your doctor" is a
 * fact about the reader, not an instruction, and is not flagged.
 */

export interface MedicationInstructionFinding {
  /** The sentence that contains the instruction. */
  readonly sentence: string;
  /** The instruction verb as written, e.g. "stop". */
  readonly verb: string;
  /** The medicine word it applies to, e.g. "dose" or "gabapentin". */
  readonly medicineTerm: string;
}

/** Verbs that, as an instruction about a medicine, would change what someone takes. */
const MEDICATION_CHANGE_VERBS = new Set([
  'take',
  'start',
  'begin',
  'restart',
  'stop',
  'quit',
  'increase',
  'raise',
  'decrease',
  'reduce',
  'lower',
  'cut',
  'change',
  'switch',
  'swap',
  'double',
  'halve',
  'skip',
  'miss',
  'add',
  'drop',
  'adjust',
  'taper',
  'combine',
  'mix',
  'use',
  'try',
  'avoid',
]);

/** Words that may precede an instruction verb at the start of a clause. */
const LEADING_WORDS = new Set([
  'please',
  'just',
  'then',
  'now',
  'so',
  'also',
  'and',
  'but',
  'or',
  'always',
  'never',
  "don't",
  'dont',
  'don’t',
  'do',
  'not',
  'first',
  'simply',
]);

/** "You should stop …", "try to take …", "it is best to switch …". */
const MODAL_INSTRUCTION =
  /\b(?:you\s+(?:should|must|need\s+to|have\s+to|ought\s+to|can|could|may\s+want\s+to|might\s+want\s+to)|(?:try|remember|be\s+sure|make\s+sure|don[’']?t\s+forget)\s+to|it\s+is\s+(?:best|better|a\s+good\s+idea)\s+to|it[’']s\s+(?:best|better|a\s+good\s+idea)\s+to)\s+(?:not\s+)?([a-z]+)/gi;

const MEDICINE_TERMS =
  /\b(?:medicines?|medications?|meds|drugs?|doses?|dosage|pills?|tablets?|capsules?|prescriptions?|painkillers?|patch(?:es)?|injections?|opioids?|nsaids?|anti-inflammator(?:y|ies)|paracetamol|acetaminophen|ibuprofen|naproxen|diclofenac|aspirin|duloxetine|amitriptyline|gabapentin|pregabalin|gabapentinoids?|tramadol|codeine|morphine|oxycodone|hydrocodone|hydromorphone|tapentadol|fentanyl|methadone|buprenorphine|naloxone|muscle\s+relaxants?|baclofen|carisoprodol|cyclobenzaprine|benzodiazepines?|diazepam|steroids?|prednisone|prednisolone|antidepressants?|sleeping\s+pills?)\b/i;

/** How many words after the verb may hold the medicine word for the two to be linked. */
const PROXIMITY_WORDS = 8;

export function findMedicationInstructions(text: string): MedicationInstructionFinding[] {
  const findings: MedicationInstructionFinding[] = [];
  for (const sentence of splitSentences(text)) {
    const seen = new Set<string>();
    const record = (verb: string, after: string): void => {
      const medicine = medicineNear(after);
      const key = `${verb.toLowerCase()}|${medicine ?? ''}`;
      if (medicine !== null && !seen.has(key)) {
        seen.add(key);
        findings.push({ sentence, verb, medicineTerm: medicine });
      }
    };
    for (const clause of sentence.split(/[,;:()]|\s[–—-]\s/)) {
      const words = clause.trim().split(/\s+/).filter(Boolean);
      let index = 0;
      while (index < words.length && LEADING_WORDS.has(normaliseWord(words[index]))) index += 1;
      const verb = words[index];
      if (verb !== undefined && MEDICATION_CHANGE_VERBS.has(normaliseWord(verb))) {
        record(normaliseWord(verb), words.slice(index + 1).join(' '));
      }
    }
    for (const match of sentence.matchAll(MODAL_INSTRUCTION)) {
      const verb = match[1];
      if (verb !== undefined && MEDICATION_CHANGE_VERBS.has(verb.toLowerCase())) {
        const rest = sentence.slice((match.index ?? 0) + match[0].length);
        record(verb.toLowerCase(), rest);
      }
    }
  }
  return findings;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function normaliseWord(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/^[^a-z']+|[^a-z']+$/g, '');
}

function medicineNear(textAfterVerb: string): string | null {
  const window = textAfterVerb.trim().split(/\s+/).slice(0, PROXIMITY_WORDS).join(' ');
  const match = MEDICINE_TERMS.exec(window);
  return match ? match[0] : null;
}
