import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import type { Actor } from '../../../test/fixtures';
import { quietIntake } from '../patient-app/test-support/intakes';
import { LONG_SESSIONS, setDay } from '../patient-app/test-support/journey';
import { checkInFor } from '../patient-app/test-support/patients';
import { type ClinicPatient, clinicianOf, invitedPatient } from './test-support';

/** POST /api/v1/patients/:patientId/red-flags/clearance (clinical.md §4.1 product rule). */

let t: TestApp;
let clinician: Actor;
let outsider: Actor;
const DAY = '2026-03-02';
const NEXT_DAY = '2026-03-03';

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
  setDay(t, DAY);
  const db = t.database.handle.db;
  clinician = await clinicianOf(t.app, db, t.clock, 'Clearance Clinic');
  outsider = await clinicianOf(t.app, db, t.clock, 'Other Clearance Clinic');
});

afterAll(async () => {
  await t.close();
});

const query = async (sql: string, params: unknown[] = []) =>
  (await t.database.handle.pool.query(sql, params)).rows;
const url = (p: ClinicPatient) => `/api/v1/patients/${p.patientId}/red-flags/clearance`;
const triage = async (p: ClinicPatient) =>
  (
    await query('SELECT triage_priority, red_flag_action FROM patient_summaries WHERE patient_id = $1', [
      p.patientId,
    ])
  )[0];
const summaryOf = async (p: ClinicPatient) =>
  (await clinician.client.get(`/api/v1/patients/${p.patientId}/summary`)).json();
/** Everything a clearance writes, to show an error wrote nothing. */
const written = async (p: ClinicPatient) => ({
  assessments: await query(
    'SELECT cleared_at, cleared_by, clearance_reason, clearance_findings, result FROM assessments WHERE patient_id = $1',
    [p.patientId],
  ),
  plans: (await query('SELECT count(*)::int AS n FROM care_plans WHERE patient_id = $1', [p.patientId]))[0].n,
  audit: (
    await query(`SELECT count(*)::int AS n FROM audit_log WHERE patient_id = $1 AND resource = 'red-flag'`, [
      p.patientId,
    ])
  )[0].n,
  summary: await triage(p),
});

const body = (assessmentId: string, overrides: Record<string, unknown> = {}) => ({
  assessmentId,
  reason: 'Seen in clinic today; symptoms explained by a full bladder after a long drive.',
  findings: 'Normal perianal sensation and anal tone; post-void residual 20 mL; MRI not indicated.',
  ...overrides,
});

/** A clinic patient whose intake found a cauda equina emergency: blocked, priority 1, no plan. */
async function redFlagged(name: string): Promise<ClinicPatient & { assessmentId: string }> {
  setDay(t, DAY);
  const patient = await invitedPatient(t.app, clinician, name);
  const intake = await patient.client.post(
    '/api/v1/me/intake',
    quietIntake(DAY, { redFlagSymptoms: { newUrinaryRetention: true } }),
  );
  if (intake.statusCode !== 201 || intake.json().carePlan !== null) throw new Error(intake.body);
  const { redFlag } = await summaryOf(patient);
  return { ...patient, assessmentId: redFlag.assessmentId };
}

