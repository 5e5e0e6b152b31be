import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config';
import { DataDirectoryUnreachableError, startEmbeddedDatabase } from './embedded';

export interface ProvisionedDatabase {
  readonly url: string;
  /** Where the data lives, for the start-up message; null for an external server. */
  readonly embeddedDataDir: string | null;
  /** Stops the embedded PostgreSQL; a no-op for an external server. */
  stop(): Promise<void>;
}

export interface ProvisionLogger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * DATABASE_URL wins. Without it, start the embedded PostgreSQL in the data
 * directory. When running as root with the default directory somewhere the
 * `postgres` user cannot reach (e.g. a clone under /root), fall back to a
 * per-checkout directory under the system temp dir and say so; an explicit
 * BACKPLAN_DATA_DIR is never second-guessed.
 */
export async function provisionDatabase(
  config: Config,
  logger: ProvisionLogger,
): Promise<ProvisionedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embeddedDataDir: null, stop: async () => undefined };
  }
  const onLog = (): void => undefined;
  try {
    const db = await startEmbeddedDatabase({ baseDir: config.dataDir, onLog });
    return { url: db.url, embeddedDataDir: db.dataDir, stop: () => db.stop() };
  } catch (error) {
    if (!(error instanceof DataDirectoryUnreachableError) || !config.dataDirIsDefault) throw error;
    const checkout = createHash('sha256').update(config.dataDir).digest('hex').slice(0, 12);
    const fallback = path.join(os.tmpdir(), `backplan-${checkout}`);
    logger.warn(`${error.message} Using ${fallback} instead.`);
    const db = await startEmbeddedDatabase({ baseDir: fallback, onLog });
    return { url: db.url, embeddedDataDir: db.dataDir, stop: () => db.stop() };
  }
}
