import type { Executor } from '../../db/client';
import { visitNotes } from '../../db/schema';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { dayOf } from './dates';
import { invalidField } from './field-error';
import { type PatientKey, visitNotesOf } from './record-repository';
import type { RecordRequest } from './record-service';
import { refreshSummary } from './refresh-summary';

/**
 * Visit notes: what happened at a visit, in the clinician's words. A note is
 * also a clinician review of progress, so it closes "reassessment due" for the
 * stepped-care engine (patient-state.ts) and the triage row is refreshed.
 */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

async function insertVisitNote(
  db: Executor,
  patient: PatientKey,
  values: { authorId: string; visitedOn: string; body: string; createdAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(visitNotes)
    .values({ orgId: patient.orgId, patientId: patient.id, ...values })
    .returning({ id: visitNotes.id });
  if (!row) throw new Error('visit note insert returned no row');
  return row.id;
}

export function listVisitNotes(ctx: Ctx, request: RecordRequest) {
  return withPatientRecord(
    ctx,
    { ...request, action: 'read', resource: 'visit-notes' },
    async (tx, patient) => ({
      notes: (await visitNotesOf(tx, patient)).map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    }),
  );
}

export async function addVisitNote(
  ctx: Ctx,
  request: RecordRequest,
  input: { visitedOn: string; body: string },
) {
  const now = ctx.clock();
  if (input.visitedOn > dayOf(now)) throw invalidField('body.visitedOn', 'must not be in the future');
  const id = await withPatientRecord(
    ctx,
    { ...request, action: 'create', resource: 'visit-notes' },
    async (tx, patient) => {
      const noteId = await insertVisitNote(tx, patient, {
        authorId: request.principal.userId,
        visitedOn: input.visitedOn,
        body: input.body,
        createdAt: now,
      });
      await refreshSummary(tx, patient, dayOf(now));
      return noteId;
    },
  );
  return { id };
}
