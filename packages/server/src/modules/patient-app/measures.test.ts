import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { measuresDueOn } from './measures-due';
import { peg, phq9 } from './test-support/intakes';
import { LONG_SESSIONS, patientWithPlan, setDay } from './test-support/journey';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

const answer = (day: string, answers: Record<string, number>, idempotencyKey = randomUUID()) => ({
  day,
  answers,
  idempotencyKey,
});
/** PHQ-2 items are the first two PHQ-9 items. */
const phq2Answers = (a: number, b: number) => Object.fromEntries(Object.entries(phq9([a, b])).slice(0, 2));
const dueIds = (body: { due: { instrumentId: string }[] }) => body.due.map((d) => d.instrumentId);

describe('POST /api/v1/me/measures/:instrumentId', () => {
  it('scores PEG with the clinical scorer, once per key, and it stops being due for a week', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    setDay(t, '2026-03-09');
    expect(dueIds((await patient.client.get('/api/v1/me/measures/due')).json())).toContain('peg-3');
    const body = answer('2026-03-09', peg(6, 4, 5));
    const first = await patient.client.post('/api/v1/me/measures/peg-3', body);
    expect(first.statusCode).toBe(201);
    expect(first.json().response).toMatchObject({ instrumentId: 'peg-3', primaryScore: 5 });
    expect(first.json()).toMatchObject({ followUp: null, crisisResources: null, replayed: false });
    const again = await patient.client.post('/api/v1/me/measures/peg-3', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().response.id).toBe(first.json().response.id);
    expect(dueIds((await patient.client.get('/api/v1/me/measures/due')).json())).not.toContain('peg-3');
  });

  it('asks for the PHQ-9 after a positive PHQ-2, and shows crisis resources for item 9 above 0 (§3.3)', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const screen = await patient.client.post(
      '/api/v1/me/measures/phq-2',
      answer('2026-03-02', phq2Answers(2, 2)),
    );
    expect(screen.statusCode).toBe(201);
    expect(screen.json().followUp).toBe('phq-9');
    expect(dueIds((await patient.client.get('/api/v1/me/measures/due')).json())).toContain('phq-9');
    const full = await patient.client.post(
      '/api/v1/me/measures/phq-9',
      answer('2026-03-02', phq9([2, 2, 1, 1, 0, 0, 0, 0, 1])),
    );
    expect(full.statusCode).toBe(201);
    expect(full.json().crisisResources.careTeamTold).toBe(true);
    const { rows } = await t.database.handle.pool.query(
      'SELECT * FROM patient_summaries WHERE patient_id = $1',
      [patient.patientId],
    );
    expect(rows[0].self_harm_flag).toBe(true);
    expect(rows[0].triage_priority).toBe(1);
    expect(dueIds((await patient.client.get('/api/v1/me/measures/due')).json())).not.toContain('phq-9');
  });

  it('refuses an unknown questionnaire (404) and unscorable answers (400 naming the item), writing nothing', async () => {
    const patient = await patientWithPlan(t, '2026-03-02');
    const before = await patient.rows('instrument_responses');
    const unknown = await patient.client.post('/api/v1/me/measures/sf-36', answer('2026-03-02', { a: 1 }));
    expect(unknown.statusCode).toBe(404);
    const outOfRange = await patient.client.post(
      '/api/v1/me/measures/peg-3',
      answer('2026-03-02', peg(11, 4, 5)),
    );
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().issues[0].path).toBe('body.answers.pain-average');
    const badKey = await patient.client.post('/api/v1/me/measures/peg-3', {
      ...answer('2026-03-02', peg(1, 1, 1)),
      idempotencyKey: 'x',
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().issues[0].path).toBe('body.idempotencyKey');
    expect(await patient.rows('instrument_responses')).toBe(before);
  });
});

describe('the measure schedule', () => {
  const start = '2026-03-02';
  it('is due from the plan start, weekly for PEG and fortnightly for the mood screens', () => {
    expect(
      measuresDueOn({ day: start, careStartedOn: start, answered: [], lastReassessmentOn: null }).map(
        (d) => d.instrumentId,
      ),
    ).toEqual(['peg-3', 'phq-2', 'gad-2']);
    const answered = [
      { instrumentId: 'peg-3', answeredOn: start, primaryScore: 5 },
      { instrumentId: 'phq-9', answeredOn: start, primaryScore: 3 },
      { instrumentId: 'gad-2', answeredOn: start, primaryScore: 1 },
    ];
    expect(
      measuresDueOn({ day: '2026-03-08', careStartedOn: start, answered, lastReassessmentOn: null }),
    ).toEqual([]);
    expect(
      measuresDueOn({ day: '2026-03-09', careStartedOn: start, answered, lastReassessmentOn: null }).map(
        (d) => d.instrumentId,
      ),
    ).toEqual(['peg-3']);
    expect(
      measuresDueOn({ day: '2026-03-16', careStartedOn: start, answered, lastReassessmentOn: null }).map(
        (d) => d.instrumentId,
      ),
    ).toEqual(['peg-3', 'phq-2', 'gad-2']);
  });

  it('asks for the full reassessment at week 6, then week 12 (clinical.md §6.1)', () => {
    const at = (day: string, lastReassessmentOn: string | null) =>
      measuresDueOn({ day, careStartedOn: start, answered: [], lastReassessmentOn }).filter(
        (d) => d.instrumentId === 'reassessment',
      );
    expect(at('2026-04-12', null)).toEqual([]);
    expect(at('2026-04-13', null)[0]).toMatchObject({
      dueOn: '2026-04-13',
      reason: expect.stringMatching(/Week 6/),
    });
    expect(at('2026-04-20', '2026-04-14')).toEqual([]);
    expect(at('2026-05-25', '2026-04-14')[0]).toMatchObject({
      dueOn: '2026-05-25',
      reason: expect.stringMatching(/Week 12/),
    });
    expect(at('2026-06-01', '2026-05-25')).toEqual([]);
  });
});
