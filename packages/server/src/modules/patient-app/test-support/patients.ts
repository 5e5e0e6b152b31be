import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../../test/app';
import { type Actor, signedInActor } from '../../../../test/fixtures';

/** A signed-in self-directed patient and a way to count rows in their tables. */
export interface TestPatient extends Actor {
  readonly patientId: string;
  /**
   * Rows of the patient in `table`. Every patient has a patient_summaries row
   * from creation on (drizzle/0008, priority 99, updated_at = the patient's
   * created_at); for that table this counts only summaries written since.
   */
  rows(table: string): Promise<number>;
}

export async function signedInPatient(t: TestApp): Promise<TestPatient> {
  const actor = await signedInActor(t.app, t.database.handle.db, t.clock, { role: 'patient' });
  const me = await actor.client.get('/api/v1/auth/me');
  const patientId = me.json().user?.patient?.id;
  if (typeof patientId !== 'string') throw new Error(`no patient id in ${me.body}`);
  return {
    ...actor,
    patientId,
    async rows(table: string) {
      if (!/^[a-z_]+$/.test(table)) throw new Error('bad table name');
      const sinceCreation =
        table === 'patient_summaries'
          ? ` AND updated_at <> (SELECT created_at FROM patients WHERE patients.id = ${table}.patient_id)`
          : '';
      const { rows } = await t.database.handle.pool.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE patient_id = $1${sinceCreation}`,
        [patientId],
      );
      return rows[0].n as number;
    },
  };
}

/** A valid check-in body for `day`; override any field. */
export function checkInFor(day: string, overrides: Record<string, unknown> = {}) {
  return {
    day,
    pain: 5,
    sleepQuality: 6,
    mood: 7,
    activityMinutes: 30,
    sideEffects: [],
    flare: false,
    newBladderBowelSaddleSymptoms: null,
    idempotencyKey: randomUUID(),
    clientRecordedAt: `${day}T20:00:00Z`,
    ...overrides,
  };
}
