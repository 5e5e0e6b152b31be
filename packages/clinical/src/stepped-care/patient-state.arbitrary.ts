import fc from 'fast-check';
import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';
import type { MedicationEntry } from '../medications/medication-list';
import {
  CARE_COMPONENTS,
  MEDICATION_TRIAL_OUTCOMES,
  type PatientState,
  patientStateSchema,
} from './patient-state';
import { daysAgo, medication, scenario } from './vignettes/builder';
import { redFlag } from './vignettes/vignette';

/**
 * Test support: a fast-check arbitrary of valid, varied patient states. It is biased
 * toward the interesting branches (decision points, exhausted medication tiers, red
 * flags, risky drug combinations) so the property tests reach them often.
 */

const DRUG_POOL: readonly [string, number, MedicationEntry['frequency']][] = [
  ['ibuprofen', 400, 'TID'],
  ['naproxen', 500, 'BID'],
  ['paracetamol', 1000, 'QID'],
  ['duloxetine', 60, 'daily'],
  ['tramadol', 50, 'QID'],
  ['oxycodone', 10, 'q12h'],
  ['morphine', 30, 'BID'],
  ['methadone', 10, 'TID'],
  ['buprenorphine', 10, 'weekly'],
  ['pregabalin', 150, 'BID'],
  ['gabapentin', 600, 'TID'],
  ['diazepam', 5, 'daily'],
  ['cyclobenzaprine', 10, 'TID'],
  ['sertraline', 50, 'daily'],
  ['phenelzine', 15, 'TID'],
  ['linezolid', 600, 'BID'],
  ['ramipril', 5, 'daily'],
  ['furosemide', 40, 'daily'],
  ['apixaban', 5, 'BID'],
  ['prednisolone', 20, 'daily'],
  ['sumatriptan', 50, 'daily'],
];

const medicationArbitrary = fc
  .tuple(
    fc.constantFrom(...DRUG_POOL),
    fc.double({ min: 0.5, max: 3, noNaN: true }),
    fc.integer({ min: 1, max: 300 }),
  )
  .map(([[drug, dose, frequency], multiplier, startedDaysAgo]) =>
    drug === 'buprenorphine'
      ? medication(drug, dose, frequency, {
          unit: 'mcg/h',
          route: 'transdermal',
          startDate: daysAgo(startedDaysAgo),
        })
      : medication(drug, Math.round(dose * multiplier), frequency, { startDate: daysAgo(startedDaysAgo) }),
  );

const redFlagArbitrary = fc
  .tuple(
    fc.constantFrom<RedFlagCondition>(
      'cauda-equina',
      'infection',
      'malignancy',
      'fracture',
      'axial-spondyloarthritis',
    ),
    fc.constantFrom<RedFlagAction>('emergency', 'urgent', 'rheumatology-referral'),
  )
  .map(([condition, action]) => redFlag(condition, action));

const trialArbitrary = fc.record({
  drugClass: fc.constantFrom('nsaid', 'snri', 'tramadol', 'opioid', 'muscle-relaxant') as fc.Arbitrary<
    'nsaid' | 'snri' | 'tramadol' | 'opioid' | 'muscle-relaxant'
  >,
  outcome: fc.constantFrom(...MEDICATION_TRIAL_OUTCOMES),
});

/** A nullable number that is null about half the time. */
const maybe = (arbitrary: fc.Arbitrary<number>) => fc.option(arbitrary, { nil: null });

