import { INSTRUMENTS, scoreInstrument } from '../instruments/registry';
import type { InstrumentAnswers, InstrumentId } from '../instruments/types';
import { demoAssessments } from './demo-assessments.test-support';
import type { InstrumentResponseExport, PatientRecordExport } from './record';

/**
 * Test support: a full demo patient covering every table the export reads, and helpers to
 * build variants. Ids are fixed UUIDs so resource ids are stable across runs.
 */

export function demoUuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Answers given by position on the form: `values[i]` answers item i + 1 (null leaves it unanswered). */
export function answersByPosition(
  id: InstrumentId,
  values: readonly (number | readonly number[] | null)[],
): InstrumentAnswers {
  const { items } = INSTRUMENTS[id].definition;
  return Object.fromEntries(
    items.flatMap((item, index) => {
      const value = values[index];
      return value === undefined || value === null ? [] : [[item.id, value]];
    }),
  );
}

export function demoResponse(
  id: string,
  instrumentId: InstrumentId,
  answeredOn: string,
  answers: InstrumentAnswers,
  source: InstrumentResponseExport['source'] = 'patient',
): InstrumentResponseExport {
  const result = scoreInstrument(instrumentId, answers);
  return {
    id,
    instrumentId,
    instrumentVersion: INSTRUMENTS[instrumentId].definition.version,
    answeredOn,
    answers,
    scores: result.scores.map((score) => ({ id: score.id, value: score.value })),
    source,
  };
}

