import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fastHasher, type TestApp } from '../../../test/app';
import { Client, logInClient } from '../../../test/fixtures';
import { loadConfig } from '../../config';
import { appMeta, checkIns, organisations, patientSummaries, patients, sessionLogs } from '../../db/schema';
import { gatherFacts } from '../summaries/facts';
import { gatherFactsByQueries } from '../summaries/test-support/facts-by-queries';
import type { DemoClinicResult } from './demo-clinic';
import { DEMO_SEEDED_KEY, seedDemoOnFirstStart } from './seed-on-start';

/** The demo clinic seeded into an empty database, as `npm start` does the first time. */
let t: TestApp;
let seeded: DemoClinicResult | null = null;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoOnFirstStart(t.database.handle, {
    enabled: true,
    say: (line) => lines.push(line),
    hasher: fastHasher,
    clock: t.clock,
    patients: 60,
  });
}, 180_000);

afterAll(async () => {
  await t.close();
});

describe('demo clinic on first start', () => {
  it('seeds one clinic with the synthetic patients and records through the real tables', async () => {
    const db = t.database.handle.db;
    expect(seeded?.clinicName).toBe('BackPlan Demo Clinic');
    const [orgs] = await db.select({ n: count() }).from(organisations);
    const [people] = await db.select({ n: count() }).from(patients);
    const [diary] = await db.select({ n: count() }).from(checkIns);
    const [sessions] = await db.select({ n: count() }).from(sessionLogs);
    const [summaries] = await db.select({ n: count() }).from(patientSummaries);
    expect(orgs?.n).toBe(1);
    expect(people?.n).toBe(60);
    expect(summaries?.n).toBe(60);
    expect(diary?.n).toBeGreaterThan(60 * 30);
    expect(sessions?.n).toBeGreaterThan(60 * 15);
    const [meta] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_SEEDED_KEY));
    expect(JSON.parse(meta?.value ?? '{}')).toMatchObject({ patients: 60 });
  });

  it('has triage examples: red flag or self-harm, worsening, long flare, not doing it, messages', async () => {
    const rows = await t.database.handle.db.select().from(patientSummaries);
    const priorities = new Set(rows.map((row) => row.triagePriority));
    for (const priority of [1, 2, 3, 5, 7]) expect(priorities, `priority ${priority}`).toContain(priority);
    const reasons = rows.flatMap((row) => row.triageReasons).join('\n');
    expect(reasons).toMatch(/red flag/);
    expect(reasons).toMatch(/PHQ-9 item 9/);
    expect(reasons).toMatch(/Flare for \d+ days/);
  });

  it('gives the same triage facts from the one-statement loader as from one query per fact', async () => {
    // The demo has every kind of record (messages, care decisions, reassessments, red flags,
    // drafts), so this compares the two fact gatherers on far more than the rollup test writes.
    const db = t.database.handle.db;
    const rows = await db.select({ orgId: patients.orgId, id: patients.id }).from(patients);
    const today = t.clock().toISOString().slice(0, 10);
    const days = [today, '2026-01-15', '2025-06-01'];
    let compared = 0;
    for (const row of rows) {
      for (const day of days) {
        expect(await gatherFacts(db, row.orgId, row.id, day)).toEqual(
          await gatherFactsByQueries(db, row.orgId, row.id, day),
        );
        compared += 1;
      }
    }
    expect(compared).toBe(60 * days.length);
  });

  it('prints the demo sign-ins, which work: clinician with two-step sign-in, and the patient', async () => {
    const text = lines.join('\n');
    const signIns = seeded?.signIns;
    if (!signIns) throw new Error('no sign-ins');
    expect(text).toContain(signIns.clinician.email);
    expect(text).toContain(signIns.clinician.totpSecret);
    expect(text).toContain('otpauth://totp/');
    expect(text).toContain(signIns.patient.password);
    const clinician = new Client(t.app);
    await logInClient(
      clinician,
      t.clock,
      signIns.clinician.email,
      signIns.clinician.password,
      signIns.clinician.totpSecret,
    );
    const panel = await clinician.get('/api/v1/patients');
    expect(panel.statusCode).toBe(200);
    const patient = new Client(t.app);
    await logInClient(patient, t.clock, signIns.patient.email, signIns.patient.password);
    const me = await patient.get('/api/v1/me/care-plan');
    expect(me.statusCode).toBe(200);
    expect(me.json().carePlan).not.toBeNull();
  });

  it('never seeds twice, nor into a database that is not empty', async () => {
    const again = await seedDemoOnFirstStart(t.database.handle, {
      enabled: true,
      say: () => undefined,
      hasher: fastHasher,
      clock: t.clock,
      patients: 5,
    });
    expect(again).toBeNull();
    const other = await createTestApp();
    try {
      await other.database.handle.db.insert(organisations).values({ name: 'A real clinic', kind: 'clinic' });
      const skipped = await seedDemoOnFirstStart(other.database.handle, {
        enabled: true,
        say: () => undefined,
        hasher: fastHasher,
        clock: other.clock,
        patients: 5,
      });
      expect(skipped).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('is switched off by BACKPLAN_DEMO=off, and off by default under the test runner', () => {
    expect(loadConfig({ BACKPLAN_DEMO: 'off' }).demo).toBe(false);
    expect(loadConfig({ BACKPLAN_DEMO: 'on', VITEST: 'true' }).demo).toBe(true);
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ VITEST: 'true' }).demo).toBe(false);
    expect(() => loadConfig({ BACKPLAN_DEMO: 'maybe' })).toThrow(
      /BACKPLAN_DEMO is invalid: expected on or off/,
    );
  });
});
