import { asc, gt } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { patientSummaries, patients } from '../../db/schema';
import { gatherFacts } from './facts';
import { triage } from './triage';

/**
 * Keeps patient_summaries current: one row per patient, recomputed from the
 * record after every write that changes a triage input, in the same
 * transaction as that write, so the clinician's triage list never disagrees
 * with the record it summarises (docs/performance.md).
 */
export async function refreshPatientSummary(
  tx: Executor,
  orgId: string,
  patientId: string,
  today: string,
): Promise<typeof patientSummaries.$inferSelect> {
  const facts = await gatherFacts(tx, orgId, patientId, today);
  const { priority, reasons } = triage(facts);
  const values = {
    triagePriority: priority,
    triageReasons: [...reasons],
    painBaseline: facts.pain.baseline,
    pain7dMean: facts.pain.mean7d,
    adherence14d: facts.adherence.rate,
    lastCheckInDay: facts.lastCheckInDay,
    flareStartedOn: facts.flareStartedOn,
    redFlagAction: facts.redFlag?.action ?? null,
    selfHarmFlag: facts.selfHarmFlag,
    step: facts.step,
    stepStartedOn: facts.stepStartedOn,
    nextReassessmentOn: facts.nextReassessmentOn,
    unreadFromPatient: facts.unreadFromPatient,
    updatedAt: new Date(),
  };
  const [row] = await tx
    .insert(patientSummaries)
    .values({ orgId, patientId, ...values })
    .onConflictDoUpdate({ target: [patientSummaries.orgId, patientSummaries.patientId], set: values })
    .returning();
  if (!row) throw new Error('patient summary upsert returned no row');
  return row;
}

/** Recomputes every patient's summary from the record, in pages, one transaction per patient. */
export async function recomputeAllSummaries(db: Database, today: string): Promise<number> {
  const pageSize = 500;
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const page = await db
      .select({ orgId: patients.orgId, id: patients.id })
      .from(patients)
      .where(gt(patients.id, after))
      .orderBy(asc(patients.id))
      .limit(pageSize);
    for (const patient of page) {
      await db.transaction((tx) => refreshPatientSummary(tx, patient.orgId, patient.id, today));
    }
    total += page.length;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return total;
    after = last.id;
  }
}
