import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildWorld, type World } from '../../../test/world';

/**
 * The intake wizard stops on a cauda equina "yes" and sends the patient to the
 * emergency department before the intake is finished (clinical.md §4.1). The
 * saved draft must put the patient at the top of their clinic's panel at once.
 */
let t: TestApp;
let world: World;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildWorld(t.app, t.database.handle.db, t.clock);
});
afterAll(async () => {
  await t.close();
});

const saveDraft = (answers: Record<string, unknown>) =>
  world.actors.patientOwn.client.request({
    method: 'PUT',
    url: '/api/v1/me/intake-draft',
    payload: { answers, screen: 3 },
  });

async function summary() {
  const { rows } = await t.database.handle.pool.query(
    'SELECT triage_priority, red_flag_action, triage_reasons FROM patient_summaries WHERE patient_id = $1',
    [world.patientId],
  );
  return rows[0] as
    | { triage_priority: number; red_flag_action: string | null; triage_reasons: string[] }
    | undefined;
}

describe('an emergency answer in an unfinished intake', () => {
  it('does not flag anything while the answers are no', async () => {
    const response = await saveDraft({ 'flag:redFlagSymptoms:newUrinaryRetention': false });
    expect(response.statusCode).toBe(200);
    expect(response.json().careTeamTold).toBe(false);
    expect((await summary())?.red_flag_action ?? null).toBeNull();
  });

  it('tells the care team: the patient is first in the panel with the reason', async () => {
    const response = await saveDraft({
      'flag:redFlagSymptoms:newUrinaryRetention': false,
      'flag:redFlagSymptoms:newSaddleNumbness': true,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().careTeamTold).toBe(true);
    const row = await summary();
    expect(row).toMatchObject({ triage_priority: 1, red_flag_action: 'emergency' });
    expect(row?.triage_reasons.join(' ')).toMatch(/unfinished intake.*new-saddle-numbness/);

    const panel = await world.actors.clinicianSameClinic.client.get('/api/v1/clinician/panel');
    expect(panel.statusCode).toBe(200);
    expect(panel.json().patients[0]).toMatchObject({ id: world.patientId });
  });
});
