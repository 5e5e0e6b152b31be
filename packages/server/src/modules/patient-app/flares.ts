import { daysBetween } from '@backplan/clinical/careplan/calendar';
import { type FlareLogEntry, type FlareState, logFlareDay } from '@backplan/clinical/exercise/flare';
import { FLARE_RED_FLAG_SYMPTOMS, FLARE_SYMPTOMS } from '@backplan/clinical/exercise/flare-symptoms';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { flareEpisodes } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import type { PatientRecord } from '../organisations/repository';
import { refreshPatientSummary } from '../summaries/refresh';
import { checkRecentDay, own, type PatientRequest, patientToday } from './own-record';
import { urgentAction } from './patient-messages';
import { langOf } from './spanish';

/**
 * Flares (clinical.md §5.4 drop back after a flare; §4.1 red-flag recheck): the
 * patient starts one, today's plan switches to the gentle flare set, each flare
 * day is logged with pain, "settled?" and the red-flag questions, and two
 * settled days in a row end it (the clinical flare rules). A red-flag answer
 * sends the patient down the urgent path and flags the triage summary.
 */
type FlareRow = typeof flareEpisodes.$inferSelect;

export function flareView(row: FlareRow, today: string) {
  const log = (row.log ?? []) as FlareLogEntry[];
  const urgent = row.endedOn === null && log.some((entry) => entry.redFlagSymptoms.length > 0);
  return {
    id: row.id,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    status: row.endedOn !== null ? ('resolved' as const) : urgent ? ('urgent' as const) : ('active' as const),
    days: Math.max(0, daysBetween(row.startedOn, row.endedOn ?? today)),
    log: log.map((entry) => ({ ...entry, redFlagSymptoms: [...entry.redFlagSymptoms] })),
  };
}

export async function openFlare(tx: Executor, patient: PatientRecord): Promise<FlareRow | undefined> {
  const [row] = await tx
    .select()
    .from(flareEpisodes)
    .where(
      and(
        eq(flareEpisodes.orgId, patient.orgId),
        eq(flareEpisodes.patientId, patient.id),
        isNull(flareEpisodes.endedOn),
      ),
    )
    .orderBy(desc(flareEpisodes.startedOn))
    .limit(1);
  return row;
}

/** "I'm having a flare": starts one (201), or returns the flare already open (200). */
export async function startFlare(request: PatientRequest, day: string) {
  const now = request.ctx.clock();
  return own(request, 'create', 'flare', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(day, today, 'body.day');
    const existing = await openFlare(tx, patient);
    if (existing) return { status: 200, body: { flare: flareView(existing, today) } } as const;
    const [row] = await tx
      .insert(flareEpisodes)
      .values({ orgId: patient.orgId, patientId: patient.id, startedOn: day, log: [] })
      .returning();
    if (!row) throw new Error('flare insert returned no row');
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return { status: 201, body: { flare: flareView(row, today) } } as const;
  });
}

const NO_SESSION = { items: [], estimatedMinutes: 0 } as const;

export async function logFlare(request: PatientRequest, entry: FlareLogEntry) {
  const now = request.ctx.clock();
  return own(request, 'update', 'flare', async (tx, patient) => {
    const today = patientToday(patient, now);
    checkRecentDay(entry.date, today, 'body.day');
    const flare = await openFlare(tx, patient);
    if (!flare) throw notFound('There is no flare going on. Start one first.');
    if (entry.date < flare.startedOn) {
      throw badRequest('The day is before the flare started.', [
        { path: 'body.day', message: `must not be before ${flare.startedOn}` },
      ]);
    }
    // The sessions only matter to the clinical function's return value; the plan itself
    // switches back by the flare ending (today.ts reads the open flare).
    const state: FlareState = {
      status: 'active',
      startedOn: flare.startedOn,
      endedOn: null,
      sessionBeforeFlare: NO_SESSION,
      flareSession: NO_SESSION,
      log: (flare.log ?? []) as FlareLogEntry[],
    };
    const result = logFlareDay(state, entry);
    const endedOn = result.kind === 'flare-resolved' ? entry.date : null;
    const [row] = await tx
      .update(flareEpisodes)
      .set({ log: result.state.log, endedOn })
      .where(and(eq(flareEpisodes.orgId, patient.orgId), eq(flareEpisodes.id, flare.id)))
      .returning();
    if (!row) throw new Error('flare update returned no row');
    await refreshPatientSummary(tx, patient.orgId, patient.id, today);
    return {
      flare: flareView(row, today),
      outcome:
        result.kind === 'urgent-path'
          ? ('urgent' as const)
          : result.kind === 'flare-resolved'
            ? ('resolved' as const)
            : ('continues' as const),
      urgentAction:
        result.kind === 'urgent-path'
          ? urgentAction(result.action, langOf(request.principal.language))
          : null,
    };
  });
}

export function flareQuestions() {
  return {
    questions: FLARE_RED_FLAG_SYMPTOMS.map((id) => ({ id, question: FLARE_SYMPTOMS[id].question })),
  };
}
