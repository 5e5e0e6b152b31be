import { InstrumentAnswerError, type InstrumentAnswerIssue } from './errors';
import type {
  AnswerOption,
  InstrumentAnswers,
  InstrumentAnswerValue,
  InstrumentDefinition,
  ScoreValue,
} from './types';

/** An answered item after resolution: the chosen option and what it scores. */
export interface ResolvedAnswer {
  readonly itemId: string;
  readonly value: number;
  readonly score: number;
  /** True when the respondent marked more than one option and the higher was kept (ODI). */
  readonly hadMultipleMarks: boolean;
}

export interface ResolvedAnswers {
  /** Answered items only, keyed by item id, in form order. */
  readonly answered: ReadonlyMap<string, ResolvedAnswer>;
  readonly notes: readonly string[];
}

function marksOf(answer: InstrumentAnswerValue | undefined): readonly number[] {
  if (answer === undefined || answer === null) return [];
  return typeof answer === 'number' ? [answer] : answer;
}

function describeAllowed(options: readonly AnswerOption[]): string {
  const values = options.map((option) => option.value);
  return `${Math.min(...values)}–${Math.max(...values)}`;
}

/**
 * Checks every answer against the definition: unknown item ids, values outside the
 * options, non-integers, and several marks on an instrument that does not allow them.
 * Does not check completeness; `resolveAnswers` does that.
 */
export function findAnswerIssues(
  definition: InstrumentDefinition,
  answers: InstrumentAnswers,
): InstrumentAnswerIssue[] {
  const issues: InstrumentAnswerIssue[] = [];
  const itemsById = new Map(definition.items.map((item) => [item.id, item]));
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = itemsById.get(itemId);
    const base = { instrumentId: definition.id, itemId } as const;
    if (item === undefined) {
      issues.push({
        ...base,
        problem: 'unknown-item',
        message: `${definition.id}: "${itemId}" is not an item of ${definition.title}`,
      });
      continue;
    }
    const marks = marksOf(answer);
    if (marks.length > 1 && !definition.allowsMultipleMarksPerItem) {
      issues.push({
        ...base,
        problem: 'multiple-marks-not-allowed',
        message: `${definition.id}.${itemId}: give one answer, not ${marks.length}`,
      });
      continue;
    }
    for (const mark of marks) {
      if (!Number.isInteger(mark)) {
        issues.push({
          ...base,
          problem: 'not-an-integer',
          message: `${definition.id}.${itemId}: ${mark} is not a whole number`,
        });
      } else if (!item.options.some((option) => option.value === mark)) {
        issues.push({
          ...base,
          problem: 'out-of-range',
          message: `${definition.id}.${itemId}: ${mark} is outside the allowed answers ${describeAllowed(item.options)}`,
        });
      }
    }
  }
  return issues;
}

function throwIfAny(issues: readonly InstrumentAnswerIssue[]): void {
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InstrumentAnswerError([first, ...rest]);
}

/**
 * Validates and resolves answers, or throws `InstrumentAnswerError` naming the item.
 * Where several marks are allowed (ODI) the higher-scoring mark is kept, following the
 * ODI scoring convention "if two boxes are ticked, take the higher" (Fairbank 2000; clinical.md §3.5).
 */
export function resolveAnswers(
  definition: InstrumentDefinition,
  answers: InstrumentAnswers,
): ResolvedAnswers {
  throwIfAny(findAnswerIssues(definition, answers));
  const answered = new Map<string, ResolvedAnswer>();
  const notes: string[] = [];
  for (const item of definition.items) {
    const marks = marksOf(answers[item.id]);
    const chosen = marks
      .map((mark) => item.options.find((option) => option.value === mark))
      .filter((option): option is AnswerOption => option !== undefined)
      .reduce<AnswerOption | undefined>(
        (best, option) => (best === undefined || option.score > best.score ? option : best),
        undefined,
      );
    if (chosen === undefined) continue;
    const hadMultipleMarks = marks.length > 1;
    if (hadMultipleMarks) {
      notes.push(`${item.id}: ${marks.length} statements marked; the higher (${chosen.score}) was scored`);
    }
    answered.set(item.id, { itemId: item.id, value: chosen.value, score: chosen.score, hadMultipleMarks });
  }
  if (answered.size < definition.minimumAnsweredItems) {
    throwIfAny([
      {
        instrumentId: definition.id,
        itemId: definition.items.find((item) => !answered.has(item.id))?.id ?? null,
        problem: 'too-few-answered',
        message: `${definition.id}: ${answered.size} of ${definition.items.length} items answered; at least ${definition.minimumAnsweredItems} are needed to score ${definition.title}`,
      },
    ]);
  }
  return { answered, notes };
}

/** Sum of the item scores of the answered items (or of the listed items only). */
export function sumScores(resolved: ResolvedAnswers, itemIds?: readonly string[]): number {
  let total = 0;
  for (const answer of resolved.answered.values()) {
    if (itemIds === undefined || itemIds.includes(answer.itemId)) total += answer.score;
  }
  return total;
}

/** Score of one answered item, or null when it was not answered. */
export function itemScore(resolved: ResolvedAnswers, itemId: string): number | null {
  return resolved.answered.get(itemId)?.score ?? null;
}

/** Pairs each score definition with its computed value, primary score first. */
export function buildScores(
  definition: InstrumentDefinition,
  values: Readonly<Record<string, number>>,
): ScoreValue[] {
  return definition.scoreDefinitions.map((scoreDefinition) => {
    const value = values[scoreDefinition.id];
    if (value === undefined) {
      throw new RangeError(`${definition.id}: no value computed for score "${scoreDefinition.id}"`);
    }
    return { ...scoreDefinition, value };
  });
}
