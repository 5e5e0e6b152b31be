import { describe, expect, it } from 'vitest';
import { findMedicationInstructions } from '../content-lint/medication-instructions';
import { MEDICATION_RULE_IDS } from '../medications/medication-rules';
import { CARD_SUMMARY_MAX_LENGTH, decisionCardSchema } from './card';
import { findDrugInstructionsInPatientText } from './patient-language';
import { recommend } from './recommend';
import { STEPPED_CARE_RULE_IDS } from './rules';
import { VIGNETTES } from './vignettes/index';

describe('clinical vignettes (table-driven)', () => {
  it.each(VIGNETTES.map((vignette) => [`${vignette.id} ${vignette.title}`, vignette] as const))(
    '%s',
    (_name, vignette) => {
      const cards = recommend(vignette.state);
      expect(cards.map((card) => card.ruleId).sort()).toEqual([...vignette.expected].sort());
    },
  );

  it('has at least 40 vignettes with unique ids', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VIGNETTES.map((vignette) => vignette.id)).size).toBe(VIGNETTES.length);
  });

  it('exercises every stepped-care and medication rule at least once', () => {
    const exercised = new Set(VIGNETTES.flatMap((vignette) => vignette.expected));
    const unexercised = [...STEPPED_CARE_RULE_IDS, ...MEDICATION_RULE_IDS].filter((id) => !exercised.has(id));
    expect(unexercised).toEqual([]);
  });

  it('produces valid cards with short summaries and safe patient text in every vignette', () => {
    for (const vignette of VIGNETTES) {
      for (const card of recommend(vignette.state)) {
        expect(decisionCardSchema.parse(card), `${vignette.id} ${card.ruleId}`).toEqual(card);
        expect(card.summary.length).toBeLessThanOrEqual(CARD_SUMMARY_MAX_LENGTH);
        const patientText = `${card.patient.summary}. ${card.patient.detail}`;
        expect(findDrugInstructionsInPatientText(patientText), `${vignette.id} ${card.ruleId}`).toEqual([]);
        expect(findMedicationInstructions(patientText), `${vignette.id} ${card.ruleId}`).toEqual([]);
      }
    }
  });
});
