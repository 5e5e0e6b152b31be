import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { type ClinicPatient, clinicianOf, invitedPatient, seedRecord } from './test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let patient: ClinicPatient;
let firstItem: string;
const today = '2026-03-02';

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Plan Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Other Plan Clinic');
  patient = await invitedPatient(t.app, clinician, 'Pat Plan');
  const seeded = await seedRecord(db, patient, { today, daysInStep: 20 });
  firstItem = seeded.programme.session.items[0]?.exerciseId ?? '';
});

afterAll(async () => {
  await t.close();
});

const url = (path: string) => `/api/v1/patients/${patient.patientId}${path}`;
const count = async (table: string) =>
  (await t.database.handle.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('care-plan editing', () => {
  it('swaps, adds and removes exercises, sets the level and records a directional preference, each a new version', async () => {
    const catalogue = (await clinician.client.get('/api/v1/clinician/exercises')).json().exercises as {
      id: string;
    }[];
    const plan = (await clinician.client.get(url('/care-plan'))).json().carePlan;
    const inPlan = new Set(plan.programme.items.map((i: { exerciseId: string }) => i.exerciseId));
    const [spare, other] = catalogue.filter((e) => !inPlan.has(e.id)).map((e) => e.id);
    const edits = [
      { kind: 'swap-exercise', from: firstItem, to: spare },
      { kind: 'add-exercise', exerciseId: other },
      { kind: 'remove-exercise', exerciseId: other },
      { kind: 'set-level', level: 2 },
      { kind: 'directional-preference', preference: 'extension' },
    ];
    let version = plan.version;
    for (const change of edits) {
      const response = await clinician.client.post(url('/care-plan/changes'), {
        change,
        reason: 'Seen in clinic',
      });
      expect(response.statusCode, response.body).toBe(201);
      version += 1;
      expect(response.json().carePlan.version).toBe(version);
    }
    const after = (await clinician.client.get(url('/care-plan'))).json().carePlan;
    const ids = after.programme.items.map((i: { exerciseId: string }) => i.exerciseId);
    expect(ids).toContain(spare);
    expect(ids).not.toContain(firstItem);
    expect(ids).not.toContain(other);
    expect(after.programme).toMatchObject({ level: 2, directionalPreference: 'extension' });
    expect(after.reason).toBe('Directional preference recorded: extension: Seen in clinic');
    const { rows } = await t.database.handle.pool.query(
      "SELECT programme->>'kind' AS kind FROM care_plans WHERE patient_id = $1",
      [patient.patientId],
    );
    expect(rows.every((r: { kind: string }) => r.kind === 'programme')).toBe(true);
  });

  it('sets PT visits authorised and used', async () => {
    const response = await clinician.client.post(url('/pt-visits'), {
      visitsAuthorised: 6,
      visitsUsed: 1,
      reason: 'Insurer approved six visits',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().carePlan.physiotherapy).toEqual({ visitsAuthorised: 6, visitsUsed: 1 });
    const summary = (await clinician.client.get(url('/summary'))).json();
    expect(summary.physiotherapy).toEqual({ visitsAuthorised: 6, visitsUsed: 1 });
  });

  it('refuses bad edits with a 400 naming the field, and writes nothing', async () => {
    const before = await count('care_plans');
    const cases = [
      [{ change: { kind: 'set-level', level: 4 }, reason: 'x y z' }, 'body.change.level'],
      [{ change: { kind: 'fly' }, reason: 'x y z' }, 'body.change.kind'],
      [{ change: { kind: 'set-level', level: 2 } }, 'body.reason'],
      [
        { change: { kind: 'remove-exercise', exerciseId: 'not-in-plan' }, reason: 'x y z' },
        'body.change.exerciseId',
      ],
      [
        { change: { kind: 'add-exercise', exerciseId: 'no-such-exercise' }, reason: 'x y z' },
        'body.change.exerciseId',
      ],
      [
        { change: { kind: 'swap-exercise', from: 'nope', to: 'nope-2' }, reason: 'x y z' },
        'body.change.from',
      ],
    ] as const;
    for (const [body, field] of cases) {
      const response = await clinician.client.post(url('/care-plan/changes'), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message, JSON.stringify(body)).toContain(field);
    }
    const visits = await clinician.client.post(url('/pt-visits'), {
      visitsAuthorised: 2,
      visitsUsed: 3,
      reason: 'typo',
    });
    expect(visits.statusCode).toBe(400);
    expect(visits.json().message).toContain('body.visitsUsed');
    expect(await count('care_plans')).toBe(before);
  });

  it('is 404 for another clinic', async () => {
    expect((await outsider.client.get(url('/care-plan'))).statusCode).toBe(404);
    const response = await outsider.client.post(url('/care-plan/changes'), {
      change: { kind: 'set-level', level: 1 },
      reason: 'not mine',
    });
    expect(response.statusCode).toBe(404);
  });
});

const oxycodone = {
  drug: 'oxycodone',
  dose: 10,
  unit: 'mg',
  frequency: 'BID',
  route: 'oral',
  startedOn: '2026-02-01',
};
const morphine = {
  drug: 'morphine',
  dose: 15,
  unit: 'mg',
  frequency: 'BID',
  route: 'oral',
  startedOn: today,
};
const diazepam = {
  drug: 'diazepam',
  dose: 5,
  unit: 'mg',
  frequency: 'daily',
  route: 'oral',
  startedOn: today,
};

describe('medications', () => {
  it('checks before saving: an opioid that takes the total past 50 MME raises the naloxone alert', async () => {
    const first = await clinician.client.post(url('/medications'), oxycodone);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().totalMmePerDay).toBe(30);
    const before = await count('medications');
    const check = await clinician.client.post(url('/medications/check'), morphine);
    expect(check.statusCode, check.body).toBe(200);
    const body = check.json();
    expect(body).toMatchObject({ mmeBefore: 30, totalMmePerDay: 60, overrideRequired: false });
    expect(body.newAlertRuleIds).toContain('mme-50-naloxone');
    const alert = body.alerts.find((a: { ruleId: string }) => a.ruleId === 'mme-50-naloxone');
    expect(alert.suggestions.map((s: { label: string }) => s.label)).toContain('Offer naloxone');
    expect(await count('medications')).toBe(before);
  });

  it('needs an override reason to save a new critical alert, and stores it', async () => {
    const refused = await clinician.client.post(url('/medications'), diazepam);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('body.overrideReason');
    expect(refused.json().message).toContain('opioid-benzodiazepine');
    const saved = await clinician.client.post(url('/medications'), {
      ...diazepam,
      overrideReason: 'Short course agreed with the GP; naloxone given',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const list = (await clinician.client.get(url('/medications'))).json();
    const stored = list.medications.find((m: { drug: string }) => m.drug === 'diazepam');
    expect(stored.overrideReason).toBe('Short course agreed with the GP; naloxone given');
    expect(list.alerts.map((a: { ruleId: string }) => a.ruleId)).toContain('opioid-benzodiazepine');
  });

  it('stops a medicine, keeping it in the history', async () => {
    const list = (await clinician.client.get(url('/medications'))).json();
    const id = list.medications.find((m: { drug: string }) => m.drug === 'diazepam').id;
    const stopped = await clinician.client.post(url(`/medications/${id}/stop`), {
      stoppedOn: today,
      reason: 'Too drowsy at work',
      trialOutcome: 'not-tolerated',
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const after = (await clinician.client.get(url('/medications'))).json();
    expect(after.medications.find((m: { id: string }) => m.id === id)).toMatchObject({
      stoppedOn: today,
      stopReason: 'Too drowsy at work',
      trialOutcome: 'not-tolerated',
    });
    expect(after.alerts.map((a: { ruleId: string }) => a.ruleId)).not.toContain('opioid-benzodiazepine');
    const twice = await clinician.client.post(url(`/medications/${id}/stop`), {
      stoppedOn: today,
      reason: 'again',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses bad medicines with a 400 naming the field, and writes nothing', async () => {
    const before = await count('medications');
    const cases = [
      [{ ...morphine, dose: -1 }, 'body.dose'],
      [{ ...morphine, unit: 'spoons' }, 'body.unit'],
      [{ ...morphine, frequency: 'sometimes' }, 'body.frequency'],
      [{ ...morphine, startedOn: 'soon' }, 'body.startedOn'],
      [{ ...morphine, drug: '' }, 'body.drug'],
      [{ ...morphine, frequency: 'as-needed' }, 'body.maxDosesPerDay'],
    ] as const;
    for (const [body, field] of cases) {
      for (const path of ['/medications', '/medications/check']) {
        const response = await clinician.client.post(url(path), body);
        expect(response.statusCode, `${path} ${JSON.stringify(body)}`).toBe(400);
        expect(response.json().message).toContain(field);
      }
    }
    const missing = url('/medications/00000000-0000-4000-8000-000000000000/stop');
    for (const [body, field] of [
      [{ stoppedOn: '2099-01-01', reason: 'later' }, 'body.stoppedOn'],
      [{ stoppedOn: today }, 'body.reason'],
      [{ stoppedOn: today, reason: 'why', trialOutcome: 'meh' }, 'body.trialOutcome'],
    ] as const) {
      const stop = await clinician.client.post(missing, body);
      expect(stop.statusCode).toBe(400);
      expect(stop.json().message).toContain(field);
    }
    expect(await count('medications')).toBe(before);
  });

  it('is 404 for another clinic', async () => {
    expect((await outsider.client.get(url('/medications'))).statusCode).toBe(404);
    expect((await outsider.client.post(url('/medications/check'), morphine)).statusCode).toBe(404);
  });
});

const ibuprofen = {
  drug: 'ibuprofen',
  dose: 400,
  unit: 'mg',
  frequency: 'TID',
  route: 'oral',
  startedOn: today,
};
const ruleIds = (alerts: { ruleId: string }[]) => alerts.map((a) => a.ruleId);

describe('safety facts for the medication rules', () => {
  it('starts with age from the intake and nothing else recorded', async () => {
    const response = await clinician.client.get(url('/safety-facts'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      age: 52,
      profile: { giBleedHistory: 'none', sleepApnoea: false },
      safeguards: { pdmpCheckedOn: null, naloxoneOfferedOn: null },
    });
  });

  it('changes which alerts fire: a GI-bleed history flags an NSAID, a PDMP check closes its prompt', async () => {
    const before = (await clinician.client.get(url('/medications'))).json();
    expect(ruleIds(before.alerts)).toContain('opioid-pdmp-check');
    expect(
      ruleIds((await clinician.client.post(url('/medications/check'), ibuprofen)).json().alerts),
    ).not.toContain('nsaid-gi-bleed-risk');
    const saved = await clinician.client.post(url('/safety-facts'), {
      profile: { giBleedHistory: 'past' },
      safeguards: { pdmpCheckedOn: today, naloxoneOfferedOn: today },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await clinician.client.get(url('/medications'))).json();
    expect(ruleIds(after.alerts)).not.toContain('opioid-pdmp-check');
    expect(
      ruleIds((await clinician.client.post(url('/medications/check'), ibuprofen)).json().alerts),
    ).toContain('nsaid-gi-bleed-risk');
    const summary = (await clinician.client.get(url('/summary'))).json();
    expect(ruleIds(summary.medications.alerts)).not.toContain('opioid-pdmp-check');
  });

  it('refuses bad facts with a 400 naming the field, and writes nothing', async () => {
    const before = (await clinician.client.get(url('/safety-facts'))).json();
    const cases = [
      [{ profile: { heartFailure: 'bad' }, safeguards: {} }, 'body.profile.heartFailure'],
      [{ profile: { age: 30 }, safeguards: {} }, 'body.profile'],
      [{ profile: {}, safeguards: { pdmpCheckedOn: '2099-01-01' } }, 'body.safeguards.pdmpCheckedOn'],
      [{ profile: {}, safeguards: { naloxoneOfferedOn: 'yesterday' } }, 'body.safeguards.naloxoneOfferedOn'],
      [{ profile: {} }, 'body.safeguards'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await clinician.client.post(url('/safety-facts'), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message, JSON.stringify(body)).toContain(field);
    }
    expect((await clinician.client.get(url('/safety-facts'))).json()).toEqual(before);
  });

  it('is 404 for another clinic', async () => {
    expect((await outsider.client.get(url('/safety-facts'))).statusCode).toBe(404);
    const response = await outsider.client.post(url('/safety-facts'), { profile: {}, safeguards: {} });
    expect(response.statusCode).toBe(404);
  });
});
