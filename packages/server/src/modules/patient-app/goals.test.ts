import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { LONG_SESSIONS, setDay } from './test-support/journey';
import { signedInPatient } from './test-support/patients';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(LONG_SESSIONS);
});

afterAll(async () => {
  await t.close();
});

const walk = {
  activity: 'Walk to the park and back',
  measure: 'times',
  target: 3,
  period: 'week',
  reason: 'To play with my grandchildren',
  deadline: '2026-04-13',
  confidence: 8,
};

describe('/api/v1/me/goals', () => {
  it('keeps a SMART goal, reviews its week without blame, and shows it in progress', async () => {
    const patient = await signedInPatient(t);
    const added = await patient.client.post('/api/v1/me/goals', walk);
    expect(added.statusCode).toBe(201);
    const goal = added.json().goal;
    expect(goal).toMatchObject({
      activity: walk.activity,
      startDate: '2026-03-02',
      status: 'active',
      reviews: [],
    });
    setDay(t, '2026-03-08');
    const review = await patient.client.post(`/api/v1/me/goals/${goal.id}/reviews`, {
      weekEnding: '2026-03-08',
      achieved: 1,
      confidence: 4,
      hadFlare: true,
    });
    expect(review.statusCode).toBe(200);
    expect(review.json().review.suggestion).toBe('make-easier');
    expect(review.json().review.message).not.toMatch(/fail|only|should have/i);
    expect(review.json().goal.reviews).toHaveLength(1);
    const listed = (await patient.client.get('/api/v1/me/goals')).json().goals;
    expect(listed).toHaveLength(1);
    const progress = (await patient.client.get('/api/v1/me/progress')).json();
    expect(progress.goals[0].text).toBe('Walk to the park and back: 3 times per week');
  });

  it('says in plain words what a goal still needs (400 naming the field), writing nothing', async () => {
    const patient = await signedInPatient(t);
    const pain = await patient.client.post('/api/v1/me/goals', { ...walk, activity: 'Have no pain' });
    expect(pain.statusCode).toBe(400);
    expect(pain.json().issues[0].path).toBe('body.activity');
    const past = await patient.client.post('/api/v1/me/goals', { ...walk, deadline: '2026-01-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().issues.map((i: { path: string }) => i.path)).toContain('body.deadline');
    const shape = await patient.client.post('/api/v1/me/goals', { ...walk, measure: 'miles' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().issues[0].path).toBe('body.measure');
    expect(await patient.rows('goals')).toBe(0);
  });

  it("answers 404 for another patient's goal", async () => {
    const owner = await signedInPatient(t);
    const goal = (await owner.client.post('/api/v1/me/goals', walk)).json().goal;
    const stranger = await signedInPatient(t);
    const response = await stranger.client.post(`/api/v1/me/goals/${goal.id}/reviews`, {
      weekEnding: '2026-03-01',
      achieved: 3,
      confidence: 8,
      hadFlare: false,
    });
    expect(response.statusCode).toBe(404);
  });
});
