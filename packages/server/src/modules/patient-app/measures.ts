import {
  isInstrumentId,
  PHQ9_SELF_HARM_ITEM_ID,
  TWO_ITEM_SCREEN_POSITIVE_AT,
} from '@backplan/clinical/instruments/index';
import { and, eq } from 'drizzle-orm';
import { instrumentResponses } from '../../db/schema';
import { notFound } from '../../errors';
import { refreshPatientSummary } from '../summaries/refresh';
import { insertInstrumentResponse } from './instrument-store';
import { measuresDue } from './measures-due';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { crisisResources } from './patient-messages';
import { type Lang, langOf } from './spanish';

/**
 * Questionnaires between assessments, scored with the clinical scorers
 * (clinical.md §3). A positive PHQ-2 or GAD-2 (≥3, §3.3) asks for the full
 * form next; any PHQ-9 item 9 answer above 0 shows crisis resources and raises
 * the safety flag in the triage summary, in the same transaction.
 */
type ResponseRow = typeof instrumentResponses.$inferSelect;

const FOLLOW_UPS = { 'phq-2': 'phq-9', 'gad-2': 'gad-7' } as const;

function responseView(row: ResponseRow) {
  const scores = row.scores as { interpretation?: { band?: string } };
  return {
    id: row.id,
    instrumentId: row.instrumentId,
    answeredOn: row.answeredOn,
    primaryScore: row.primaryScore,
    band: scores.interpretation?.band ?? null,
  };
}

function outcomeOf(row: ResponseRow, replayed: boolean, lang: Lang) {
  const screen = row.instrumentId as keyof typeof FOLLOW_UPS;
  const followUp =
    screen in FOLLOW_UPS && (row.primaryScore ?? 0) >= TWO_ITEM_SCREEN_POSITIVE_AT
      ? FOLLOW_UPS[screen]
      : null;
  const item9 = Number((row.answers as Record<string, unknown>)[PHQ9_SELF_HARM_ITEM_ID] ?? 0);
  return {
    response: responseView(row),
    replayed,
    followUp,
    crisisResources: row.instrumentId === 'phq-9' && item9 > 0 ? crisisResources(lang) : null,
  };
}

export async function answerMeasure(
  request: PatientRequest,
  instrumentId: string,
  body: { day: string; answers: Record<string, number | number[] | null>; idempotencyKey: string },
) {
  if (!isInstrumentId(instrumentId)) throw notFound('There is no questionnaire with this id.');
  const now = request.ctx.clock();
  const lang = langOf(request.principal.language);
  return own(request, 'create', 'instrument-response', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(body.day, today, 'body.day');
    const byKey = () =>
      tx
        .select()
        .from(instrumentResponses)
        .where(
          and(
            eq(instrumentResponses.orgId, patient.orgId),
            eq(instrumentResponses.patientId, patient.id),
            eq(instrumentResponses.idempotencyKey, body.idempotencyKey),
          ),
        )
        .limit(1);
    const [replay] = await byKey();
    if (replay) return { status: 200, body: outcomeOf(replay, true, lang) } as const;
    const { row } = await insertInstrumentResponse(tx, patient, {
      instrumentId,
      answers: body.answers,
      day: body.day,
      source: 'patient',
      idempotencyKey: body.idempotencyKey,
      field: 'body.answers',
    });
    if (!row) {
      const [raced] = await byKey();
      if (!raced) throw new Error('instrument response neither inserted nor found');
      return { status: 200, body: outcomeOf(raced, true, lang) } as const;
    }
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return { status: 201, body: outcomeOf(row, false, lang) } as const;
  });
}

export async function dueMeasures(request: PatientRequest, query: { date?: string }) {
  const now = request.ctx.clock();
  return own(request, 'read', 'instrument-response', async (tx, patient) => {
    const today = patientToday(patient, now);
    const date = query.date ?? today;
    checkRecentDay(date, today, 'querystring.date');
    return { due: await measuresDue(tx, patient, date, langOf(request.principal.language)) };
  });
}
