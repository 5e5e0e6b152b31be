// Builds the web app when dist/ is missing or older than any of its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages/web');
const builtIndex = path.join(web, 'dist/index.html');

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Also rebuild when a workspace package the web app imports has changed. */
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']
  .map((p) => path.join(web, p))
  .concat([path.join(root, 'packages/clinical/src')]);

export function webBuildIsFresh() {
  if (!existsSync(builtIndex)) return false;
  const built = statSync(builtIndex).mtimeMs;
  return sources.every((source) => newestMtime(source) <= built);
}

export function ensureWebBuild({ quiet = false } = {}) {
  if (webBuildIsFresh()) return;
  if (!quiet) process.stdout.write('Building the web app…\n');
  const result = spawnSync('npm', ['run', 'build', '-w', '@backplan/web', '--silent'], {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('The web app did not build.');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureWebBuild();
