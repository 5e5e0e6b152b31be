// The patient app's initial-load budget (issue 7): the JavaScript a phone downloads before the
// first patient screen (/app/today) can show must stay within 200 KB gzipped. Reads the Vite
// manifest in packages/web/dist/.vite/manifest.json, follows static imports from the HTML
// entry and from the patient routes that /app/today renders, gzips each file and prints sizes.
// Exits 1 above budget. Run after `npm run build:web`: node scripts/bundle-budget.mjs [--json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(root, 'packages/web/dist');
export const BUDGET_BYTES = 200 * 1024;
/** The lazily loaded modules /app/today needs before it can paint (see packages/web/src/patient/routes.tsx). */
export const PATIENT_INITIAL_ROUTES = [
  'src/patient/layout/PatientLayout.tsx',
  'src/patient/today/TodayPage.tsx',
];

function gzippedSize(file) {
  return gzipSync(readFileSync(path.join(DIST, file))).length;
}

/** Every chunk reachable by static imports from the starting keys, with its CSS. */
function closure(manifest, startKeys) {
  const seen = new Set();
  const pending = [...startKeys];
  while (pending.length > 0) {
    const key = pending.pop();
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`The Vite manifest has no entry for ${key}.`);
    seen.add(key);
    pending.push(...(chunk.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]);
}

/** Sizes of the patient app's initial JS and CSS, gzipped, file by file. */
export function measurePatientInitialLoad(dist = DIST) {
  const manifestPath = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Vite manifest at ${manifestPath}: run npm run build:web first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && key.endsWith('.html'));
  const patientRoutes = PATIENT_INITIAL_ROUTES.filter((key) => manifest[key] !== undefined);
  const chunks = closure(manifest, [...entries, ...patientRoutes]);
  const js = [...new Set(chunks.map((chunk) => chunk.file))].sort();
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].sort();
  const sized = (files) => files.map((file) => ({ file, gzipBytes: gzippedSize(file) }));
  const jsFiles = sized(js);
  const cssFiles = sized(css);
  const total = (files) => files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    budgetBytes: BUDGET_BYTES,
    patientRoutesFound: patientRoutes,
    js: { files: jsFiles, gzipBytes: total(jsFiles) },
    css: { files: cssFiles, gzipBytes: total(cssFiles) },
  };
}

/**
 * Each lazily loaded patient page: what it adds on top of the initial load when first opened
 * (its own chunk plus static imports not already loaded), gzipped.
 */
export function measurePatientRoutes(dist = DIST) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && key.endsWith('.html'));
  const initial = new Set(
    closure(manifest, [...entries, ...PATIENT_INITIAL_ROUTES.filter((key) => manifest[key])]).map(
      (c) => c.file,
    ),
  );
  return Object.keys(manifest)
    .filter((key) => key.startsWith('src/patient/') && manifest[key].isDynamicEntry)
    .sort()
    .map((key) => {
      const extra = closure(manifest, [key])
        .map((chunk) => chunk.file)
        .filter((file) => !initial.has(file));
      const unique = [...new Set(extra)];
      return { route: key, gzipBytes: unique.reduce((sum, file) => sum + gzippedSize(file), 0) };
    });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = measurePatientInitialLoad();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write('Patient app initial load (gzipped):\n');
    for (const file of [...report.js.files, ...report.css.files]) {
      process.stdout.write(`  ${kb(file.gzipBytes).padStart(9)}  ${file.file}\n`);
    }
    process.stdout.write(`  JS  ${kb(report.js.gzipBytes)} of ${kb(BUDGET_BYTES)} budget\n`);
    process.stdout.write(`  CSS ${kb(report.css.gzipBytes)}\n`);
    if (process.argv.includes('--routes')) {
      process.stdout.write(
        'Each patient page, first opened (gzipped JS added on top of the initial load):\n',
      );
      for (const route of measurePatientRoutes()) {
        process.stdout.write(`  ${kb(route.gzipBytes).padStart(9)}  ${route.route}\n`);
      }
    }
  }
  if (report.js.gzipBytes > BUDGET_BYTES) {
    process.stderr.write(
      `Over budget: initial JS is ${kb(report.js.gzipBytes)}, the limit is ${kb(BUDGET_BYTES)}.\n`,
    );
    process.exit(1);
  }
}