describe('red-flag clearance', () => {
  it('clears an intake emergency: priority drops, care plan v1 starts, audited, and Today shows the programme', async () => {
    const patient = await redFlagged('Clara Cleared');
    expect(await triage(patient)).toEqual({ triage_priority: 1, red_flag_action: 'emergency' });
    const blocked = (await patient.client.get(`/api/v1/me/today?date=${DAY}`)).json();
    expect(blocked.hasPlan).toBe(false);
    expect(blocked.urgentAction).not.toBeNull();

    setDay(t, DAY, '15:00:00');
    const response = await clinician.client.post(url(patient), body(patient.assessmentId));
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({
      programmeEligible: true,
      carePlanVersion: 1,
      carePlanStarted: true,
      cleared: {
        previous: { action: 'emergency' },
        assessmentFlags: [{ condition: 'cauda-equina', action: 'emergency' }],
      },
      clearance: {
        assessmentId: patient.assessmentId,
        clearedOn: DAY,
        clearedBy: expect.stringMatching(/^clinician/),
      },
    });
    expect(result.triage.priority).not.toBe(1);
    expect(result.note).toMatch(/PHQ-9 item 9/);

    expect((await triage(patient)).red_flag_action).toBeNull();
    const [row] = (await written(patient)).assessments;
    expect(row.cleared_by).toBe(clinician.account.userId);
    expect(row.clearance_reason).toMatch(/full bladder/);
    expect(row.clearance_findings).toMatch(/anal tone/);
    expect(row.result.programmeEligibility.eligible).toBe(true);
    expect(row.result.rulesApplied).toContain('eligibility.clinician-clearance');
    const audit = await query(
      `SELECT actor_id, action, outcome FROM audit_log WHERE patient_id = $1 AND resource = 'red-flag'`,
      [patient.patientId],
    );
    expect(audit).toEqual([{ actor_id: clinician.account.userId, action: 'clear', outcome: 'allowed' }]);

    const summary = await summaryOf(patient);
    expect(summary.redFlag.active).toBeNull();
    expect(summary.redFlag.clearance).toMatchObject({ clearedBy: expect.stringMatching(/^clinician/) });
    expect(summary.patient.triage.reasons.join(' ')).not.toMatch(/found at the intake/);

    const today = (await patient.client.get(`/api/v1/me/today?date=${DAY}`)).json();
    expect(today.urgentAction).toBeNull();
    expect(today.hasPlan).toBe(true);
    expect(today.carePlanVersion).toBe(1);
    const assessment = (await patient.client.get('/api/v1/me/assessment')).json();
    if (assessment.assessment) expect(assessment.assessment.eligible).toBe(true);

    // Nothing left to clear.
    const again = await clinician.client.post(url(patient), body(patient.assessmentId));
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/PHQ-9 item 9/);
  });

  it('stops counting check-in flags up to the clearance, and a new flag after it is priority 1 again', async () => {
    const patient = await redFlagged('Nina Newflag');
    const earlier = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(DAY, { newBladderBowelSaddleSymptoms: true }),
    );
    expect(earlier.statusCode, earlier.body).toBeLessThan(300);
    setDay(t, DAY, '16:00:00');
    expect((await clinician.client.post(url(patient), body(patient.assessmentId))).statusCode).toBe(201);
    expect((await triage(patient)).red_flag_action).toBeNull();

    // A report stored later on the clearance day is new: the clinician has not seen it.
    setDay(t, DAY, '18:00:00');
    const sameDay = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(DAY, { newBladderBowelSaddleSymptoms: true, clientRecordedAt: `${DAY}T21:00:00Z` }),
    );
    expect(sameDay.statusCode, sameDay.body).toBe(201);
    expect(await triage(patient)).toEqual({ triage_priority: 1, red_flag_action: 'emergency' });
    setDay(t, DAY, '19:00:00');
    expect((await clinician.client.post(url(patient), body(patient.assessmentId))).statusCode).toBe(201);
    expect((await triage(patient)).red_flag_action).toBeNull();

    setDay(t, NEXT_DAY);
    const quiet = await patient.client.post('/api/v1/me/check-ins', checkInFor(NEXT_DAY));
    expect(quiet.statusCode, quiet.body).toBeLessThan(300);
    expect((await triage(patient)).red_flag_action).toBeNull();
    const flagged = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(NEXT_DAY, {
        newBladderBowelSaddleSymptoms: true,
        clientRecordedAt: `${NEXT_DAY}T21:00:00Z`,
      }),
    );
    expect(flagged.statusCode, flagged.body).toBeLessThan(300);
    expect(await triage(patient)).toEqual({ triage_priority: 1, red_flag_action: 'emergency' });
    const today = (await patient.client.get(`/api/v1/me/today?date=${NEXT_DAY}`)).json();
    expect(today.urgentAction).not.toBeNull();

    // The clinician can clear the new one too, and the plan is not started twice.
    const second = await clinician.client.post(url(patient), body(patient.assessmentId));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ carePlanVersion: 1, carePlanStarted: false });
    expect((await triage(patient)).red_flag_action).toBeNull();
  });

  it('takes a backdated clearance as covering everything reported on its day', async () => {
    const patient = await redFlagged('Bea Backdated');
    const flagged = await patient.client.post(
      '/api/v1/me/check-ins',
      checkInFor(DAY, { newBladderBowelSaddleSymptoms: true, clientRecordedAt: `${DAY}T22:00:00Z` }),
    );
    expect(flagged.statusCode, flagged.body).toBe(201);
    setDay(t, NEXT_DAY);
    const response = await clinician.client.post(
      url(patient),
      body(patient.assessmentId, { clearedOn: DAY }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().clearance.clearedOn).toBe(DAY);
    expect((await triage(patient)).red_flag_action).toBeNull();
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const patient = await redFlagged('Bella Badinput');
    const other = await redFlagged('Otto Otherpatient');
    setDay(t, DAY, '17:00:00');
    const before = await written(patient);
    const id = patient.assessmentId;
    for (const [payload, field] of [
      [body(id, { reason: 'too short' }), 'body.reason'],
      [body(id, { reason: 'x'.repeat(2001) }), 'body.reason'],
      [body(id, { reason: undefined }), 'body.reason'],
      [body(id, { findings: undefined }), 'body.findings'],
      [body(id, { findings: '  ' }), 'body.findings'],
      [body('not-a-uuid'), 'body.assessmentId'],
      [body(other.assessmentId), 'body.assessmentId'],
      [body(id, { clearedOn: '2026-02-30' }), 'body.clearedOn'],
      [body(id, { clearedOn: '2026-03-03' }), 'body.clearedOn'],
      [body(id, { clearedOn: '2026-03-01' }), 'body.clearedOn'],
      [body(id, { extra: true }), 'body'],
    ] as const) {
      const response = await clinician.client.post(url(patient), payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().message, JSON.stringify(payload)).toContain(field);
    }
    expect(await written(patient)).toEqual(before);
    expect(await triage(other)).toEqual({ triage_priority: 1, red_flag_action: 'emergency' });
  });

  it('is 404 for another clinic, 403 for the patient, 409 without a red flag, and writes nothing', async () => {
    const patient = await redFlagged('Wanda Wrongrole');
    const before = await written(patient);
    expect((await outsider.client.post(url(patient), body(patient.assessmentId))).statusCode).toBe(404);
    expect((await patient.client.post(url(patient), body(patient.assessmentId))).statusCode).toBe(403);
    const after = await written(patient);
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    expect(after.assessments[0].cleared_at).toBeNull();

    setDay(t, DAY);
    const quiet = await invitedPatient(t.app, clinician, 'Quinn Quiet');
    expect((await quiet.client.post('/api/v1/me/intake', quietIntake(DAY))).statusCode).toBe(201);
    const { redFlag } = await summaryOf(quiet);
    expect(redFlag.active).toBeNull();
    const beforeQuiet = await written(quiet);
    const response = await clinician.client.post(url(quiet), body(redFlag.assessmentId));
    expect(response.statusCode).toBe(409);
    expect(await written(quiet)).toEqual(beforeQuiet);
  });
});