export const patientStateArbitrary: fc.Arbitrary<PatientState> = fc
  .record({
    step: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    stepStartedDaysAgo: fc.oneof(fc.constantFrom(10, 45, 85, 100), fc.integer({ min: 0, max: 120 })),
    extraCareDays: fc.integer({ min: 0, max: 200 }),
    painAtStart: fc.integer({ min: 0, max: 10 }),
    painNow: fc.integer({ min: 0, max: 10 }),
    adherenceRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    pegNow: maybe(fc.integer({ min: 0, max: 10 })),
    withoutDiary: fc.boolean(),
    components: fc.subarray([...CARE_COMPONENTS]),
    riskGroup: fc.constantFrom('low', 'medium', 'high', null),
    phenotype: fc.constantFrom('mechanical', 'radicular', 'inflammatory', 'mixed'),
    redFlags: fc.array(redFlagArbitrary, { maxLength: 2 }),
    phq9Total: maybe(fc.integer({ min: 0, max: 27 })),
    phq9Item9: fc.constantFrom(0, 0, 0, 1),
    profile: fc.record({
      age: fc.integer({ min: 18, max: 95 }),
      egfr: maybe(fc.integer({ min: 5, max: 120 })),
      creatinineClearance: maybe(fc.integer({ min: 5, max: 140 })),
      heartFailure: fc.constantFrom('none', 'compensated', 'severe'),
      cardiovascularDisease: fc.boolean(),
      giBleedHistory: fc.constantFrom('none', 'past', 'active'),
      seizureRisk: fc.boolean(),
      pregnancyWeeks: maybe(fc.integer({ min: 4, max: 40 })),
      chronicLiverDisease: fc.boolean(),
      heavyAlcoholUse: fc.boolean(),
      copd: fc.boolean(),
      sleepApnoea: fc.boolean(),
      nsaidHypersensitivity: fc.boolean(),
    }),
    medications: fc.array(medicationArbitrary, { maxLength: 4 }),
    trials: fc.array(trialArbitrary, { maxLength: 5 }),
    visitsAuthorised: fc.integer({ min: 0, max: 10 }),
    visitsUsed: fc.integer({ min: 0, max: 12 }),
    flareStartedDaysAgo: maybe(fc.integer({ min: 0, max: 20 })),
    pdmpCheckedDaysAgo: maybe(fc.integer({ min: 0, max: 200 })),
    reviewedDaysAgo: maybe(fc.integer({ min: 0, max: 60 })),
  })
  .map((draw) =>
    scenario({
      step: draw.step,
      stepStartedDaysAgo: draw.stepStartedDaysAgo,
      careStartedDaysAgo: draw.stepStartedDaysAgo + (draw.step === 1 ? 0 : draw.extraCareDays),
      painAtStart: draw.painAtStart,
      painNow: draw.painNow,
      adherenceRate: draw.adherenceRate,
      pegNow: draw.pegNow,
      withoutDiary: draw.withoutDiary,
      components: draw.components,
      assessment: { riskGroup: draw.riskGroup, phenotype: draw.phenotype, redFlags: draw.redFlags },
      mood: { phq9Total: draw.phq9Total, phq9Item9: draw.phq9Item9, selfHarmSafetyFlag: draw.phq9Item9 > 0 },
      profile: draw.profile,
      medications: draw.medications,
      medicationTrials: draw.trials,
      physiotherapy: { visitsAuthorised: draw.visitsAuthorised, visitsUsed: draw.visitsUsed },
      opioidSafeguards: {
        pdmpCheckedOn: draw.pdmpCheckedDaysAgo === null ? null : daysAgo(draw.pdmpCheckedDaysAgo),
      },
      clinicianReviews: draw.reviewedDaysAgo === null ? [] : [{ date: daysAgo(draw.reviewedDaysAgo) }],
      records:
        draw.flareStartedDaysAgo === null
          ? {}
          : { flares: [{ startedOn: daysAgo(draw.flareStartedDaysAgo), endedOn: null }] },
    }),
  );

/** States at a week-12 decision, doing the programme and not improving: where escalation is decided. */
export const escalationStateArbitrary: fc.Arbitrary<PatientState> = fc
  .tuple(patientStateArbitrary, fc.array(trialArbitrary, { minLength: 2, maxLength: 6 }))
  .map(([state, trials]) =>
    patientStateSchema.parse({
      ...scenario({ step: state.currentStep.step, stepStartedDaysAgo: 85, careStartedDaysAgo: 200 }),
      profile: state.profile,
      medications: state.medications,
      medicationTrials: trials,
    }),
  );
