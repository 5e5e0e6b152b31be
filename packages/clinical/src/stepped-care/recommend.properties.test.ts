import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMedicationInstructions } from '../content-lint/medication-instructions';
import { drugClassContraindications } from '../medications/contraindications';
import type { DrugClass } from '../medications/drug-classes';
import { CARD_SUMMARY_MAX_LENGTH, type DecisionCard, decisionCardSchema } from './card';
import { findDrugInstructionsInPatientText } from './patient-language';
import type { PatientState } from './patient-state';
import { escalationStateArbitrary, patientStateArbitrary } from './patient-state.arbitrary';
import { recommend } from './recommend';
import { redFlag } from './vignettes/vignette';

const RUNS = { numRuns: 300 };

/** Independent of the engine: is this class recorded as failed / not tolerated / contraindicated, or contraindicated now? */
function exhausted(state: PatientState, drugClass: DrugClass): boolean {
  const recorded = state.medicationTrials.some(
    (trial) => trial.drugClass === drugClass && trial.outcome !== 'helped',
  );
  return recorded || drugClassContraindications(drugClass, state.profile, state.medications).length > 0;
}

const suggestedClasses = (cards: readonly DecisionCard[]) =>
  cards.flatMap((card) =>
    card.suggestions.filter(
      (suggestion) => suggestion.actionType === 'consider-medication' && suggestion.drugClass,
    ),
  );

describe('recommend: properties over generated patient states', () => {
  it('an active emergency red flag gives the emergency card and nothing else', () => {
    fc.assert(
      fc.property(patientStateArbitrary, (state) => {
        const withEmergency: PatientState = {
          ...state,
          redFlagClearances: [],
          assessment: {
            ...state.assessment,
            redFlags: [...state.assessment.redFlags, redFlag('cauda-equina', 'emergency')],
          },
        };
        const cards = recommend(withEmergency);
        expect(cards.map((card) => card.ruleId)).toEqual(['emergency-red-flag']);
      }),
      RUNS,
    );
  });

  it('never shows the emergency card without an active emergency flag', () => {
    fc.assert(
      fc.property(patientStateArbitrary, (state) => {
        const noEmergency: PatientState = {
          ...state,
          assessment: {
            ...state.assessment,
            redFlags: state.assessment.redFlags.filter((flag) => flag.action !== 'emergency'),
          },
        };
        expect(recommend(noEmergency).some((card) => card.ruleId === 'emergency-red-flag')).toBe(false);
      }),
      RUNS,
    );
  });

  it('never suggests an opioid unless NSAID, SNRI and tramadol are failed or contraindicated; tramadol only after the NSAID', () => {
    fc.assert(
      fc.property(fc.oneof(patientStateArbitrary, escalationStateArbitrary), (state) => {
        for (const suggestion of suggestedClasses(recommend(state))) {
          if (suggestion.drugClass === 'opioid') {
            expect(
              exhausted(state, 'nsaid') && exhausted(state, 'snri') && exhausted(state, 'tramadol'),
            ).toBe(true);
          }
          if (suggestion.drugClass === 'tramadol') expect(exhausted(state, 'nsaid')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never suggests a contraindicated drug', () => {
    fc.assert(
      fc.property(fc.oneof(patientStateArbitrary, escalationStateArbitrary), (state) => {
        for (const suggestion of suggestedClasses(recommend(state))) {
          const drugClass = suggestion.drugClass as DrugClass;
          expect(drugClassContraindications(drugClass, state.profile, state.medications)).toEqual([]);
          expect(
            state.medicationTrials.some(
              (trial) => trial.drugClass === drugClass && trial.outcome === 'contraindicated',
            ),
          ).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('never suggests a gabapentinoid', () => {
    fc.assert(
      fc.property(fc.oneof(patientStateArbitrary, escalationStateArbitrary), (state) => {
        expect(
          suggestedClasses(recommend(state)).some((suggestion) => suggestion.drugClass === 'gabapentinoid'),
        ).toBe(false);
      }),
      RUNS,
    );
  });

  it('patient text never tells anyone to take, start, stop or change a drug', () => {
    fc.assert(
      fc.property(fc.oneof(patientStateArbitrary, escalationStateArbitrary), (state) => {
        for (const card of recommend(state)) {
          const text = `${card.patient.summary}. ${card.patient.detail}`;
          expect(findDrugInstructionsInPatientText(text), card.ruleId).toEqual([]);
          expect(findMedicationInstructions(text), card.ruleId).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('does not escalate when the programme is not being done', () => {
    const escalation = /^(step2-(nsaid|second|record|gabapentinoid)|opioid-last-resort|step3-)/;
    fc.assert(
      fc.property(patientStateArbitrary, (state) => {
        const cards = recommend(state);
        if (cards.some((card) => card.ruleId === 'decision-not-doing-it')) {
          expect(cards.filter((card) => escalation.test(card.ruleId)).map((card) => card.ruleId)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('returns valid, unique, sourced cards, and is pure (same input, same output, input untouched)', () => {
    fc.assert(
      fc.property(patientStateArbitrary, (state) => {
        const before = structuredClone(state);
        const cards = recommend(state);
        expect(state).toEqual(before);
        expect(recommend(before)).toEqual(cards);
        expect(new Set(cards.map((card) => card.ruleId)).size).toBe(cards.length);
        for (const card of cards) {
          expect(decisionCardSchema.safeParse(card).success, card.ruleId).toBe(true);
          expect(card.summary.length).toBeLessThanOrEqual(CARD_SUMMARY_MAX_LENGTH);
          expect(card.source.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('reaches the branches the properties are about (generator sanity check)', () => {
    const samples = fc.sample(fc.oneof(patientStateArbitrary, escalationStateArbitrary), {
      numRuns: 600,
      seed: 42,
    });
    const ruleIds = new Set(samples.flatMap((state) => recommend(state).map((card) => card.ruleId)));
    for (const id of [
      'emergency-red-flag',
      'opioid-last-resort-with-safeguards',
      'step2-second-line-duloxetine-tramadol',
      'step2-nsaid-first',
      'step2-muscle-relaxant-flare',
      'decision-not-doing-it',
      'opioid-benzodiazepine',
    ]) {
      expect(ruleIds.has(id), id).toBe(true);
    }
  });
});
