import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../instruments/registry';
import type { InstrumentAnswers, InstrumentId } from '../../instruments/types';
import { demoRecord, demoResponse, demoUuid, emptyRecord, GENERATED_AT } from '../demo-record.test-support';
import { exportPatientBundle } from '../export-bundle';
import type { CheckInExport, PatientRecordExport } from '../record';
import { importFhirResources } from './import-resources';
import type { FhirImportRecords } from './import-types';

const OPTIONS = { generatedAt: GENERATED_AT } as const;

function importOrFail(input: unknown): FhirImportRecords {
  const result = importFhirResources(input);
  if (!result.ok) throw new Error(JSON.stringify(result.outcome.issue, null, 2));
  return result.records;
}

/** What must survive a round trip: instrument, day, and every score. */
function scoreKey(response: {
  instrumentId: string;
  answeredOn: string;
  scores: readonly { id: string; value: number }[];
}) {
  return `${response.answeredOn} ${response.instrumentId} ${response.scores.map((s) => `${s.id}=${s.value}`).join(' ')}`;
}

function checkInKey(checkIn: CheckInExport) {
  return {
    day: checkIn.day,
    pain: checkIn.pain,
    sleepQuality: checkIn.sleepQuality ?? null,
    mood: checkIn.mood ?? null,
    activityMinutes: checkIn.activityMinutes ?? null,
    flare: checkIn.flare,
    newBladderBowelSaddleSymptoms: checkIn.newBladderBowelSaddleSymptoms ?? null,
  };
}

describe('round trip: export, then import into an empty clinic', () => {
  const record = demoRecord();
  const imported = importOrFail(exportPatientBundle(record, OPTIONS));

  it('gives back every completed form with the same scores and dates', () => {
    expect(imported.instrumentResponses.map(scoreKey).sort()).toEqual(
      record.instrumentResponses.map(scoreKey).sort(),
    );
  });

  it('gives back the answers of every form that had them, and none for a recorded total', () => {
    for (const original of record.instrumentResponses) {
      const match = imported.instrumentResponses.find((r) => scoreKey(r) === scoreKey(original));
      expect(match?.answers ?? null).toEqual(original.answers);
    }
  });

  it('gives back every check-in value by day', () => {
    const { sourceIds: _ids, ...first } = imported.checkIns[0] ?? { sourceIds: [] };
    expect(first).toEqual(checkInKey(record.checkIns[0] as CheckInExport));
    expect(imported.checkIns.map(({ sourceIds: _s, ...rest }) => rest)).toEqual(
      record.checkIns.map(checkInKey),
    );
  });

  it('names the patient and lists what it did not import', () => {
    expect(imported.subject).toBe(`Patient/${record.patient.id}`);
    const skippedTypes = new Set(imported.skipped.map((s) => s.resourceType));
    expect(skippedTypes).toEqual(
      new Set([
        'Patient',
        'Condition',
        'Flag',
        'RiskAssessment',
        'CarePlan',
        'Goal',
        'MedicationStatement',
        'Provenance',
        'Questionnaire',
        'Observation',
      ]),
    );
  });

  it('round-trips a Bundle that carries the STarT Back wording too', () => {
    const licensed = importOrFail(
      exportPatientBundle(record, { ...OPTIONS, includeStartBackItemText: true }),
    );
    expect(licensed.instrumentResponses.map(scoreKey).sort()).toEqual(
      record.instrumentResponses.map(scoreKey).sort(),
    );
  });
});

/** Valid answers for any instrument: each item answered with one of its options, or left out. */
function answersArbitrary(id: InstrumentId): fc.Arbitrary<InstrumentAnswers> {
  const { definition } = INSTRUMENTS[id];
  const perItem = definition.items.map((item) =>
    fc.option(fc.constantFrom(...item.options.map((option) => option.value)), { nil: undefined }),
  );
  return fc
    .tuple(...perItem)
    .map((values) =>
      Object.fromEntries(
        definition.items.flatMap((item, index) =>
          values[index] === undefined ? [] : [[item.id, values[index]]],
        ),
      ),
    )
    .filter((answers) => Object.keys(answers).length >= Math.max(1, definition.minimumAnsweredItems));
}

describe('round trip properties', () => {
  it.each(INSTRUMENT_IDS)('%s: any valid answers come back with the same answers, scores and date', (id) => {
    fc.assert(
      fc.property(answersArbitrary(id), fc.integer({ min: 0, max: 3650 }), (answers, dayOffset) => {
        const day = new Date(Date.UTC(2020, 0, 1 + dayOffset)).toISOString().slice(0, 10);
        const response = demoResponse(demoUuid(900), id, day, answers);
        const record: PatientRecordExport = { ...emptyRecord(), instrumentResponses: [response] };
        const [back] = importOrFail(exportPatientBundle(record, OPTIONS)).instrumentResponses;
        expect(back?.answers).toEqual(answers);
        expect(back?.answeredOn).toBe(day);
        expect(back?.scores.map((s) => [s.id, s.value])).toEqual(response.scores.map((s) => [s.id, s.value]));
      }),
      { numRuns: 40 },
    );
  });

  it('any check-in comes back value for value', () => {
    const rating = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    const checkIn = fc.record({
      pain: fc.integer({ min: 0, max: 10 }),
      sleepQuality: rating,
      mood: rating,
      activityMinutes: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: null }),
      flare: fc.boolean(),
      newBladderBowelSaddleSymptoms: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(checkIn, (values) => {
        const row: CheckInExport = { id: demoUuid(901), day: '2025-05-05', ...values };
        const record: PatientRecordExport = { ...emptyRecord(), checkIns: [row] };
        const [back] = importOrFail(exportPatientBundle(record, OPTIONS)).checkIns;
        const { sourceIds: _ids, ...rest } = back ?? { sourceIds: [] };
        expect(rest).toEqual(checkInKey(row));
      }),
      { numRuns: 60 },
    );
  });
});
