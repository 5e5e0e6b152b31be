import { InstrumentAnswerError, type InstrumentScoreOutcome } from './errors';
import { GAD_2, GAD_7, scoreGad2, scoreGad7 } from './gad';
import { ODI, scoreOdi } from './odi';
import { PAIN_NRS, scorePainNrs } from './pain-nrs';
import { PEG_3, scorePeg } from './peg';
import { PHQ_2, PHQ_9, scorePhq2, scorePhq9 } from './phq';
import { RMDQ, scoreRmdq } from './rmdq';
import { STARTBACK, scoreStartBack } from './startback';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentId, InstrumentScoreResult } from './types';

export interface InstrumentRegistration<Result extends InstrumentScoreResult = InstrumentScoreResult> {
  readonly definition: InstrumentDefinition;
  /** Pure scoring; throws `InstrumentAnswerError` naming the item when answers cannot be scored. */
  readonly score: (answers: InstrumentAnswers) => Result;
}

/** Every instrument BackPlan scores, by id. */
export const INSTRUMENTS = {
  'pain-nrs': { definition: PAIN_NRS, score: scorePainNrs },
  'peg-3': { definition: PEG_3, score: scorePeg },
  'phq-2': { definition: PHQ_2, score: scorePhq2 },
  'phq-9': { definition: PHQ_9, score: scorePhq9 },
  'gad-2': { definition: GAD_2, score: scoreGad2 },
  'gad-7': { definition: GAD_7, score: scoreGad7 },
  startback: { definition: STARTBACK, score: scoreStartBack },
  odi: { definition: ODI, score: scoreOdi },
  rmdq: { definition: RMDQ, score: scoreRmdq },
} as const satisfies Record<InstrumentId, InstrumentRegistration>;

/** All instrument ids, in a stable order. */
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

/** The typed result of scoring instrument `Id`. */
export type InstrumentResultFor<Id extends InstrumentId> = ReturnType<(typeof INSTRUMENTS)[Id]['score']>;

export function isInstrumentId(value: string): value is InstrumentId {
  return Object.hasOwn(INSTRUMENTS, value);
}

/** Scores any registered instrument; throws `InstrumentAnswerError` naming the failing item. */
export function scoreInstrument<Id extends InstrumentId>(
  id: Id,
  answers: InstrumentAnswers,
): InstrumentResultFor<Id> {
  // TypeScript cannot correlate INSTRUMENTS[id] with Id across the union; the table above ties them.
  const score = INSTRUMENTS[id].score as (answers: InstrumentAnswers) => InstrumentResultFor<Id>;
  return score(answers);
}

/** Like `scoreInstrument`, but returns the issues instead of throwing. */
export function tryScoreInstrument<Id extends InstrumentId>(
  id: Id,
  answers: InstrumentAnswers,
): InstrumentScoreOutcome<InstrumentResultFor<Id>> {
  try {
    return { ok: true, result: scoreInstrument(id, answers) };
  } catch (error) {
    if (error instanceof InstrumentAnswerError) return { ok: false, issues: error.issues };
    throw error;
  }
}
