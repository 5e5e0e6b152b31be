import type { Observation, Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { ODI } from '../odi';
import { PHQ_9, scorePhq9 } from '../phq';
import { INSTRUMENT_IDS, INSTRUMENTS, scoreInstrument } from '../registry';
import { RMDQ } from '../rmdq';
import { STARTBACK, scoreStartBack } from '../startback';
import type { InstrumentDefinition } from '../types';
import { fhirR4Errors } from './fhir-r4-validator.test-support';
import { scoresToObservations } from './observations';
import { instrumentToQuestionnaire } from './questionnaire';
import { answersToQuestionnaireResponse } from './questionnaire-response';

const SUBJECT = { reference: 'Patient/example' } as const;

/** Every item answered with its highest option. */
function maximalAnswers(definition: InstrumentDefinition): Record<string, number> {
  return Object.fromEntries(
    definition.items.map((item) => [item.id, Math.max(...item.options.map((option) => option.value))]),
  );
}

describe('FHIR R4 rendering of every instrument', () => {
  describe.each(INSTRUMENT_IDS)('%s', (id) => {
    const { definition } = INSTRUMENTS[id];
    const answers = maximalAnswers(definition);
    const questionnaire: Questionnaire = instrumentToQuestionnaire(definition);
    const response: QuestionnaireResponse = answersToQuestionnaireResponse(definition, answers, {
      subject: SUBJECT,
      authored: '2025-03-10',
      id: `qr-${id}`,
    });
    const observations: Observation[] = scoresToObservations(scoreInstrument(id, answers), {
      subject: SUBJECT,
      effective: '2025-03-10',
      derivedFrom: { reference: `QuestionnaireResponse/qr-${id}` },
      idPrefix: `obs-${id}`,
    });

    it('produces resources that validate against the R4 JSON Schema', { timeout: 60_000 }, () => {
      expect(fhirR4Errors(questionnaire)).toEqual([]);
      expect(fhirR4Errors(response)).toEqual([]);
      for (const observation of observations) expect(fhirR4Errors(observation)).toEqual([]);
    });

    it('links every answered item to a Questionnaire item', () => {
      const linkIds = new Set(questionnaire.item?.map((item) => item.linkId));
      expect(response.item?.every((item) => linkIds.has(item.linkId))).toBe(true);
      expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
    });

    it('makes one Observation per score, in the score’s range', () => {
      expect(observations).toHaveLength(definition.scoreDefinitions.length);
      for (const [index, observation] of observations.entries()) {
        const scoreDefinition = definition.scoreDefinitions[index];
        expect(observation.valueQuantity?.value).toBeLessThanOrEqual(scoreDefinition?.max ?? Number.NaN);
      }
    });
  });
});

describe('Questionnaire content follows the licence rules (clinical.md §3.0)', () => {
  it('PHQ-9 carries LOINC panel, item and answer codes with the Pfizer notice', () => {
    const questionnaire = instrumentToQuestionnaire(PHQ_9);
    expect(questionnaire.code?.[0]?.code).toBe('44249-1');
    const item9 = questionnaire.item?.find((item) => item.linkId === 'self-harm-thoughts');
    expect(item9?.code?.[0]?.code).toBe('44260-8');
    expect(item9?.answerOption?.map((option) => option.valueCoding?.code)).toEqual([
      'LA6568-5',
      'LA6569-3',
      'LA6570-1',
      'LA6571-9',
    ]);
    expect(questionnaire.copyright).toContain('Pfizer');
  });

  it('ODI and RMDQ show only our labels and bare values, never statement wording', () => {
    const odi = instrumentToQuestionnaire(ODI);
    const lifting = odi.item?.find((item) => item.linkId === 'lifting');
    expect(lifting?.text).toBe('Lifting');
    expect(lifting?.repeats).toBe(true);
    expect(lifting?.answerOption?.map((option) => option.valueInteger)).toEqual([0, 1, 2, 3, 4, 5]);
    const rmdq = instrumentToQuestionnaire(RMDQ);
    expect(rmdq.item?.[0]).toMatchObject({
      linkId: 'statement-01',
      text: 'RMDQ statement 1',
      type: 'boolean',
    });
  });

  it('STarT Back carries Keele’s notice and its scoring as ordinal values', () => {
    const questionnaire = instrumentToQuestionnaire(STARTBACK);
    expect(questionnaire.copyright).toContain('© Keele University');
    const bothersomeness = questionnaire.item?.find((item) => item.linkId === 'bothersomeness');
    expect(bothersomeness?.answerOption?.map((option) => option.extension?.[0]?.valueDecimal)).toEqual([
      0, 0, 0, 1, 1,
    ]);
  });
});

describe('QuestionnaireResponse and Observations', () => {
  it('keeps both marks of an ODI section marked twice', () => {
    const answers = { ...maximalAnswers(ODI), walking: [1, 3] };
    const response = answersToQuestionnaireResponse(ODI, answers, {
      subject: SUBJECT,
      authored: '2025-03-10',
    });
    expect(response.item?.find((item) => item.linkId === 'walking')?.answer).toEqual([
      { valueInteger: 1 },
      { valueInteger: 3 },
    ]);
  });

  it('refuses answers that cannot be rendered, naming the item', () => {
    expect(() =>
      answersToQuestionnaireResponse(PHQ_9, { sleep: 7 }, { subject: SUBJECT, authored: '2025-03-10' }),
    ).toThrowError(/phq-9\.sleep/);
  });

  it('gives the STarT Back overall score its LOINC code and the subscale our own code', () => {
    const answers = maximalAnswers(STARTBACK);
    const [overall, distress] = scoresToObservations(scoreStartBack(answers), {
      subject: SUBJECT,
      effective: '2025-03-10',
    });
    expect(overall?.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '91351-7' });
    expect(overall?.interpretation?.[0]?.text).toContain('High risk');
    expect(distress?.code.coding?.[0]?.code).toBe('startback-distress');
    expect(distress?.valueQuantity?.value).toBe(5);
  });

  it('puts the safety message in the PHQ-9 Observation interpretation', () => {
    const answers = { ...maximalAnswers(PHQ_9) };
    const [observation] = scoresToObservations(scorePhq9(answers), {
      subject: SUBJECT,
      effective: '2025-03-10',
    });
    expect(observation?.code.coding?.[0]?.code).toBe('44261-6');
    expect(observation?.interpretation?.[0]?.text).toContain('safety workflow');
  });
});
