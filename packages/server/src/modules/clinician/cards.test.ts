import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { type ClinicPatient, clinicianOf, invitedPatient, seedRecord } from './test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let patient: ClinicPatient;
let triedNsaid: ClinicPatient;
const today = '2026-03-02';

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Cards Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Other Cards Clinic');
  patient = await invitedPatient(t.app, clinician, 'Sam Steady');
  // Week 13 of step 1, every session done, pain and PEG unchanged: "doing it but not improving".
  await seedRecord(db, patient, { today, daysInStep: 90, adherence: 1, peg: [6, 6] });
  triedNsaid = await invitedPatient(t.app, clinician, 'Nina Nsaid');
  await seedRecord(db, triedNsaid, { today, daysInStep: 90, adherence: 1, peg: [6, 6] });
});

afterAll(async () => {
  await t.close();
});

const url = (path: string) => `/api/v1/patients/${patient.patientId}${path}`;
const count = async (table: string) =>
  (await t.database.handle.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('decision cards', () => {
  it('shows the engine’s cards with reasons and sources, and which would change the plan', async () => {
    const response = await clinician.client.get(url('/cards'));
    expect(response.statusCode, response.body).toBe(200);
    const { cards, issues } = response.json();
    expect(issues).toEqual([]);
    const ruleIds = cards.map((c: { card: { ruleId: string } }) => c.card.ruleId);
    expect(ruleIds).toContain('decision-adherent-not-improving');
    expect(ruleIds).toContain('step2-nsaid-first');
    const stepUp = cards.find((c: { card: { ruleId: string } }) => c.card.ruleId === 'step2-nsaid-first');
    expect(stepUp.card.reasons.length).toBeGreaterThan(0);
    expect(stepUp.card.source[0]).toMatchObject({ source: expect.any(String), section: expect.any(String) });
    expect(stepUp.changesPlan).toEqual({
      step: 2,
      stepChanged: true,
      components: ['education', 'home-exercise', 'self-management', 'medication'],
    });
    expect(stepUp.decision).toBeNull();
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const before = [await count('care_decisions'), await count('care_plans')];
    const cases = [
      [url('/cards/step2-nsaid-first/decision'), { decision: 'maybe', reason: 'because' }, 'body.decision'],
      [url('/cards/step2-nsaid-first/decision'), { decision: 'accepted' }, 'body.reason'],
      [url('/cards/step2-nsaid-first/decision'), { decision: 'accepted', reason: ' ' }, 'body.reason'],
      [url('/cards/step2-nsaid-first/decision'), { decision: 'accepted', reason: 'ok', extra: 1 }, 'body'],
      [url('/cards/Not_A_Rule/decision'), { decision: 'accepted', reason: 'fine' }, 'params.ruleId'],
      [
        '/api/v1/patients/nope/cards/step2-nsaid-first/decision',
        { decision: 'accepted', reason: 'fine' },
        'params.patientId',
      ],
    ] as const;
    for (const [path, body, field] of cases) {
      const response = await clinician.client.post(path, body);
      expect(response.statusCode, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(response.json().message).toContain(field);
    }
    const unknown = await clinician.client.post(url('/cards/step3-interventional-decision-aid/decision'), {
      decision: 'accepted',
      reason: 'not shown',
    });
    expect(unknown.statusCode).toBe(404);
    expect([await count('care_decisions'), await count('care_plans')]).toEqual(before);
  });

  it('is 404 for a clinician of another clinic and 403 for the patient', async () => {
    const body = { decision: 'accepted', reason: 'trying' };
    expect((await outsider.client.get(url('/cards'))).statusCode).toBe(404);
    expect((await outsider.client.post(url('/cards/step2-nsaid-first/decision'), body)).statusCode).toBe(404);
    expect((await patient.client.post(url('/cards/step2-nsaid-first/decision'), body)).statusCode).toBe(403);
  });

  it('records a decline with its reason and changes no plan', async () => {
    const response = await clinician.client.post(url('/cards/decision-adherent-not-improving/decision'), {
      decision: 'declined',
      reason: 'Reviewed in clinic; continue for now',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().carePlan).toBeNull();
    const cards = (await clinician.client.get(url('/cards'))).json().cards;
    const declined = cards.find(
      (c: { card: { ruleId: string } }) => c.card.ruleId === 'decision-adherent-not-improving',
    );
    expect(declined?.decision).toMatchObject({
      decision: 'declined',
      reason: 'Reviewed in clinic; continue for now',
    });
  });

  it('accepting the step-up writes a new care-plan version at step 2 and shows in the timeline', async () => {
    const response = await clinician.client.post(url('/cards/step2-nsaid-first/decision'), {
      decision: 'accepted',
      reason: 'Discussed with the patient, who agrees',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().carePlan).toEqual({ version: 2, step: 2 });
    const summary = (await clinician.client.get(url('/summary'))).json();
    expect(summary.step).toMatchObject({ step: 2, weeksInStep: 0, carePlanVersion: 2 });
    expect(summary.step.components).toContain('medication');
    const { rows } = await t.database.handle.pool.query(
      'SELECT programme FROM care_plans WHERE patient_id = $1 ORDER BY version',
      [patient.patientId],
    );
    expect(rows[1].programme).toEqual(rows[0].programme);
    const timeline = (await clinician.client.get(url('/decisions'))).json().events;
    expect(timeline[0]).toMatchObject({ kind: 'decision', decision: 'accepted', carePlanVersion: 2 });
    const again = await clinician.client.post(url('/cards/step2-nsaid-first/decision'), {
      decision: 'accepted',
      reason: 'double click',
    });
    expect(again.statusCode).toBe(404);
  });

  it('reads recorded trial outcomes: after an NSAID failed, the next tier is proposed instead', async () => {
    const base = `/api/v1/patients/${triedNsaid.patientId}`;
    const added = await clinician.client.post(`${base}/medications`, {
      drug: 'ibuprofen',
      dose: 400,
      unit: 'mg',
      frequency: 'TID',
      route: 'oral',
      startedOn: '2026-01-05',
    });
    expect(added.statusCode, added.body).toBe(201);
    const stopped = await clinician.client.post(`${base}/medications/${added.json().medicationId}/stop`, {
      stoppedOn: '2026-02-16',
      reason: 'Six weeks, no change in pain',
      trialOutcome: 'failed',
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const ruleIds = (await clinician.client.get(`${base}/cards`))
      .json()
      .cards.map((c: { card: { ruleId: string } }) => c.card.ruleId);
    expect(ruleIds).not.toContain('step2-nsaid-first');
    expect(ruleIds).toContain('step2-second-line-duloxetine-tramadol');
  });
});
