import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, startServer } from '@backplan/server';
import { WEB_DIST } from '../paths';

/** `backplan serve`: migrate, then serve the API and the web app until a signal arrives. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const webDist = config.webDist ?? (existsSync(path.join(WEB_DIST, 'index.html')) ? WEB_DIST : undefined);
  if (!webDist) {
    process.stdout.write('The web app is not built (run `npm run build:web`); serving the API only.\n');
  }
  await startServer({ ...config, webDist }, { handleSignals: true });
}
