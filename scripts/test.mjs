// `npm test`: the whole suite — unit, database integration and browser e2e —
// then one closing line `N passed, N failed`.
//
// Browser tests need Debian's Chromium. Without it, this prints how to install
// it and skips them; when CI is set, a missing browser fails the run instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.BACKPLAN_CHROMIUM ?? '/usr/bin/chromium';
// BACKPLAN_TEST_PROJECTS=server,cli runs a subset (CI's second pass on PostgreSQL 15).
const requested = process.env.BACKPLAN_TEST_PROJECTS?.split(',') ?? ['clinical', 'cli', 'server', 'e2e'];
const extraArgs = process.argv.slice(2);
let projects = requested;

if (requested.includes('e2e')) {
  if (existsSync(chromium)) {
    ensureWebBuild({ quiet: true });
  } else if (process.env.CI) {
    process.stderr.write(`Chromium is missing at ${chromium}; CI needs it for the browser tests.\n`);
    process.stderr.write('Install it with: apt-get install -y chromium\n');
    process.exit(1);
  } else {
    projects = requested.filter((p) => p !== 'e2e');
    process.stdout.write('Chromium is not installed, so the browser tests are skipped.\n');
    process.stdout.write('Install it with: sudo apt-get install -y chromium   (then run npm test again)\n');
  }
}

const reportDir = path.join(os.tmpdir(), `backplan-test-${process.pid}`);
mkdirSync(reportDir, { recursive: true });
const reportFile = path.join(reportDir, 'vitest.json');
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
let failedSuites = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  failedSuites = report.numFailedTestSuites ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
rmSync(reportDir, { recursive: true, force: true });
const exitCode = result.status ?? 1;
// A file that fails to load counts as a failure even though no test in it ran.
if (exitCode !== 0 && failed === 0) failed = Math.max(1, failedSuites);
if (process.env.BACKPLAN_TEST_SUMMARY) {
  const { appendFileSync } = await import('node:fs');
  appendFileSync(process.env.BACKPLAN_TEST_SUMMARY, `${passed} ${failed}\n`);
}
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(exitCode);
