import { describe, expect, it } from 'vitest';
import { parsePatientState } from './parse';
import { steppedCareJsonSchemas } from './schemas';
import { scenario } from './vignettes/builder';

const valid = () => JSON.parse(JSON.stringify(scenario())) as Record<string, unknown>;

describe('parsePatientState', () => {
  it('accepts a valid state and fills defaults for omitted lists', () => {
    const json = valid();
    delete json.medications;
    delete json.clinicianReviews;
    const result = parsePatientState(json);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.state.medications).toEqual([]);
      expect(result.state.clinicianReviews).toEqual([]);
    }
  });

  it('names each failing field as a dotted path', () => {
    const json = valid() as {
      today: string;
      records: { painDiary: { pain: number }[] };
      profile: { age: number };
    };
    json.records.painDiary[2] = { ...json.records.painDiary[2], pain: 12 } as { pain: number };
    json.profile.age = 7;
    const result = parsePatientState(json);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['records.painDiary.2.pain', 'profile.age']));
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects records dated after today, naming the record', () => {
    const json = valid() as { today: string; records: { painDiary: { date: string; pain: number }[] } };
    json.records.painDiary.push({ date: '2026-06-05', pain: 4 });
    const result = parsePatientState(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path).toMatch(/^records\.painDiary\.\d+\.date$/);
  });

  it('reports a missing root object in a way a shell can print', () => {
    const result = parsePatientState('not json object');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path).toBe('(root)');
  });
});

describe('steppedCareJsonSchemas', () => {
  it('exports the four JSON Schemas', () => {
    expect(Object.keys(steppedCareJsonSchemas).sort()).toEqual([
      'decisionCards',
      'medicationList',
      'mmeReport',
      'patientState',
    ]);
    for (const schema of Object.values(steppedCareJsonSchemas)) {
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    }
  });

  it('marks defaulted input fields optional and output fields required', () => {
    const patientState = steppedCareJsonSchemas.patientState as { required: string[] };
    expect(patientState.required.sort()).toEqual(['assessment', 'currentStep', 'profile', 'today']);
    const cards = steppedCareJsonSchemas.decisionCards as { items: { required: string[] } };
    expect(cards.items.required).toEqual(
      expect.arrayContaining([
        'ruleId',
        'severity',
        'summary',
        'detail',
        'clinician',
        'patient',
        'reasons',
        'source',
        'suggestions',
      ]),
    );
  });
});
