import { addDays } from '@backplan/clinical/careplan/calendar';
import { and, asc, desc, eq, gt, gte, isNull, or, sql } from 'drizzle-orm';
import { checkIns, medications } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { own, type PatientRequest, patientToday } from './own-record';
import { careTeamNote } from './patient-messages';
import { langOf } from './spanish';

/**
 * Medicines the patient says they take, recorded as reported. BackPlan gives
 * patients no advice about them: the MME and safety alerts are computed for
 * clinicians only (clinician module), and the patient sees just their list and
 * "your care team can see this list". Stopping keeps the row with a stop date,
 * so the history stays true.
 */
type MedicationRow = typeof medications.$inferSelect;

function medicationView(row: MedicationRow) {
  return {
    id: row.id,
    drug: row.drug,
    dose: row.dose,
    unit: row.unit,
    frequency: row.frequency,
    route: row.route,
    maxDosesPerDay: row.prnMaxDosesPerDay,
    startedOn: row.startedOn,
    recordedBy: row.recordedBy,
  };
}

export async function listMedications(request: PatientRequest) {
  const now = request.ctx.clock();
  return own(request, 'read', 'medication', async (tx, patient) => {
    const today = patientToday(patient, now);
    const rows = await tx
      .select()
      .from(medications)
      .where(
        and(
          eq(medications.orgId, patient.orgId),
          eq(medications.patientId, patient.id),
          or(isNull(medications.stoppedOn), gt(medications.stoppedOn, today)),
        ),
      )
      .orderBy(asc(medications.drug))
      .limit(100);
    const effects = await tx
      .select({ day: checkIns.day, sideEffects: checkIns.sideEffects })
      .from(checkIns)
      .where(
        and(
          eq(checkIns.orgId, patient.orgId),
          eq(checkIns.patientId, patient.id),
          gte(checkIns.day, addDays(today, -29)),
          sql`cardinality(${checkIns.sideEffects}) > 0`,
        ),
      )
      .orderBy(desc(checkIns.day));
    return {
      medications: rows.map(medicationView),
      recentSideEffects: effects,
      careTeamNote: careTeamNote(langOf(request.principal.language)),
    };
  });
}

export async function addMedication(
  request: PatientRequest,
  body: {
    drug: string;
    dose: number;
    unit: string;
    frequency: string;
    route: string;
    maxDosesPerDay?: number | undefined;
    startedOn: string;
  },
) {
  const now = request.ctx.clock();
  return own(request, 'create', 'medication', async (tx, patient) => {
    const today = patientToday(patient, now);
    if (body.startedOn > addDays(today, 1)) {
      throw badRequest('The start date is in the future.', [
        { path: 'body.startedOn', message: 'must not be after today' },
      ]);
    }
    const [row] = await tx
      .insert(medications)
      .values({
        orgId: patient.orgId,
        patientId: patient.id,
        drug: body.drug,
        dose: body.dose,
        unit: body.unit,
        frequency: body.frequency,
        route: body.route,
        prnMaxDosesPerDay: body.maxDosesPerDay ?? null,
        startedOn: body.startedOn,
        recordedBy: 'patient',
        createdBy: request.principal.userId,
      })
      .returning();
    if (!row) throw new Error('medication insert returned no row');
    return { medication: medicationView(row) };
  });
}

/** "I no longer take this": the row stays, with today as its stop date. */
export async function stopMedication(request: PatientRequest, id: string) {
  const now = request.ctx.clock();
  return own(request, 'update', 'medication', async (tx, patient) => {
    const today = patientToday(patient, now);
    const [row] = await tx
      .select({ id: medications.id, stoppedOn: medications.stoppedOn })
      .from(medications)
      .where(
        and(
          eq(medications.orgId, patient.orgId),
          eq(medications.patientId, patient.id),
          eq(medications.id, id),
        ),
      )
      .limit(1);
    if (!row) throw notFound('There is no such medicine on your list.');
    if (row.stoppedOn === null || row.stoppedOn > today) {
      await tx
        .update(medications)
        .set({ stoppedOn: today })
        .where(and(eq(medications.orgId, patient.orgId), eq(medications.id, id)));
    }
  });
}
