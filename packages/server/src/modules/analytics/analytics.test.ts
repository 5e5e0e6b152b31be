import { addDays } from '@backplan/clinical/careplan/calendar';
import { classifyMeaningfulChange, isMeaningfulImprovement } from '@backplan/clinical/outcomes/index';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fastHasher, type TestApp } from '../../../test/app';
import { type Actor, signedInActor } from '../../../test/fixtures';
import { buildApp } from '../../app';
import { connectDatabase } from '../../db/client';
import { assessments, auditLog, carePlans, checkIns, patients } from '../../db/schema';
import { buildDemoClinic } from '../demo/demo-clinic';

/**
 * Responder analytics over a clinic's stored data. The clinic is a demo clinic of 80 patients
 * with 16 weeks of history each, so every patient has reached the week-12 review.
 */
let t: TestApp;
let clinician: Actor;
let admin: Actor;
let outsider: Actor;
let patient: Actor;
let orgId = '';

interface Cell {
  phenotype: string;
  riskGroup: string;
  treatment: string;
  suppressed: boolean;
  n: number | null;
  responders: number | null;
  share: number | null;
  interval: { lower: number; upper: number } | null;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.handle.db;
  const clinic = await buildDemoClinic(db, {
    clinicName: 'Analytics Clinic',
    patients: 80,
    weeks: 16,
    seed: 77,
    today: t.clock().toISOString().slice(0, 10),
    hasher: fastHasher,
    emailTag: 'analytics',
  });
  orgId = clinic.orgId;
  clinician = await signedInActor(t.app, db, t.clock, {
    role: 'clinician',
    organisationName: 'Analytics Clinic',
  });
  admin = await signedInActor(t.app, db, t.clock, { role: 'admin', organisationName: 'Analytics Clinic' });
  outsider = await signedInActor(t.app, db, t.clock, {
    role: 'clinician',
    organisationName: 'Another Clinic',
  });
  patient = await signedInActor(t.app, db, t.clock, { role: 'patient' });
}, 240_000);

afterAll(async () => {
  await t.close();
});

/** An independent reading of one patient's week-12 result and group, straight from the stored rows. */
async function storedResult(patientId: string): Promise<{ group: string; responder: boolean } | null> {
  const db = t.database.handle.db;
  const [intake] = await db
    .select({ result: assessments.result })
    .from(assessments)
    .where(and(eq(assessments.patientId, patientId), eq(assessments.kind, 'intake')));
  const [first] = await db
    .select({ on: carePlans.effectiveFrom })
    .from(carePlans)
    .where(eq(carePlans.patientId, patientId))
    .orderBy(asc(carePlans.version))
    .limit(1);
  const result = intake?.result as {
    baseline?: { painNrs?: number };
    phenotype?: string;
    riskGroup?: string | null;
  };
  const baseline = result?.baseline?.painNrs;
  if (!first || baseline === undefined) return null;
  // The week-12 review, or a week later when week 12 has fewer than 4 diary days.
  for (const end of [addDays(first.on, 84), addDays(first.on, 91)]) {
    const week = await db
      .select({ pain: checkIns.pain })
      .from(checkIns)
      .where(
        and(eq(checkIns.patientId, patientId), gte(checkIns.day, addDays(end, -6)), lte(checkIns.day, end)),
      );
    if (week.length < 4) continue;
    const mean = week.reduce((sum, row) => sum + row.pain, 0) / week.length;
    return {
      group: `${result.phenotype}|${result.riskGroup ?? 'unknown'}`,
      responder: isMeaningfulImprovement(classifyMeaningfulChange('pain', baseline, mean).category),
    };
  }
  return null;
}

