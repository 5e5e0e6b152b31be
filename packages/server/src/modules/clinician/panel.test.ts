import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import { addMembership } from '../organisations/repository';
import { type ClinicPatient, clinicianOf, invitedPatient, setTriage } from './test-support';

let t: TestApp;
let clinician: Actor;
let otherClinician: Actor;
const people: Record<string, ClinicPatient> = {};

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Panel Clinic');
  otherClinician = await clinicianOf(t.app, db, t.clock, 'Other Panel Clinic');
  for (const name of ['Ana Red', 'Ben Worse', 'Cara Quiet', 'Dan New', 'Eve Messages']) {
    people[name] = await invitedPatient(t.app, clinician, name);
  }
  people['Olga Elsewhere'] = await invitedPatient(t.app, otherClinician, 'Olga Elsewhere');
  const p = (name: string) => people[name] as ClinicPatient;
  await setTriage(db, p('Ana Red'), {
    triagePriority: 1,
    triageReasons: ['Urgent red flag: progressive weakness'],
    redFlagAction: 'urgent',
    step: 1,
    stepStartedOn: '2026-01-05',
    updatedAt: at('2026-03-01T10:00:00Z'),
  });
  await setTriage(db, p('Ben Worse'), {
    triagePriority: 2,
    triageReasons: ['Worsening: 7-day mean pain 7.5, baseline 5.0'],
    step: 2,
    stepStartedOn: '2026-02-02',
    pain7dMean: 7.5,
    painBaseline: 5,
    updatedAt: at('2026-03-01T09:00:00Z'),
  });
  await setTriage(db, p('Eve Messages'), {
    triagePriority: 7,
    triageReasons: ['2 unread messages'],
    unreadFromPatient: 2,
    step: 1,
    updatedAt: at('2026-02-20T09:00:00Z'),
  });
  await setTriage(db, p('Cara Quiet'), {
    triagePriority: 6,
    triageReasons: ['Reassessment due (week 6)'],
    step: 1,
    updatedAt: at('2026-02-25T09:00:00Z'),
  });
});

afterAll(async () => {
  await t.close();
});

const names = (body: { patients: { displayName: string }[] }) => body.patients.map((p) => p.displayName);

