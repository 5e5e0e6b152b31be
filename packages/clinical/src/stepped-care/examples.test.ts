import { describe, expect, it } from 'vitest';
import exampleOneCards from '../../../../docs/examples/stepped-care/01-week-12-sciatica-doing-it-not-improving.expected-cards.json';
import exampleOneState from '../../../../docs/examples/stepped-care/01-week-12-sciatica-doing-it-not-improving.patient-state.json';
import exampleTwoCards from '../../../../docs/examples/stepped-care/02-cauda-equina-emergency.expected-cards.json';
import exampleTwoState from '../../../../docs/examples/stepped-care/02-cauda-equina-emergency.patient-state.json';
import exampleThreeCards from '../../../../docs/examples/stepped-care/03-step-3-non-opioid-options-exhausted.expected-cards.json';
import exampleThreeState from '../../../../docs/examples/stepped-care/03-step-3-non-opioid-options-exhausted.patient-state.json';
import exampleFourReport from '../../../../docs/examples/stepped-care/04-opioid-list.expected-mme-report.json';
import exampleFourList from '../../../../docs/examples/stepped-care/04-opioid-list.medication-list.json';
import { medicationListSchema } from '../medications/medication-list';
import { computeMme, mmeReportSchema } from '../medications/safety-alerts';
import { decisionCardsSchema } from './card';
import { parsePatientState } from './parse';
import { recommend } from './recommend';

const cardExamples = [
  ['01 week-12 sciatica, doing it, not improving', exampleOneState, exampleOneCards],
  ['02 cauda equina emergency', exampleTwoState, exampleTwoCards],
  ['03 step 3, non-opioid options exhausted', exampleThreeState, exampleThreeCards],
] as const;

describe('worked examples in docs/examples/stepped-care stay correct', () => {
  it.each(cardExamples)('%s', (_name, stateJson, expectedJson) => {
    const parsed = parsePatientState(stateJson);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const expected = decisionCardsSchema.parse(expectedJson);
    expect(recommend(parsed.state)).toEqual(expected);
  });

  it('04 MME report for the opioid list', () => {
    const list = medicationListSchema.parse(exampleFourList);
    const report = computeMme(list);
    expect(report).toEqual(mmeReportSchema.parse(exampleFourReport));
    expect(report.totalMmePerDay).toBe(372);
    expect(report.lines.map((line) => line.mmePerDay)).toEqual([60, 30, 282, null]);
  });
});