describe('GET /api/v1/analytics/responders', () => {
  it('gives the clinic’s clinicians a table of cells with Wilson intervals, suppressing cells under 10', async () => {
    const response = await clinician.client.get('/api/v1/analytics/responders');
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      evaluablePatients: number;
      minimumCellSize: number;
      week: number;
      cells: Cell[];
    };
    expect(body.week).toBe(12);
    expect(body.minimumCellSize).toBe(10);
    expect(body.evaluablePatients).toBeGreaterThan(60);
    expect(body.cells.some((c) => c.suppressed)).toBe(true);
    expect(body.cells.some((c) => !c.suppressed)).toBe(true);
    for (const cell of body.cells) {
      if (cell.suppressed) {
        expect(cell).toMatchObject({ n: null, responders: null, share: null, interval: null });
        continue;
      }
      expect(cell.n).toBeGreaterThanOrEqual(10);
      expect(cell.share).toBeCloseTo((cell.responders ?? 0) / (cell.n ?? 1), 10);
      expect(cell.interval?.lower).toBeLessThanOrEqual(cell.share ?? 0);
      expect(cell.interval?.upper).toBeGreaterThanOrEqual(cell.share ?? 1);
    }
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('counts the same patients and responders as an independent reading of the stored check-ins', async () => {
    const rows = await t.database.handle.db
      .select({ id: patients.id })
      .from(patients)
      .where(eq(patients.orgId, orgId));
    const results = (await Promise.all(rows.map((row) => storedResult(row.id)))).filter((r) => r !== null);
    const body = (await clinician.client.get('/api/v1/analytics/responders')).json() as {
      evaluablePatients: number;
      cells: Cell[];
    };
    expect(body.evaluablePatients).toBe(results.length);
    const all = body.cells.filter((c) => c.treatment === 'all');
    expect(all.some((c) => !c.suppressed)).toBe(true);
    for (const cell of all) {
      const group = results.filter((r) => r.group === `${cell.phenotype}|${cell.riskGroup}`);
      expect(cell.suppressed).toBe(group.length < 10);
      if (!cell.suppressed) {
        expect(cell.n).toBe(group.length);
        expect(cell.responders).toBe(group.filter((r) => r.responder).length);
      }
    }
  });

  it('filters by phenotype and risk group for the "patients like this one" panel', async () => {
    const response = await clinician.client.get(
      '/api/v1/analytics/responders?phenotype=mechanical&riskGroup=medium',
    );
    expect(response.statusCode).toBe(200);
    const cells = (response.json() as { cells: Cell[] }).cells;
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.phenotype === 'mechanical' && c.riskGroup === 'medium')).toBe(true);
  });

  it('serves the clinic’s admins too, and each clinic only its own data', async () => {
    const mine = (await admin.client.get('/api/v1/analytics/responders')).json() as {
      evaluablePatients: number;
    };
    expect(mine.evaluablePatients).toBeGreaterThan(60);
    const other = await outsider.client.get('/api/v1/analytics/responders');
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ evaluablePatients: 0, cells: [] });
  });

  it('leaves out patients who stopped sharing their record', async () => {
    const before = (await clinician.client.get('/api/v1/analytics/responders')).json() as {
      evaluablePatients: number;
    };
    const db = t.database.handle.db;
    const rows = await db.select({ id: patients.id }).from(patients).where(eq(patients.orgId, orgId));
    const judged = [];
    for (const row of rows) if ((await storedResult(row.id)) !== null) judged.push(row.id);
    const revoked = judged.slice(0, 3);
    for (const id of revoked) {
      await db.update(patients).set({ sharingRevokedAt: t.clock() }).where(eq(patients.id, id));
    }
    const after = (await clinician.client.get('/api/v1/analytics/responders')).json() as {
      evaluablePatients: number;
    };
    expect(after.evaluablePatients).toBe(before.evaluablePatients - revoked.length);
  });

  it('reads through the analytics connection (a replica) when one is set, and audits on the primary', async () => {
    // A read-only connection stands in for a streaming replica: any write through it fails,
    // so a 200 with the same table proves the reads went there and the audit row did not.
    const replicaUrl = new URL(t.database.url);
    replicaUrl.searchParams.set('options', '-c default_transaction_read_only=on');
    const replica = connectDatabase(replicaUrl.toString(), { max: 2 });
    let replicaQueries = 0;
    replica.pool.on('acquire', () => {
      replicaQueries += 1;
    });
    const withReplica = await buildApp({
      database: t.database.handle,
      analyticsDatabase: replica,
      logLevel: 'silent',
      passwordHasher: fastHasher,
      clock: t.clock,
      rateLimits: { apiPerMinute: 100_000, authPerMinute: 100_000 },
    });
    try {
      const db = t.database.handle.db;
      const audited = async () =>
        (await db.select().from(auditLog).where(eq(auditLog.resource, 'responder-analytics'))).length;
      const before = await audited();
      const cookie = [...clinician.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      // Sessions live in PostgreSQL, so the same cookie works on a second app instance.
      const viaReplica = await withReplica.inject({
        url: '/api/v1/analytics/responders',
        headers: { cookie },
      });
      expect(viaReplica.statusCode).toBe(200);
      expect(replicaQueries).toBeGreaterThanOrEqual(2);
      expect(await audited()).toBe(before + 1);
      const viaPrimary = await clinician.client.get('/api/v1/analytics/responders');
      expect(viaReplica.json().cells).toEqual(viaPrimary.json().cells);
      // And the connection really refuses writes.
      await expect(
        replica.pool.query("INSERT INTO app_meta (key, value) VALUES ('replica-write', 'x')"),
      ).rejects.toThrow(/read-only transaction/);
    } finally {
      await withReplica.close();
      await replica.close();
    }
  });

  it('writes one audit row per request', async () => {
    const db = t.database.handle.db;
    const before = await db.select().from(auditLog).where(eq(auditLog.resource, 'responder-analytics'));
    await clinician.client.get('/api/v1/analytics/responders');
    const after = await db.select().from(auditLog).where(eq(auditLog.resource, 'responder-analytics'));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ action: 'read', outcome: 'success', patientId: null });
  });

  it('refuses patients and bad input with a clear 4xx naming the field', async () => {
    expect((await patient.client.get('/api/v1/analytics/responders')).statusCode).toBe(403);
    const bad = await clinician.client.get('/api/v1/analytics/responders?phenotype=spinal');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('phenotype');
    const unknown = await clinician.client.get('/api/v1/analytics/responders?patientId=x');
    expect(unknown.statusCode).toBe(400);
    const risk = await clinician.client.get('/api/v1/analytics/responders?riskGroup=extreme');
    expect(risk.statusCode).toBe(400);
    expect(JSON.stringify(risk.json())).toContain('riskGroup');
  });
});
