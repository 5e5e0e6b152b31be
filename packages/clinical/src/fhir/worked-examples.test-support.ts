import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import { scoreInstrument } from '../instruments/registry';
import type { InstrumentAnswers, InstrumentId } from '../instruments/types';
import { backplanCodeSystem } from './backplan-code-system';
import { answersByPosition } from './demo-record.test-support';
import { exportPatientBundle } from './export-bundle';
import { importFhirResources } from './import/import-resources';
import type { InstrumentResponseExport, PatientRecordExport } from './record';

/**
 * Test support: the worked examples of docs/fhir.md. `worked-examples.test.ts` checks that the
 * files in docs/examples/fhir are exactly what these functions produce today, and
 * packages/clinical/test/fhir/write-worked-examples.ts rewrites them after a deliberate change.
 */

const PATIENT_ID = '3f6c2a8e-1b4d-4c7a-9e2f-5d8b0a1c3e7f';
const ORG_ID = '9a1e4c2b-7d3f-4b8a-8c6e-2f0d1b3a5c7e';
const id = (n: number): string => `6b0e7d2c-4a1f-4e3b-8d9c-${String(n).padStart(12, '0')}`;

function response(
  n: number,
  instrumentId: InstrumentId,
  answeredOn: string,
  answers: InstrumentAnswers,
): InstrumentResponseExport {
  const result = scoreInstrument(instrumentId, answers);
  return {
    id: id(n),
    instrumentId,
    instrumentVersion: result.instrumentVersion,
    answeredOn,
    answers,
    scores: result.scores.map((score) => ({ id: score.id, value: score.value })),
    source: 'patient',
  };
}

/** Example 01: a patient four weeks into step 1, with the intake scores and a week of diary. */
export function exampleRecord(): PatientRecordExport {
  return {
    patient: { id: PATIENT_ID, orgId: ORG_ID, accountDeleted: false },
    assessments: [
      {
        id: id(1),
        kind: 'intake',
        assessedOn: '2025-03-10',
        result: {
          assessedOn: '2025-03-10',
          chronicity: 'chronic',
          phenotype: 'radicular',
          directionalPreference: null,
          riskGroup: 'high',
          redFlags: [],
          mood: {
            phq2Total: 3,
            phq9Total: null,
            phq9Item9: null,
            gad2Total: 2,
            gad7Total: null,
            selfHarmSafetyFlag: false,
          },
          baseline: { painNrs: 7, peg: 6.3, startBackTotal: 7, startBackDistress: 4 },
          programmeEligibility: { eligible: true, requiredAction: null, reasons: [] },
        },
      },
    ],
    instrumentResponses: [
      response(10, 'pain-nrs', '2025-03-10', answersByPosition('pain-nrs', [7])),
      response(11, 'peg-3', '2025-03-10', answersByPosition('peg-3', [7, 6, 6])),
      response(12, 'startback', '2025-03-10', answersByPosition('startback', [1, 0, 1, 1, 1, 1, 1, 0, 3])),
      response(13, 'phq-2', '2025-03-10', answersByPosition('phq-2', [2, 1])),
      response(14, 'phq-9', '2025-03-17', answersByPosition('phq-9', [2, 1, 1, 2, 1, 0, 1, 0, 0])),
    ],
    checkIns: [
      { id: id(20), day: '2025-04-07', pain: 6, sleepQuality: 5, mood: 6, activityMinutes: 20, flare: false },
      { id: id(21), day: '2025-04-08', pain: 5, flare: false, newBladderBowelSaddleSymptoms: false },
    ],
    carePlans: [
      {
        id: id(30),
        version: 1,
        effectiveFrom: '2025-03-11',
        step: 1,
        stepStartedOn: '2025-03-11',
        components: [
          { kind: 'education', startedOn: '2025-03-11' },
          { kind: 'home-exercise', startedOn: '2025-03-11' },
          { kind: 'self-management', startedOn: '2025-03-11' },
        ],
        programme: {
          daysPerWeek: 5,
          exercises: [
            { exerciseId: 'nv-seated-slider', dose: { kind: 'reps', sets: 2, reps: 10, holdSeconds: 0 } },
            { exerciseId: 'ae-walk', dose: { kind: 'duration', minutes: 15 } },
          ],
        },
        reason: 'Step 1 after the intake assessment.',
      },
    ],
    sessionLogs: [
      {
        id: id(40),
        day: '2025-04-07',
        carePlanVersion: 1,
        exercises: [
          { exerciseId: 'nv-seated-slider', outcome: 'done', painDuring: 4 },
          { exerciseId: 'ae-walk', outcome: 'easier', painDuring: 3 },
        ],
        completed: true,
        maxPainDuring: 4,
        settledNextMorning: true,
        stoppedForSymptoms: false,
      },
    ],
    flareEpisodes: [],
    medications: [
      {
        id: id(50),
        drug: 'naproxen',
        dose: 500,
        unit: 'mg',
        frequency: 'BID',
        route: 'oral',
        startedOn: '2025-03-20',
        recordedBy: 'patient',
      },
    ],
    goals: [
      {
        id: id(60),
        status: 'active',
        goal: {
          id: 'walk-to-work',
          activity: 'walk to the bus stop and back',
          measure: 'minutes',
          target: 15,
          period: 'day',
          daysPerWeek: 5,
          reason: 'To get back to work without a lift',
          startDate: '2025-03-12',
          deadline: '2025-05-12',
          confidence: 7,
        },
      },
    ],
  };
}

