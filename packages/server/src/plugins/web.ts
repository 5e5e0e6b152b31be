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
 *
 * /app/* and /clinician/* get their own copy of index.html (written at build time by
 * packages/web/scripts/route-pages.mjs) that also preloads the code of that part's first
 * screen, so a phone fetches it alongside the main bundle instead of after it.
 */
export const ROUTE_PAGES: readonly { readonly prefix: string; readonly file: string }[] = [
  { prefix: '/app', file: 'app.html' },
  { prefix: '/clinician', file: 'clinician.html' },
];

/** The HTML file to answer a client-side route with. */
export function pageFor(url: string, available: ReadonlySet<string>): string {
  for (const { prefix, file } of ROUTE_PAGES) {
    if ((url === prefix || url.startsWith(`${prefix}/`)) && available.has(file)) return file;
  }
  return 'index.html';
}

export async function registerWeb(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  if (!webDist || !existsSync(path.join(webDist, 'index.html'))) return;
  const available = new Set(
    ROUTE_PAGES.map((page) => page.file).filter((file) => existsSync(path.join(webDist, file))),
  );
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
    return reply.type('text/html; charset=utf-8').sendFile(pageFor(url, available));
  });
}
