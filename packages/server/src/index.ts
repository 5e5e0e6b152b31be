export { type AppDependencies, buildApp } from './app';
export { type Config, ConfigError, loadConfig } from './config';
export { connectDatabase, type DatabaseHandle } from './db/client';
export { DataDirectoryBusyError, DataDirectoryUnreachableError, startEmbeddedDatabase } from './db/embedded';
export { MIGRATIONS_FOLDER, runMigrations } from './db/migrate';
export { provisionDatabase } from './db/provision';
export { AppError } from './errors';
export {
  type CreateAccountInput,
  type CreatedAccount,
  createAccount,
} from './modules/accounts/account-service';
export { withOwnRecord, withPatientRecord } from './modules/audit/patient-data';
export { patientScope } from './modules/audit/patient-scope';
export { createArgon2Hasher, type PasswordHasher } from './modules/auth/password-hasher';
export { ADMIN_PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH } from './modules/auth/password-policy';
export type { Role } from './modules/auth/users-repository';
export { type RunningServer, startServer } from './server';
export { BACKPLAN_VERSION } from './version';
