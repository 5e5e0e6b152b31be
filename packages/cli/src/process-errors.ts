import { ConfigError, DataDirectoryBusyError, DataDirectoryUnreachableError } from '@backplan/server';

/** Exit code for bad configuration (a usage error, as in sysexits' spirit). */
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
  if (error instanceof DataDirectoryBusyError || error instanceof DataDirectoryUnreachableError) {
    write(error.message);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`backplan: ${message}`);
  if (process.env.BACKPLAN_DEBUG && error instanceof Error && error.stack) write(error.stack);
  return EXIT_FAILURE;
}
