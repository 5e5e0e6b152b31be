import { loadConfig, provisionDatabase, runMigrations } from '@backplan/server';

/** `backplan migrate`: apply pending migrations to DATABASE_URL or the embedded database. */
export async function migrateCommand(): Promise<void> {
  const config = loadConfig();
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const database = await provisionDatabase(config, { info: say, warn: say });
  try {
    await runMigrations(database.url);
    say('Migrations are up to date.');
  } finally {
    await database.stop();
  }
}