describe('GET /api/v1/clinician/panel', () => {
  it('lists only this clinic’s patients, most urgent first, then the stalest, with the reasons', async () => {
    const response = await clinician.client.get('/api/v1/clinician/panel');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(names(body)).toEqual(['Ana Red', 'Ben Worse', 'Cara Quiet', 'Eve Messages', 'Dan New']);
    expect(body.patients[0]).toMatchObject({
      priority: 1,
      reasons: ['Urgent red flag: progressive weakness'],
      step: 1,
      weeksInStep: 8,
    });
    expect(body.patients[1]).toMatchObject({ pain7dMean: 7.5, painBaseline: 5 });
    expect(body.patients[3]).toMatchObject({ unreadMessages: 2 });
    expect(body.patients[4]).toMatchObject({ priority: 99, reasons: [], step: null });
    expect(body.nextCursor).toBeNull();
  });

  it('pages with a cursor and loses or repeats no one', async () => {
    const first = (await clinician.client.get('/api/v1/clinician/panel?limit=2')).json();
    expect(names(first)).toEqual(['Ana Red', 'Ben Worse']);
    const second = (
      await clinician.client.get(`/api/v1/clinician/panel?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(names(second)).toEqual(['Cara Quiet', 'Eve Messages']);
    const third = (
      await clinician.client.get(`/api/v1/clinician/panel?limit=2&cursor=${second.nextCursor}`)
    ).json();
    expect(names(third)).toEqual(['Dan New']);
    expect(third.nextCursor).toBeNull();
  });

  it('filters by priority, reason and step, and searches by name', async () => {
    const get = async (query: string) =>
      names((await clinician.client.get(`/api/v1/clinician/panel?${query}`)).json());
    expect(await get('priority=7')).toEqual(['Eve Messages']);
    expect(await get('reason=messages')).toEqual(['Eve Messages']);
    expect(await get('reason=none')).toEqual(['Dan New']);
    expect(await get('reason=worsening')).toEqual(['Ben Worse']);
    expect(await get('step=2')).toEqual(['Ben Worse']);
    expect(await get('search=quiet')).toEqual(['Cara Quiet']);
    expect(await get('search=%25')).toEqual([]);
  });

  it('writes one list audit row per patient shown', async () => {
    const before = await t.database.handle.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'list' AND actor_id = $1",
      [clinician.account.userId],
    );
    await clinician.client.get('/api/v1/clinician/panel?limit=3');
    const after = await t.database.handle.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'list' AND actor_id = $1",
      [clinician.account.userId],
    );
    expect(after.rows[0].n - before.rows[0].n).toBe(3);
  });

  it('answers bad input with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['priority=8', 'querystring.priority'],
      ['step=4', 'querystring.step'],
      ['phenotype=odd', 'querystring.phenotype'],
      ['limit=0', 'querystring.limit'],
      ['reason=DROP%20TABLE', 'querystring.reason'],
      ['cursor=not-a-cursor', 'querystring.cursor'],
      ['colour=blue', 'querystring'],
    ] as const) {
      const response = await clinician.client.get(`/api/v1/clinician/panel?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().message, query).toContain(field);
    }
  });

  it('is for clinicians only', async () => {
    const patient = people['Ana Red'] as ClinicPatient;
    expect((await patient.client.get('/api/v1/clinician/panel')).statusCode).toBe(403);
  });

  it('gives every patient a summary row from creation: priority 99, stale since the patient was created', async () => {
    const dan = people['Dan New'] as ClinicPatient;
    const { rows } = await t.database.handle.pool.query(
      `SELECT s.triage_priority, s.triage_reasons, s.updated_at = p.created_at AS since_created
       FROM patients p JOIN patient_summaries s ON s.org_id = p.org_id AND s.patient_id = p.id
       WHERE p.id = $1`,
      [dan.patientId],
    );
    expect(rows).toEqual([{ triage_priority: 99, triage_reasons: [], since_created: true }]);
    const missing = await t.database.handle.pool.query(
      `SELECT count(*)::int AS n FROM patients p
       WHERE NOT EXISTS (SELECT 1 FROM patient_summaries s WHERE s.org_id = p.org_id AND s.patient_id = p.id)`,
    );
    expect(missing.rows[0].n).toBe(0);
  });

  it('backfills the summary row of a patient who has none (migration 0008), so they still appear', async () => {
    const db = t.database.handle.db;
    const pool = t.database.handle.pool;
    const backfillClinician = await clinicianOf(t.app, db, t.clock, 'Backfill Clinic');
    const old = await invitedPatient(t.app, backfillClinician, 'Otto Old');
    await pool.query('DELETE FROM patient_summaries WHERE patient_id = $1', [old.patientId]);
    const backfill = readFileSync(
      path.join(MIGRATIONS_FOLDER, '0008_panel_summary_row_per_patient.sql'),
      'utf8',
    )
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .find((statement) => statement.startsWith('INSERT INTO "patient_summaries"'));
    expect(backfill).toBeDefined();
    await pool.query(backfill as string);
    const { rows } = await pool.query(
      `SELECT s.triage_priority, s.updated_at = p.created_at AS since_created
       FROM patients p JOIN patient_summaries s ON s.org_id = p.org_id AND s.patient_id = p.id WHERE p.id = $1`,
      [old.patientId],
    );
    expect(rows).toEqual([{ triage_priority: 99, since_created: true }]);
    const panel = (await backfillClinician.client.get('/api/v1/clinician/panel')).json();
    expect(names(panel)).toEqual(['Otto Old']);
    expect(panel.patients[0]).toMatchObject({ priority: 99, reasons: [], step: null, lastCheckInDay: null });
  });

  it('breaks ties in priority and staleness by patient id, and pages through ties one by one', async () => {
    const db = t.database.handle.db;
    const tieClinician = await clinicianOf(t.app, db, t.clock, 'Tie Clinic');
    const tied: ClinicPatient[] = [];
    for (const name of ['Tia One', 'Tia Two', 'Tia Three', 'Tia Four']) {
      const patient = await invitedPatient(t.app, tieClinician, name);
      await setTriage(db, patient, { triagePriority: 4, updatedAt: at('2026-02-01T09:00:00Z') });
      tied.push(patient);
    }
    const expected = [...tied].sort((a, b) => (a.patientId < b.patientId ? -1 : 1)).map((p) => p.displayName);
    expect(names((await tieClinician.client.get('/api/v1/clinician/panel')).json())).toEqual(expected);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { patients: { displayName: string }[]; nextCursor: string | null } = (
        await tieClinician.client.get(`/api/v1/clinician/panel?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      paged.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(expected);
  });

  it('merges the pages of every clinic the clinician works for, in one order', async () => {
    const db = t.database.handle.db;
    const first = await clinicianOf(t.app, db, t.clock, 'Merge Clinic A');
    const second = await clinicianOf(t.app, db, t.clock, 'Merge Clinic B');
    const a1 = await invitedPatient(t.app, first, 'Mia A1');
    const b1 = await invitedPatient(t.app, second, 'Max B1');
    const a2 = await invitedPatient(t.app, first, 'Mo A2');
    await setTriage(db, a1, { triagePriority: 2, updatedAt: at('2026-02-01T09:00:00Z') });
    await setTriage(db, b1, { triagePriority: 3, updatedAt: at('2026-02-01T09:00:00Z') });
    await setTriage(db, a2, { triagePriority: 5, updatedAt: at('2026-02-01T09:00:00Z') });
    await addMembership(db, { orgId: second.account.orgId, userId: first.account.userId, role: 'clinician' });
    const all = (await first.client.get('/api/v1/clinician/panel')).json();
    expect(names(all)).toEqual(['Mia A1', 'Max B1', 'Mo A2']);
    expect(all.patients.map((p: { clinicName: string }) => p.clinicName)).toEqual([
      'Merge Clinic A',
      'Merge Clinic B',
      'Merge Clinic A',
    ]);
    const page1 = (await first.client.get('/api/v1/clinician/panel?limit=2')).json();
    const page2 = (
      await first.client.get(`/api/v1/clinician/panel?limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect([...names(page1), ...names(page2)]).toEqual(['Mia A1', 'Max B1', 'Mo A2']);
    expect(names((await second.client.get('/api/v1/clinician/panel')).json())).toEqual(['Max B1']);
  });
});
