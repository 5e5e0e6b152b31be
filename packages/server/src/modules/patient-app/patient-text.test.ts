import { findMedicationInstructions, fleschKincaidGradeOfAll } from '@backplan/clinical/content-lint/index';
import { classifyMeaningfulChange } from '@backplan/clinical/outcomes/index';
import { findDrugInstructionsInPatientText } from '@backplan/clinical/stepped-care/index';
import { describe, expect, it } from 'vitest';
import { REMINDER_TEXT } from '../reminders/channels';
import { COMPONENT_TEXT, STEP_TEXT } from './care-plan';
import { explainChange } from './change-words';
import { MEASURE_REASONS } from './measures-due';
import {
  BLADDER_BOWEL_SADDLE_ACTION,
  CARE_TEAM_CAN_SEE_MEDICATIONS,
  CRISIS_RESOURCES,
  STOPPED_FOR_SYMPTOMS_ADVICE,
} from './patient-messages';

/**
 * Every sentence the server shows patients: plain language (reading grade 8 or
 * lower on average) and never an instruction to start, stop or change a
 * medicine (issue #7 quality rules; the clinical content lint).
 */
const PATIENT_TEXT: readonly string[] = [
  ...Object.values(COMPONENT_TEXT).flatMap((c) => [c.title, c.description]),
  ...Object.values(STEP_TEXT).flatMap((s) => [s.title, s.description]),
  ...Object.values(MEASURE_REASONS),
  BLADDER_BOWEL_SADDLE_ACTION.whatToDoNow,
  CARE_TEAM_CAN_SEE_MEDICATIONS,
  CRISIS_RESOURCES.message,
  ...CRISIS_RESOURCES.resources.map((r) => r.description),
  STOPPED_FOR_SYMPTOMS_ADVICE,
  REMINDER_TEXT.en.body,
  REMINDER_TEXT.en.email('https://backplan.example'),
  ...[
    [6, 2.5],
    [6, 3.5],
    [6, 5],
    [6, 6],
    [4, 6],
  ].map(([baseline, current]) =>
    explainChange('pain', classifyMeaningfulChange('pain', baseline ?? 0, current ?? 0)),
  ),
];

describe('patient-facing text from the server', () => {
  it('never tells anyone to start, stop or change a medicine', () => {
    for (const text of PATIENT_TEXT) {
      expect(findDrugInstructionsInPatientText(text), text).toEqual([]);
      expect(findMedicationInstructions(text), text).toEqual([]);
    }
  });

  it('reads at grade 8 or lower on average', () => {
    expect(fleschKincaidGradeOfAll(PATIENT_TEXT)).toBeLessThanOrEqual(8);
  });

  it('never shames a missed day', () => {
    for (const text of PATIENT_TEXT)
      expect(text, text).not.toMatch(/\b(missed|failed|streak|lazy|should have)\b/i);
  });
});
