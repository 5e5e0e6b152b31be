import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { pdfPages } from '../reports/pdf-text.test-support';
import { pdfText } from './clinician-pdf';
import { type ClinicPatient, clinicianOf, invitedPatient, seedRecord } from './test-support';

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
let patient: ClinicPatient;
const today = '2026-03-02';

beforeAll(async () => {
  t = await createTestApp({ auth: { sessionIdleMinutes: 1440 } });
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Record Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Another Record Clinic');
  patient = await invitedPatient(t.app, clinician, 'Rosa Record');
  // Pain 7 for the first weeks, then 4: a meaningful improvement on the 7-day mean.
  await seedRecord(db, patient, {
    today,
    daysInStep: 50,
    pain: (day) => (day < 30 ? 7 : 4),
    adherence: 0.8,
    peg: [7, 4],
  });
});

afterAll(async () => {
  await t.close();
});

const url = (path: string) => `/api/v1/patients/${patient.patientId}${path}`;

describe('the patient record for a clinician', () => {
  it('summarises phenotype, risk, step, trends with meaningful change, adherence and PT visits', async () => {
    const response = await clinician.client.get(url('/summary'));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.patient).toMatchObject({ id: patient.patientId, displayName: 'Rosa Record' });
    expect(body.assessment).toMatchObject({
      phenotype: 'mechanical',
      riskGroup: 'low',
      selfHarmSafetyFlag: false,
    });
    expect(body.step).toMatchObject({ step: 1, weeksInStep: 7, carePlanVersion: 1 });
    expect(body.trends.pain).toMatchObject({ current: 4 });
    expect(body.trends.peg).toMatchObject({ baseline: 6, current: 4 });
    expect(body.trends.peg.change.category).toBe('meaningful-improvement');
    expect(body.adherence.last28Days.rate).toBeGreaterThan(0);
    expect(body.medications).toMatchObject({ active: [], totalMmePerDay: 0, alerts: [] });
    expect(body.physiotherapy).toEqual({ visitsAuthorised: null, visitsUsed: 0 });
  });

  it('lists PROMs, the diary, sessions with pain during each exercise, and the decision timeline', async () => {
    const proms = (await clinician.client.get(url('/proms'))).json();
    expect(proms.responses.map((r: { primaryScore: number }) => r.primaryScore)).toEqual([7, 4]);
    const diary = (await clinician.client.get(url('/diary?from=2026-02-20&to=2026-02-22'))).json();
    expect(diary.checkIns.map((c: { day: string }) => c.day)).toEqual([
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    const sessions = (await clinician.client.get(url('/sessions'))).json();
    expect(sessions.sessions.length).toBeGreaterThan(10);
    expect(sessions.sessions[0].exercises[0]).toMatchObject({ outcome: 'done', painDuring: 3 });
    expect(sessions.sessions[0].exercises[0].name).not.toBe(sessions.sessions[0].exercises[0].exerciseId);
    const timeline = (await clinician.client.get(url('/decisions'))).json();
    expect(timeline.events).toEqual([
      expect.objectContaining({
        kind: 'care-plan',
        carePlanVersion: 1,
        reason: 'First plan after the intake assessment',
      }),
    ]);
  });

  it('exports the clinician PDF, audited as an export', async () => {
    const response = await clinician.client.get(url('/clinician-report.pdf'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('backplan-clinician-report-2026-03-02.pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(2000);
    const audit = await t.database.handle.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'export' AND resource = 'clinician-report'",
    );
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('the clinician PDF says what the summary says; the one-page report is the patient’s', async () => {
    const full = await pdfPages((await clinician.client.get(url('/clinician-report.pdf'))).rawPayload);
    const text = full.join(' ');
    expect(text).toContain('BackPlan clinician report: Rosa Record');
    expect(text).toContain('phenotype mechanical');
    expect(text).toMatch(/PEG \(0-10\): baseline 6, now 4/);
    const onePage = await clinician.client.get(url('/report.pdf'));
    expect(onePage.statusCode).toBe(200);
    expect(onePage.headers['content-type']).toBe('application/pdf');
    expect(await pdfPages(onePage.rawPayload)).toHaveLength(1);
  });

  it('keeps PDF text to characters the standard fonts carry', () => {
    expect(pdfText('MME ≥50 → naloxone – “ok” José')).toBe('MME >=50 -> naloxone – “ok” José');
    expect(pdfText('漢')).toBe('?');
  });

  it('is 404 for a clinician of another clinic, and the refusal is audited', async () => {
    for (const path of [
      '/summary',
      '/proms',
      '/diary',
      '/sessions',
      '/decisions',
      '/clinician-report.pdf',
      '/report.pdf',
    ]) {
      const response = await outsider.client.get(url(path));
      expect(response.statusCode, path).toBe(404);
      expect(response.body).not.toContain('Rosa');
    }
    const denied = await t.database.handle.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND actor_id = $1",
      [outsider.account.userId],
    );
    expect(denied.rows[0].n).toBe(7);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const cases = [
      ['/api/v1/patients/not-a-uuid/summary', 'params.patientId'],
      [url('/diary?from=2026-13-01'), 'querystring.from'],
      [url('/diary?from=2026-03-01&to=2026-02-01'), 'querystring.from'],
      [url('/sessions?from=2020-01-01&to=2026-01-01'), 'querystring.from'],
      [url('/diary?colour=red'), 'querystring'],
      ...[
        'proms',
        'sessions',
        'decisions',
        'cards',
        'care-plan',
        'medications',
        'notes',
        'messages',
        'clinician-report.pdf',
        'report.pdf',
      ].map((path) => [`/api/v1/patients/1234/${path}`, 'params.patientId'] as const),
    ] as const;
    for (const [path, field] of cases) {
      const response = await clinician.client.get(path);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().message, path).toContain(field);
    }
  });

  it('is not for the patient’s own session (they have /me routes)', async () => {
    expect((await patient.client.get(url('/summary'))).statusCode).toBe(403);
  });
});
