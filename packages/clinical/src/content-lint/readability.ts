/**
 * Reading level of patient text. We aim for grade 6–8 (short sentences, everyday words),
 * which is the usual target for health information written for the public.
 *
 * Flesch-Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Syllables are estimated from vowel groups, so the grade is an estimate: good enough to
 * catch long sentences and long words, not a precise measurement.
 */

export interface ReadabilityStatistics {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch-Kincaid grade level; 0 for empty text. */
  readonly grade: number;
}

/** Words that the vowel-group heuristic miscounts often enough to matter in our content. */
const SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = {
  every: 2,
  everyone: 3,
  everything: 3,
  everyday: 3,
  business: 2,
  different: 3,
  evening: 2,
  people: 2,
  little: 2,
  being: 2,
  doing: 2,
  going: 2,
  seeing: 2,
  area: 3,
  idea: 3,
  ideas: 3,
  quiet: 2,
  science: 2,
  create: 2,
  lying: 2,
  trying: 2,
  easier: 3,
  period: 3,
};

/**
 * Estimated syllables in one word. Numbers count one syllable per digit group of up to two
 * digits ("10" → 1, "150" → 2), which is close enough for reading-level purposes.
 */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  const digits = lower.replace(/[^0-9]/g, '');
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters.length === 0) {
    return digits.length === 0 ? 0 : Math.ceil(digits.length / 2);
  }
  const exception = SYLLABLE_EXCEPTIONS[letters];
  if (exception !== undefined) return exception;
  if (letters.length <= 3) return 1;
  const trimmed = letters
    // A final silent "e" ("move", "home") or an "-es"/"-ed" ending that adds no vowel sound.
    .replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Splits text into words; a hyphenated word ("long-term") counts as one word. */
export function splitWords(text: string): string[] {
  return text
    .split(/[\s–—/]+/)
    .map((token) => token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
    .filter((token) => /[A-Za-z0-9]/.test(token));
}

/**
 * Counts sentences. A line break that is not preceded by end punctuation also ends a
 * sentence, so bullet lists and headings are not run together into one long sentence.
 */
export function countSentences(text: string): number {
  const normalised = text.replace(/([^.!?\s])[ \t]*\n+/g, '$1.\n').trim();
  if (normalised.length === 0) return 0;
  const ends = normalised.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
  // Text with a final fragment that has no end punctuation still holds one more sentence.
  const endsWithPunctuation = /[.!?]["')\]]*$/.test(normalised);
  return ends + (endsWithPunctuation ? 0 : 1);
}

export function readabilityStatistics(text: string): ReadabilityStatistics {
  const words = splitWords(text);
  const sentences = countSentences(text);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  if (words.length === 0 || sentences === 0) {
    return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  }
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade };
}

/** Flesch-Kincaid grade level of `text` (0 for empty text). */
export function fleschKincaidGrade(text: string): number {
  return readabilityStatistics(text).grade;
}

/**
 * Grade of several separate pieces of text read as one document (e.g. all paragraphs of a
 * lesson). Each piece is treated as ending a sentence even if it lacks end punctuation.
 */
export function fleschKincaidGradeOfAll(pieces: readonly string[]): number {
  return fleschKincaidGrade(pieces.map((piece) => piece.trim()).join('\n'));
}
