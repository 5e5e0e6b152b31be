// `npm start`: build the web app if needed, then run `backplan serve`
// (migrations, embedded PostgreSQL unless DATABASE_URL is set, http://localhost:8080).
import { ensureWebBuild } from './web-build.mjs';

try {
  ensureWebBuild();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../packages/cli/src/main.ts');
process.exitCode = await main([process.argv[0], 'backplan', 'serve']);
