import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Unknown GET paths outside /api and /fhir fall back
 * to index.html so the single-page app can route them.
 *
 * Assets are sent pre-compressed (brotli or gzip, written at build time) and the
 * hashed files under /assets/ are cached for a year; index.html and the service
 * worker are revalidated on every load so a new version reaches phones at once.
 */
export async function registerWeb(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  if (!webDist || !existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, filePath) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/fhir/') || path.extname(url) !== '') {
      return reply.callNotFound();
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
