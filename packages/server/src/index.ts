export { type AppDependencies, buildApp } from './app';
export { type Config, ConfigError, loadConfig } from './config';
export { connectDatabase, type DatabaseHandle } from './db/client';
export { DataDirectoryBusyError, DataDirectoryUnreachableError, startEmbeddedDatabase } from './db/embedded';
export { MIGRATIONS_FOLDER, runMigrations } from './db/migrate';
export { provisionDatabase } from './db/provision';
export { type RunningServer, startServer } from './server';
export { BACKPLAN_VERSION } from './version';