export function demoRecord(): PatientRecordExport {
  const patientId = demoUuid(1);
  let responseNumber = 100;
  const response = (
    ...args: Parameters<typeof demoResponse> extends [string, ...infer Rest] ? Rest : never
  ) => {
    responseNumber += 1;
    return demoResponse(demoUuid(responseNumber), ...args);
  };
  return {
    patient: { id: patientId, orgId: demoUuid(2), accountDeleted: false },
    assessments: demoAssessments(),
    instrumentResponses: [
      response('pain-nrs', '2025-01-06', answersByPosition('pain-nrs', [7])),
      response('peg-3', '2025-01-06', answersByPosition('peg-3', [7, 6, 7])),
      response('phq-2', '2025-01-06', answersByPosition('phq-2', [2, 1])),
      response('phq-9', '2025-01-06', answersByPosition('phq-9', [2, 1, 2, 2, 1, 1, 1, 1, 1])),
      response('gad-2', '2025-01-06', answersByPosition('gad-2', [1, 1])),
      response('gad-7', '2025-01-06', answersByPosition('gad-7', [1, 1, 2, 1, 1, 1, 1])),
      response('startback', '2025-01-06', answersByPosition('startback', [1, 0, 1, 1, 1, 1, 0, 1, 3])),
      response('odi', '2025-01-06', answersByPosition('odi', [3, 1, [2, 4], 2, 2, 2, 1, null, 1, 2])),
      response('rmdq', '2025-01-06', answersByPosition('rmdq', [1, 1, 0, 1, 0, 1, 1, 0, 0, 1])),
      response('peg-3', '2025-02-17', answersByPosition('peg-3', [4, 3, 4]), 'clinician'),
      response('startback', '2025-02-17', answersByPosition('startback', [1, 0, 1, 1, 0, 1, 0, 1, 2])),
      {
        id: demoUuid(90),
        instrumentId: 'odi',
        instrumentVersion: '2.1a',
        answeredOn: '2025-02-17',
        answers: null,
        scores: [{ id: 'odi-percent', value: 24 }],
        source: 'clinician',
      },
      response('gad-7', '2025-02-17', answersByPosition('gad-7', [1, 0, 1, 1, 0, 1, 1]), 'import'),
    ],
    checkIns: [
      {
        id: demoUuid(20),
        day: '2025-01-20',
        pain: 6,
        sleepQuality: 4,
        mood: 5,
        activityMinutes: 25,
        sideEffects: ['nausea', 'dizzy'],
        flare: false,
        newBladderBowelSaddleSymptoms: false,
        note: 'Walked to the shop.',
      },
      { id: demoUuid(21), day: '2025-01-21', pain: 8, flare: true },
      {
        id: demoUuid(22),
        day: '2025-01-22',
        pain: 5,
        sleepQuality: 6,
        mood: null,
        activityMinutes: 0,
        flare: false,
      },
    ],
    carePlans: [
      {
        id: demoUuid(30),
        version: 1,
        effectiveFrom: '2025-01-07',
        step: 1,
        stepStartedOn: '2025-01-07',
        components: [
          { kind: 'education', startedOn: '2025-01-07' },
          { kind: 'home-exercise', startedOn: '2025-01-07' },
        ],
        programme: {
          daysPerWeek: 5,
          exercises: [
            { exerciseId: 'dp-prone-elbows', dose: { kind: 'reps', sets: 2, reps: 10, holdSeconds: 5 } },
            { exerciseId: 'fx-lying-hamstring', dose: { kind: 'reps', sets: 1, reps: 3, holdSeconds: 30 } },
          ],
        },
        reason: 'Step 1 programme after the intake assessment.',
      },
      {
        id: demoUuid(31),
        version: 2,
        effectiveFrom: '2025-02-18',
        step: 2,
        stepStartedOn: '2025-02-18',
        components: [
          { kind: 'education', startedOn: '2025-01-07' },
          { kind: 'home-exercise', startedOn: '2025-01-07' },
          { kind: 'psychologically-informed-physiotherapy', startedOn: '2025-02-18' },
          { kind: 'a-future-component', startedOn: '2025-02-18' },
        ],
        programme: {
          daysPerWeek: 4,
          exercises: [{ exerciseId: 'not-in-catalogue', dose: { kind: 'duration', minutes: 15 } }],
        },
        reason: 'Not improving at week 6; clinician accepted step 2.',
      },
    ],
    sessionLogs: [
      {
        id: demoUuid(40),
        day: '2025-01-20',
        carePlanVersion: 1,
        exercises: [
          { exerciseId: 'dp-prone-elbows', outcome: 'done', painDuring: 3 },
          { exerciseId: 'fx-lying-hamstring', outcome: 'skipped' },
        ],
        completed: false,
        maxPainDuring: 3,
        settledNextMorning: true,
        stoppedForSymptoms: false,
      },
      {
        id: demoUuid(41),
        day: '2025-01-21',
        carePlanVersion: 1,
        exercises: [],
        completed: false,
        stoppedForSymptoms: true,
      },
    ],
    flareEpisodes: [
      { id: demoUuid(50), startedOn: '2025-01-21', endedOn: '2025-01-24' },
      { id: demoUuid(51), startedOn: '2025-02-20' },
    ],
    medications: [
      {
        id: demoUuid(60),
        drug: 'naproxen',
        dose: 500,
        unit: 'mg',
        frequency: 'BID',
        route: 'oral',
        startedOn: '2025-01-07',
        recordedBy: 'patient',
      },
      {
        id: demoUuid(61),
        drug: 'fentanyl',
        dose: 25,
        unit: 'mcg/h',
        frequency: 'every-72h',
        route: 'transdermal',
        startedOn: '2024-10-01',
        stoppedOn: '2025-01-15',
        recordedBy: 'clinician',
      },
      {
        id: demoUuid(62),
        drug: 'paracetamol',
        dose: 1,
        unit: 'g',
        frequency: 'as-needed',
        route: 'oral',
        prnMaxDosesPerDay: 4,
        startedOn: '2025-01-07',
        recordedBy: 'patient',
      },
      {
        id: demoUuid(63),
        drug: 'something unusual',
        dose: 2,
        unit: 'puffs',
        frequency: 'every other day',
        route: 'inhaled',
        startedOn: '2025-01-07',
        recordedBy: 'clinician',
      },
    ],
    goals: [
      {
        id: demoUuid(70),
        status: 'active',
        goal: {
          id: 'goal-walk',
          activity: 'walk to the park and back',
          measure: 'minutes',
          target: 20,
          period: 'day',
          daysPerWeek: 5,
          reason: 'To walk my grandson to school',
          startDate: '2025-01-08',
          deadline: '2025-03-01',
          confidence: 7,
        },
      },
      {
        id: demoUuid(71),
        status: 'achieved',
        goal: {
          id: 'goal-garden',
          activity: 'garden in the back yard',
          measure: 'times',
          target: 2,
          period: 'week',
          reason: 'I enjoy it',
          startDate: '2025-01-08',
          deadline: '2025-02-08',
          confidence: 8,
        },
      },
    ],
  };
}

/** A record with only what every patient has: the Patient row and nothing recorded yet. */
export function emptyRecord(patientId = demoUuid(5)): PatientRecordExport {
  return {
    patient: { id: patientId, orgId: demoUuid(2), accountDeleted: false },
    assessments: [],
    instrumentResponses: [],
    checkIns: [],
    carePlans: [],
    sessionLogs: [],
    flareEpisodes: [],
    medications: [],
    goals: [],
  };
}

export const GENERATED_AT = '2025-03-01T12:00:00Z';
