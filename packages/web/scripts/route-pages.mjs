// Writes a copy of dist/index.html per part of the app that a phone opens directly, with
// <link rel="modulepreload"> for the lazily loaded chunks that part's first screen needs (and a
// preload of their CSS). Without them the browser learns of those chunks only after the main
// bundle has run, one request chain after another; Lighthouse measured that chain as the
// largest cost on /app/today (docs/performance.md). The server sends app.html for /app/*
// and clinician.html for /clinician/* (packages/server/src/plugins/web.ts), index.html
// for everything else.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

/** The page file and the route modules whose code its first screen needs. */
export const ROUTE_PAGES = [
  { file: 'app.html', modules: ['src/patient/layout/PatientLayout.tsx', 'src/patient/today/TodayPage.tsx'] },
  { file: 'clinician.html', modules: ['src/clinician/ClinicianLayout.tsx', 'src/clinician/PanelPage.tsx'] },
];

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const index = readFileSync(path.join(dist, 'index.html'), 'utf8');

/** Every chunk reachable by static imports from the keys. */
function closure(keys) {
  const seen = new Set();
  const pending = [...keys];
  while (pending.length > 0) {
    const key = pending.pop();
    if (seen.has(key)) continue;
    if (manifest[key] === undefined) throw new Error(`The Vite manifest has no entry for ${key}.`);
    seen.add(key);
    pending.push(...(manifest[key].imports ?? []));
  }
  return [...seen].map((key) => manifest[key]);
}

const entry = Object.keys(manifest).filter((key) => manifest[key].isEntry && key.endsWith('.html'));
const loadedByIndex = closure(entry).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
/** What index.html loads already: its entry's closure and every file it names. */
const alreadyLoaded = new Set(
  [
    ...loadedByIndex,
    ...Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]),
  ].filter((file) => loadedByIndex.includes(file) || index.includes(`/${file}"`)),
);

for (const page of ROUTE_PAGES) {
  const chunks = closure(page.modules);
  const scripts = [...new Set(chunks.map((chunk) => chunk.file))].filter((file) => !alreadyLoaded.has(file));
  const styles = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].filter(
    (file) => !alreadyLoaded.has(file),
  );
  // Low priority: the page's chunks are needed only once the shell has run, so on a slow network
  // they must not take bandwidth from the stylesheet and the shell that the first paint waits for.
  // (Chromium gives a modulepreload high and a style preload the highest priority by default, and
  // Lighthouse counts such requests as render-blocking: it measured the first paint of /app/today
  // at 2.0 s against 1.1 s on /clinician, whose chunks are a tenth the size.)
  const links = [
    ...scripts.map(
      (file) => `    <link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}">`,
    ),
    ...styles.map(
      (file) => `    <link rel="preload" as="style" fetchpriority="low" crossorigin href="/${file}">`,
    ),
  ].join('\n');
  if (!index.includes('</head>')) throw new Error('dist/index.html has no </head>');
  writeFileSync(path.join(dist, page.file), index.replace('  </head>', `${links}\n  </head>`));
}
process.stdout.write(`wrote ${ROUTE_PAGES.map((page) => page.file).join(', ')}\n`);
