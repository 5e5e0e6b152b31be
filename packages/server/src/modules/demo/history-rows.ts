import { randomUUID } from 'node:crypto';
import { type InstrumentId, isInstrumentId, scoreInstrument } from '@backplan/clinical/instruments/index';
import type { PatientHistory } from '@backplan/clinical/simulation/index';
import type {
  assessments,
  careDecisions,
  carePlans,
  checkIns,
  flareEpisodes,
  instrumentResponses,
  medications,
  messages,
  patientCareSettings,
  sessionLogs,
} from '../../db/schema';

/**
 * Turns one simulated patient's history into rows for the real record tables, shaped exactly as
 * the patient app and clinician workspace write them (see modules/patient-app and
 * modules/clinician), so every screen reads demo data the way it reads real data. Pure apart
 * from fresh ids.
 */
export interface DemoRows {
  assessments: (typeof assessments.$inferInsert)[];
  instrumentResponses: (typeof instrumentResponses.$inferInsert)[];
  checkIns: (typeof checkIns.$inferInsert)[];
  carePlans: (typeof carePlans.$inferInsert)[];
  sessionLogs: (typeof sessionLogs.$inferInsert)[];
  flareEpisodes: (typeof flareEpisodes.$inferInsert)[];
  medications: (typeof medications.$inferInsert)[];
  careDecisions: (typeof careDecisions.$inferInsert)[];
  messages: (typeof messages.$inferInsert)[];
  patientCareSettings: (typeof patientCareSettings.$inferInsert)[];
}

export const emptyRows = (): DemoRows => ({
  assessments: [],
  instrumentResponses: [],
  checkIns: [],
  carePlans: [],
  sessionLogs: [],
  flareEpisodes: [],
  medications: [],
  careDecisions: [],
  messages: [],
  patientCareSettings: [],
});

export interface PatientIdentity {
  readonly orgId: string;
  readonly patientId: string;
  readonly userId: string;
  readonly clinicianId: string;
}

/** A timestamp on a day (UTC), for rows that record when something happened (cached: many rows share a day). */
const timestamps = new Map<string, Date>();
const at = (day: string, hour: number): Date => {
  const key = `${day}T${hour}`;
  let value = timestamps.get(key);
  if (value === undefined) {
    if (timestamps.size > 50_000) timestamps.clear();
    value = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    timestamps.set(key, value);
  }
  return value;
};

function instrumentRow(
  identity: PatientIdentity,
  instrumentId: InstrumentId,
  answers: Record<string, number>,
  day: string,
) {
  const result = scoreInstrument(instrumentId, answers);
  return {
    orgId: identity.orgId,
    patientId: identity.patientId,
    instrumentId,
    instrumentVersion: result.instrumentVersion,
    answeredOn: day,
    answers,
    scores: { scores: result.scores, interpretation: result.interpretation },
    primaryScore: result.scores[0]?.value ?? null,
    source: 'patient' as const,
    idempotencyKey: null,
  };
}

function intakeInstrumentRows(identity: PatientIdentity, instruments: Record<string, unknown>, day: string) {
  return Object.entries(instruments).flatMap(([id, answers]) =>
    isInstrumentId(id) && answers !== undefined
      ? [instrumentRow(identity, id, answers as Record<string, number>, day)]
      : [],
  );
}

