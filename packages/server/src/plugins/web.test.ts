import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFor, registerWeb } from './web';

let dist: string;
let app: FastifyInstance;
const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'backplan-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>BackPlan</title>');
  writeFileSync(
    path.join(dist, 'app.html'),
    '<!doctype html><title>BackPlan</title><link rel="modulepreload">',
  );
  writeFileSync(path.join(dist, 'assets/app-abc123.js'), script);
  writeFileSync(path.join(dist, 'assets/app-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dist, 'assets/app-abc123.js.gz'), gzipSync(script));
  app = Fastify();
  await registerWeb(app, dist);
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the built web app', () => {
  it('sends hashed assets pre-compressed and cached for a year', async () => {
    const response = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('falls back to gzip, and to the plain file for clients that accept neither', async () => {
    const gzip = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates index.html, and serves it for app routes', async () => {
    const page = await app.inject({ url: '/app/today' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>BackPlan</title>');
    const index = await app.inject({ url: '/' });
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('sends /app pages the copy of index.html that preloads the patient app, and no other page', async () => {
    for (const url of ['/app', '/app/today', '/app/check-in?x=1']) {
      const page = await app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('modulepreload');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    for (const url of ['/sign-in', '/apps', '/clinician']) {
      const page = await app.inject({ url });
      expect(page.body).not.toContain('modulepreload');
    }
  });
});

describe('pageFor', () => {
  const both = new Set(['app.html', 'clinician.html']);
  it('picks the page by the first path segment, and index.html when the copy was not built', () => {
    expect(pageFor('/app/today', both)).toBe('app.html');
    expect(pageFor('/clinician/patients/1/summary', both)).toBe('clinician.html');
    expect(pageFor('/clinicians', both)).toBe('index.html');
    expect(pageFor('/app/today', new Set())).toBe('index.html');
    expect(pageFor('/', both)).toBe('index.html');
  });
});
