import type { FhirImportRecords } from '@backplan/clinical/fhir/index';
import { scoreInstrument } from '@backplan/clinical/instruments/index';
import type { Executor } from '../../db/client';
import { checkIns, instrumentResponses } from '../../db/schema';
import type { PatientInScope } from '../audit/patient-data';
import { patientToday } from '../patient-app/own-record';
import { lockPatientSummary, refreshPatientSummary } from '../summaries/refresh';
import { checkInDays } from './repository';

export interface ImportStored {
  readonly instrumentResponses: number;
  readonly checkIns: number;
  /** Days that already had a check-in in BackPlan: the patient's own check-in is kept. */
  readonly checkInDaysKept: readonly string[];
  /** Days with values but no pain: a check-in needs its pain score, so they are not stored. */
  readonly checkInDaysWithoutPain: readonly string[];
  /** Responses already imported before (same source id): not stored twice. */
  readonly alreadyImported: number;
}

/**
 * Writes validated import records in the caller's transaction. Instrument responses are stored
 * with source `import` and an idempotency key from the FHIR resource, so sending the same Bundle
 * twice stores it once. A day that already has a check-in keeps it; an imported check-in is
 * timed at the start of its day, so any check-in the patient makes that day replaces it.
 */
export async function storeImportedRecords(
  tx: Executor,
  patient: PatientInScope,
  records: FhirImportRecords,
  now: Date,
): Promise<ImportStored> {
  // Before any check-in row is written: the lock order of summaries/refresh.ts.
  await lockPatientSummary(tx, patient.orgId, patient.id);
  let stored = 0;
  let alreadyImported = 0;
  for (const response of records.instrumentResponses) {
    const interpretation =
      response.answers === null
        ? null
        : scoreInstrument(response.instrumentId, response.answers).interpretation;
    const [sourceId] = response.sourceIds;
    const inserted = await tx
      .insert(instrumentResponses)
      .values({
        orgId: patient.orgId,
        patientId: patient.id,
        instrumentId: response.instrumentId,
        instrumentVersion: response.instrumentVersion,
        answeredOn: response.answeredOn,
        answers: response.answers ?? {},
        scores: { scores: response.scores, interpretation },
        primaryScore: response.primaryScore,
        source: 'import',
        idempotencyKey: sourceId === undefined ? null : `fhir:${sourceId}`,
      })
      .onConflictDoNothing()
      .returning({ id: instrumentResponses.id });
    if (inserted.length > 0) stored += 1;
    else alreadyImported += 1;
  }

  const existing = await checkInDays(tx, patient);
  const kept: string[] = [];
  const withoutPain: string[] = [];
  let storedCheckIns = 0;
  for (const checkIn of records.checkIns) {
    if (existing.has(checkIn.day)) {
      kept.push(checkIn.day);
      continue;
    }
    if (checkIn.pain === null) {
      withoutPain.push(checkIn.day);
      continue;
    }
    await tx
      .insert(checkIns)
      .values({
        orgId: patient.orgId,
        patientId: patient.id,
        day: checkIn.day,
        pain: checkIn.pain,
        sleepQuality: checkIn.sleepQuality,
        mood: checkIn.mood,
        activityMinutes: checkIn.activityMinutes,
        flare: checkIn.flare ?? false,
        newBladderBowelSaddleSymptoms: checkIn.newBladderBowelSaddleSymptoms,
        idempotencyKey: `fhir:${checkIn.day}:${checkIn.sourceIds[0] ?? 'import'}`,
        clientRecordedAt: new Date(`${checkIn.day}T00:00:00Z`),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing();
    storedCheckIns += 1;
  }
  if (stored + storedCheckIns > 0) {
    await refreshPatientSummary(tx, patient.orgId, patient.id, patientToday(patient, now));
  }
  return {
    instrumentResponses: stored,
    checkIns: storedCheckIns,
    checkInDaysKept: kept,
    checkInDaysWithoutPain: withoutPain,
    alreadyImported,
  };
}
