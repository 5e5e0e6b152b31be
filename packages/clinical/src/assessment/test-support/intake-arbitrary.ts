import fc from 'fast-check';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../instruments/registry';
import type { InstrumentAnswerValue, InstrumentDefinition, InstrumentId } from '../../instruments/types';
import type { ClinicianClearance, Intake } from '../intake-schema';
import { NO_INFLAMMATORY_FEATURES, NO_RADICULAR_SYMPTOMS, NO_RED_FLAG_SYMPTOMS } from './intake-builder';

/**
 * Test support: fast-check arbitraries that produce any valid intake. Red-flag answers are
 * mostly "no" so that quiet intakes are explored as well as flagged ones.
 */
const mostlyNo = fc.oneof(
  { weight: 6, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

function booleansLike<T extends Record<string, boolean>>(shape: T): fc.Arbitrary<T> {
  return fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, mostlyNo]))) as fc.Arbitrary<T>;
}

/** Answers to one instrument: usually complete, sometimes with items left out (possibly too few to score). */
function answersFor(definition: InstrumentDefinition): fc.Arbitrary<Record<string, InstrumentAnswerValue>> {
  const perItem = definition.items.map((item) => {
    const values = item.options.map((option) => option.value);
    const one = fc.constantFrom(...values);
    const answer: fc.Arbitrary<InstrumentAnswerValue> = definition.allowsMultipleMarksPerItem
      ? fc.oneof(one, fc.uniqueArray(one, { minLength: 1, maxLength: 2 }))
      : one;
    return fc.option(answer, { freq: 8, nil: undefined }).map((value) => [item.id, value] as const);
  });
  return fc
    .tuple(...perItem)
    .map(
      (pairs) =>
        Object.fromEntries(pairs.filter(([, value]) => value !== undefined)) as Record<
          string,
          InstrumentAnswerValue
        >,
    );
}

const instrumentsArbitrary: fc.Arbitrary<Intake['instruments']> = fc.record(
  Object.fromEntries(INSTRUMENT_IDS.map((id: InstrumentId) => [id, answersFor(INSTRUMENTS[id].definition)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Intake['instruments']>;

const isoDateBetween = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const clearanceArbitrary = (assessedOn: string): fc.Arbitrary<ClinicianClearance> =>
  fc.record({
    condition: fc.constantFrom(
      'cauda-equina',
      'progressive-neurological-deficit',
      'malignancy',
      'infection',
      'fracture',
      'aortic-aneurysm',
      'axial-spondyloarthritis',
    ),
    clearedAction: fc.constantFrom('emergency', 'urgent', 'rheumatology-referral'),
    clearedOn: isoDateBetween('2024-01-01', assessedOn),
    clearedBy: fc.constantFrom('Dr A. Example', 'Physiotherapist B'),
    reason: fc.constant('Reviewed in clinic'),
  });

const optionalFinding = fc.option(mostlyNo, { nil: undefined });

const clinicianFindingsArbitrary = fc.record(
  {
    straightLegRaise: fc.constantFrom('positive', 'negative', 'not-tested'),
    directionalPreference: fc.constantFrom('extension', 'flexion', 'lateral-shift', 'none'),
    laxAnalSphincter: optionalFinding,
    upperMotorNeuronSigns: optionalFinding,
    widespreadNeurologicalSigns: optionalFinding,
    structuralDeformity: optionalFinding,
    contusionOrAbrasion: optionalFinding,
    pulsatileAbdominalMass: optionalFinding,
    raisedInflammatoryMarkers: optionalFinding,
    odiPercent: fc.integer({ min: 0, max: 100 }),
    rmdqTotal: fc.integer({ min: 0, max: 24 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NonNullable<Intake['clinicianFindings']>>;

const psychosocialArbitrary = fc.record(
  {
    fearOfMovement: optionalFinding,
    catastrophising: optionalFinding,
    poorSleep: optionalFinding,
    compensationClaim: optionalFinding,
    workStatus: fc.constantFrom('working', 'off-work-because-of-back-pain', 'retired'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NonNullable<Intake['psychosocial']>>;

export const intakeArbitrary: fc.Arbitrary<Intake> = isoDateBetween('2024-06-01', '2026-12-31').chain(
  (assessedOn) =>
    fc
      .record({
        assessedOn: fc.constant(assessedOn),
        ageYears: fc.integer({ min: 16, max: 100 }),
        sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
        duration: fc.oneof(
          fc.double({ min: 0, max: 600, noNaN: true }).map((weeks) => ({ painDurationWeeks: weeks })),
          isoDateBetween('2000-01-01', assessedOn).map((painStartedOn) => ({ painStartedOn })),
        ),
        instruments: instrumentsArbitrary,
        redFlagSymptoms: booleansLike(NO_RED_FLAG_SYMPTOMS),
        radicularSymptoms: fc.record(
          Object.fromEntries(Object.keys(NO_RADICULAR_SYMPTOMS).map((key) => [key, fc.boolean()])),
        ) as fc.Arbitrary<Intake['radicularSymptoms']>,
        inflammatoryFeatures: fc.record(
          Object.fromEntries(Object.keys(NO_INFLAMMATORY_FEATURES).map((key) => [key, fc.boolean()])),
        ) as fc.Arbitrary<Intake['inflammatoryFeatures']>,
        psychosocial: fc.option(psychosocialArbitrary, { nil: undefined }),
        clinicianFindings: fc.option(clinicianFindingsArbitrary, { nil: undefined }),
        clinicianClearance: fc.option(fc.array(clearanceArbitrary(assessedOn), { maxLength: 3 }), {
          nil: undefined,
        }),
      })
      .map(({ duration, psychosocial, clinicianFindings, clinicianClearance, ...rest }) => ({
        ...rest,
        ...duration,
        ...(psychosocial === undefined ? {} : { psychosocial }),
        ...(clinicianFindings === undefined ? {} : { clinicianFindings }),
        ...(clinicianClearance === undefined ? {} : { clinicianClearance }),
      })),
);
