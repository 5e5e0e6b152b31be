import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

/** Where the service worker source lives and the file name it must have in dist/ (root scope). */
const SERVICE_WORKER_SOURCE = 'src/pwa/sw.ts';
export const SERVICE_WORKER_FILE = 'sw.js';
/** The quoted string the built service worker holds in place of the JSON list of files to precache. */
const PRECACHE_PLACEHOLDER = /["'`]__BACKPLAN_PRECACHE__["'`]/;
/** Replaced in the built service worker by a hash of that list, so every new build installs anew. */
const VERSION_PLACEHOLDER = '__BACKPLAN_BUILD_VERSION__';

/** index.html and the files copied from public/: the installed app needs them offline, and the bundle does not list them. */
const PUBLIC_FILES_TO_PRECACHE = [
  '/index.html',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
];

/** Files that are never precached: the worker itself, Vite's manifest and source maps. */
function isPrecachable(fileName: string): boolean {
  return fileName !== SERVICE_WORKER_FILE && !fileName.startsWith('.vite/') && !fileName.endsWith('.map');
}

/** The modules /app/today needs before it paints, as scripts/bundle-budget.mjs measures them. */
const PATIENT_INITIAL_MODULES = ['/src/patient/layout/PatientLayout.tsx', '/src/patient/today/TodayPage.tsx'];

/** Gzipped size of the JS loaded before the first patient screen: the HTML entry, the two modules, their imports. */
function patientInitialGzipBytes(bundle: Rolldown.OutputBundle): number {
  const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
  const starts = chunks.filter(
    (chunk) =>
      (chunk.isEntry && chunk.fileName !== SERVICE_WORKER_FILE) ||
      PATIENT_INITIAL_MODULES.some((module) => chunk.facadeModuleId?.endsWith(module)),
  );
  const seen = new Set<string>();
  const pending = starts.map((chunk) => chunk.fileName);
  while (pending.length > 0) {
    const file = pending.pop();
    const chunk = file === undefined ? undefined : bundle[file];
    if (file === undefined || seen.has(file) || chunk?.type !== 'chunk') continue;
    seen.add(file);
    pending.push(...chunk.imports);
  }
  return [...seen].reduce((sum, file) => {
    const chunk = bundle[file];
    return sum + (chunk?.type === 'chunk' ? gzipSync(chunk.code).length : 0);
  }, 0);
}

/** A short, stable, non-cryptographic hash (FNV-1a) of the precache list: the cache version. */
function versionOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The PWA build step, hand-written because vite-plugin-pwa does not yet support Vite 8:
 * - emits `src/pwa/sw.ts` as its own entry at `/sw.js` (root scope, so it controls /app/*);
 * - injects the list of every built file into it, so the app shell and every route work offline;
 * - links the web manifest from index.html (no inline script: the server sends a strict CSP);
 * - writes Vite's manifest (`.vite/manifest.json`), which scripts/bundle-budget.mjs reads.
 */
export function backplanPwa(): Plugin {
  return {
    name: 'backplan-pwa',
    apply: 'build',
    config() {
      return { build: { manifest: true } };
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SERVICE_WORKER_SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' }, injectTo: 'head' },
      ];
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker === undefined || worker.type !== 'chunk') {
        this.error(`the service worker chunk ${SERVICE_WORKER_FILE} was not emitted`);
      }
      const files = Object.keys(bundle).filter(isPrecachable).sort();
      const urls = [...files.map((file) => `/${file}`), ...PUBLIC_FILES_TO_PRECACHE];
      const list = JSON.stringify(urls);
      if (!PRECACHE_PLACEHOLDER.test(worker.code) || !worker.code.includes(VERSION_PLACEHOLDER)) {
        this.error('the service worker placeholders were not found in the built worker');
      }
      worker.code = worker.code
        .replace(PRECACHE_PLACEHOLDER, list)
        .replace(VERSION_PLACEHOLDER, versionOf(list));
      const kilobytes = (patientInitialGzipBytes(bundle) / 1024).toFixed(1);
      this.info(
        `patient app initial JS: ${kilobytes} KB gzipped (budget 200 KB; see scripts/bundle-budget.mjs)`,
      );
    },
  };
}