const EXPORT_OPTIONS = {
  generatedAt: '2025-04-14T09:00:00Z',
  fhirBaseUrl: 'https://clinic.example/fhir/R4',
} as const;

/** Example 02: a PHQ-9 from another system's LHC-Forms, LOINC-coded, with its total. */
export function examplePhq9FromAnotherSystem(): QuestionnaireResponse {
  const items = [
    '44250-9',
    '44255-8',
    '44259-0',
    '44254-1',
    '44251-7',
    '44258-2',
    '44252-5',
    '44253-3',
    '44260-8',
  ];
  const answers = [
    'LA6569-3',
    'LA6569-3',
    'LA6570-1',
    'LA6569-3',
    'LA6568-5',
    'LA6568-5',
    'LA6569-3',
    'LA6568-5',
    'LA6568-5',
  ];
  return {
    resourceType: 'QuestionnaireResponse',
    id: 'ehr-phq9-20250502',
    questionnaire: 'http://loinc.org/q/44249-1',
    status: 'completed',
    subject: { reference: `Patient/${PATIENT_ID}` },
    authored: '2025-05-02T10:20:00+01:00',
    item: [
      {
        linkId: '/44249-1',
        text: 'PHQ-9 quick depression assessment panel',
        item: [
          ...items.map((code, index) => ({
            linkId: `/44249-1/${code}`,
            answer: [{ valueCoding: { system: 'http://loinc.org', code: answers[index] } }],
          })),
          { linkId: '/44249-1/44261-6', text: 'PHQ-9 total score', answer: [{ valueDecimal: 6 }] },
        ],
      },
    ],
  };
}

/** Example 03: a Bundle whose PHQ-2 response has an answer code that is not a PHQ answer. */
export function exampleBadAnswerBundle(): Bundle {
  const record: PatientRecordExport = {
    ...exampleRecord(),
    assessments: [],
    instrumentResponses: [response(13, 'phq-2', '2025-03-10', answersByPosition('phq-2', [2, 1]))],
    checkIns: [],
    carePlans: [],
    sessionLogs: [],
    medications: [],
    goals: [],
  };
  const bundle = structuredClone(exportPatientBundle(record, EXPORT_OPTIONS));
  const phq2 = bundle.entry?.find(
    (entry) => entry.resource?.resourceType === 'QuestionnaireResponse',
  )?.resource;
  const coding =
    phq2?.resourceType === 'QuestionnaireResponse' ? phq2.item?.[1]?.answer?.[0]?.valueCoding : undefined;
  if (coding !== undefined) coding.code = 'LA6752-5';
  return bundle;
}

export function fhirWorkedExamples(): readonly { readonly file: string; readonly content: unknown }[] {
  const record = exampleRecord();
  const foreign = examplePhq9FromAnotherSystem();
  const bad = exampleBadAnswerBundle();
  const rejected = importFhirResources(bad);
  return [
    { file: '01-patient-record.export-input.json', content: record },
    { file: '01-patient-everything.bundle.json', content: exportPatientBundle(record, EXPORT_OPTIONS) },
    { file: '02-phq9-from-another-system.questionnaire-response.json', content: foreign },
    { file: '02-phq9-from-another-system.import-result.json', content: importFhirResources(foreign) },
    { file: '03-bad-answer.bundle.json', content: bad },
    { file: '03-bad-answer.operation-outcome.json', content: rejected.ok ? null : rejected.outcome },
    { file: 'backplan-codesystem.json', content: backplanCodeSystem() },
  ];
}