export function historyRows(
  history: PatientHistory,
  identity: PatientIdentity,
  into: DemoRows = emptyRows(),
): DemoRows {
  const scoped = { orgId: identity.orgId, patientId: identity.patientId };
  into.assessments.push({
    ...scoped,
    kind: 'intake',
    assessedOn: history.intake.assessedOn,
    intake: history.intake,
    result: history.assessment,
    createdBy: identity.userId,
    createdAt: at(history.intake.assessedOn, 9),
  });
  into.instrumentResponses.push(
    ...intakeInstrumentRows(identity, history.intake.instruments, history.intake.assessedOn),
  );
  for (const { intake, assessment } of history.reassessments) {
    into.assessments.push({
      ...scoped,
      kind: 'reassessment',
      assessedOn: intake.assessedOn,
      intake,
      result: assessment,
      createdBy: identity.userId,
      createdAt: at(intake.assessedOn, 19),
    });
  }
  for (const response of history.instruments) {
    into.instrumentResponses.push(
      instrumentRow(identity, response.instrumentId, { ...response.answers }, response.answeredOn),
    );
  }
  const onDuloxetine = (day: string) =>
    history.medications.some(
      (m) =>
        m.entry.drug === 'duloxetine' &&
        m.entry.startDate <= day &&
        (m.stoppedOn === null || day < m.stoppedOn),
    );
  for (const checkIn of history.checkIns) {
    into.checkIns.push({
      ...scoped,
      day: checkIn.day,
      pain: checkIn.pain,
      sleepQuality: checkIn.sleepQuality,
      mood: checkIn.mood,
      activityMinutes: checkIn.activityMinutes,
      // Nausea is the commonest duloxetine side effect (clinical.md §7.2); some days it is reported.
      sideEffects: checkIn.day.endsWith('5') && onDuloxetine(checkIn.day) ? ['nausea'] : [],
      flare: checkIn.flare,
      newBladderBowelSaddleSymptoms: checkIn.newBladderBowelSaddleSymptoms,
      idempotencyKey: randomUUID(),
      clientRecordedAt: at(checkIn.day, 20),
      createdAt: at(checkIn.day, 20),
      updatedAt: at(checkIn.day, 20),
    });
  }
  for (const plan of history.carePlans) {
    into.carePlans.push({
      ...scoped,
      version: plan.version,
      effectiveFrom: plan.effectiveFrom,
      step: plan.step,
      stepStartedOn: plan.stepStartedOn,
      components: plan.components,
      programme: plan.programme,
      reason: plan.reason,
      createdBy: plan.version === 1 ? identity.userId : identity.clinicianId,
      createdAt: at(plan.effectiveFrom, 10),
    });
  }
  for (const session of history.sessions) {
    into.sessionLogs.push({
      ...scoped,
      day: session.day,
      carePlanVersion: session.carePlanVersion,
      exercises: session.exercises,
      completed: session.completed,
      maxPainDuring: session.maxPainDuring,
      settledNextMorning: session.settledNextMorning,
      stoppedForSymptoms: false,
      idempotencyKey: randomUUID(),
      clientRecordedAt: at(session.day, 18),
      createdAt: at(session.day, 18),
    });
  }
  for (const flare of history.flares) {
    into.flareEpisodes.push({
      ...scoped,
      startedOn: flare.startedOn,
      endedOn: flare.endedOn,
      log: flare.log,
    });
  }
  for (const medication of history.medications) {
    const entry = medication.entry;
    into.medications.push({
      ...scoped,
      drug: entry.drug,
      dose: entry.dose,
      unit: entry.unit,
      frequency: entry.frequency,
      route: entry.route,
      prnMaxDosesPerDay: entry.prnMaximumDosesPerDay ?? null,
      startedOn: entry.startDate,
      stoppedOn: medication.stoppedOn,
      recordedBy: 'clinician',
      createdBy: identity.clinicianId,
      createdAt: at(entry.startDate, 11),
    });
  }
  for (const decision of history.decisions) {
    into.careDecisions.push({
      ...scoped,
      ruleId: decision.ruleId,
      card: decision.card,
      decision: decision.decision,
      reason: decision.reason,
      resultingCarePlanVersion: decision.resultingCarePlanVersion,
      decidedBy: identity.clinicianId,
      decidedAt: at(decision.day, 11),
    });
  }
  const components = new Set(history.carePlans.flatMap((plan) => plan.components.map((c) => c.kind)));
  const physiotherapy =
    components.has('physiotherapy') || components.has('psychologically-informed-physiotherapy');
  into.patientCareSettings.push({
    ...scoped,
    ptVisitsAuthorised: physiotherapy ? 6 : null,
    ptVisitsUsed: physiotherapy ? Math.min(6, Math.floor(history.sessions.length / 12)) : 0,
    reminderTime: '18:30',
    timeZone: 'UTC',
  });
  return into;
}
