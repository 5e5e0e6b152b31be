import type { InstrumentAnswers, InstrumentId } from '@backplan/clinical/instruments/index';
import { InstrumentAnswerError, scoreInstrument } from '@backplan/clinical/instruments/index';
import type { Executor } from '../../db/client';
import { instrumentResponses } from '../../db/schema';
import { badRequest } from '../../errors';
import type { PatientRecord } from '../organisations/repository';

/**
 * Scores answers with the clinical scorers and stores one instrument response.
 * Unscorable answers are a 400 naming the item (`<field>.<itemId>`).
 */
export function scoreOrRefuse(instrumentId: InstrumentId, answers: InstrumentAnswers, field: string) {
  try {
    return scoreInstrument(instrumentId, answers);
  } catch (error) {
    if (error instanceof InstrumentAnswerError) {
      throw badRequest(
        `The answers to ${instrumentId} cannot be scored.`,
        error.issues.map((issue) => ({
          path: issue.itemId ? `${field}.${issue.itemId}` : field,
          message: issue.message,
        })),
      );
    }
    throw error;
  }
}

export async function insertInstrumentResponse(
  tx: Executor,
  patient: PatientRecord,
  input: {
    readonly instrumentId: InstrumentId;
    readonly answers: InstrumentAnswers;
    readonly day: string;
    readonly source: 'patient' | 'clinician';
    readonly idempotencyKey: string | null;
    readonly field: string;
  },
) {
  const result = scoreOrRefuse(input.instrumentId, input.answers, input.field);
  const [row] = await tx
    .insert(instrumentResponses)
    .values({
      orgId: patient.orgId,
      patientId: patient.id,
      instrumentId: input.instrumentId,
      instrumentVersion: result.instrumentVersion,
      answeredOn: input.day,
      answers: input.answers,
      scores: { scores: result.scores, interpretation: result.interpretation },
      primaryScore: result.scores[0]?.value ?? null,
      source: input.source,
      idempotencyKey: input.idempotencyKey,
    })
    .onConflictDoNothing()
    .returning();
  return { row, result };
}
