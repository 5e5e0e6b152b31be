import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { buildApp } from './app';
import { connectDatabase } from './db/client';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database: database.handle, logLevel: 'silent' });
  // Probe routes exercise the shared error path without depending on features.
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/_probe/echo',
    {
      config: { access: 'public' },
      schema: { body: z.object({ painScore: z.number().int().min(0).max(10), note: z.string().max(20) }) },
    },
    async (request) => request.body,
  );
  app.get('/api/v1/_probe/crash', { config: { access: 'public' } }, async () => {
    throw new Error('database password is hunter2');
  });
});

afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('health', () => {
  it('answers /healthz and /readyz with 200 when the database answers', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
  });

  it('answers /readyz with 503 when the database does not', async () => {
    const unreachable = connectDatabase('postgres://nobody@127.0.0.1:1/none');
    const lonely = await buildApp({ database: unreachable, logLevel: 'silent' });
    const response = await lonely.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
    await lonely.close();
    await unreachable.close();
  });
});

describe('error path', () => {
  it('names the failing fields in a 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/_probe/echo',
      payload: { painScore: 11, note: 'x' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('bad_request');
    expect(body.issues).toEqual([expect.objectContaining({ path: 'body.painScore' })]);
    expect(body.requestId).toBeTruthy();
  });

  it('rejects malformed JSON with a 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/_probe/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"painScore": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('bad_request');
  });

  it('rejects a body over the size limit with a 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/_probe/echo',
      payload: { painScore: 1, note: 'x'.repeat(300 * 1024) },
    });
    expect(response.statusCode).toBe(413);
  });

  it('answers a 500 with a generic body that reveals nothing internal', async () => {
    const response = await app.inject('/api/v1/_probe/crash');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('Error');
    expect(response.json()).toMatchObject({ error: 'internal_error' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });

  it('echoes a request id header', async () => {
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(response.headers['x-request-id']).toBe('trace-abc-12345');
  });
});

describe('OpenAPI', () => {
  it('serves a document generated from the route schemas', async () => {
    const response = await app.inject('/api/docs/json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
  });
});
