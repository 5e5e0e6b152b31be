import { ConfigError } from '@backplan/server/config';
import { DataDirectoryBusyError, DataDirectoryUnreachableError } from '@backplan/server/db/embedded';
import { InputError } from './json-input';

/** Exit code for bad configuration or bad input (a usage error). */
export const EXIT_CONFIG = 2;
export const EXIT_FAILURE = 1;

/**
 * Turns a failure into one line for a person and an exit code. Known errors
 * explain themselves; anything else prints its message, never a stack trace
 * (set BACKPLAN_DEBUG=1 for that).
 */
export function reportFailure(error: unknown, write: (line: string) => void): number {
  if (error instanceof ConfigError) {
    write(error.message);
    return EXIT_CONFIG;
  }
  if (error instanceof InputError) {
    write(error.message);
    for (const detail of error.details) write(`  ${detail}`);
    return EXIT_CONFIG;
  }
  if (error instanceof DataDirectoryBusyError || error instanceof DataDirectoryUnreachableError) {
    write(error.message);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`backplan: ${message}`);
  if (process.env.BACKPLAN_DEBUG && error instanceof Error && error.stack) write(error.stack);
  return EXIT_FAILURE;
}
