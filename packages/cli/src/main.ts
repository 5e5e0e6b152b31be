import { BACKPLAN_VERSION } from '@backplan/server';
import { Command, CommanderError } from 'commander';
import { migrateCommand } from './commands/migrate';
import { serveCommand } from './commands/serve';
import { registerUserCommands } from './commands/user';
import { reportFailure } from './process-errors';

function buildProgram(): Command {
  const program = new Command()
    .name('backplan')
    .description('BackPlan: evidence-based stepped care for chronic low back pain.')
    .version(BACKPLAN_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('run migrations and serve BackPlan (embedded PostgreSQL unless DATABASE_URL is set)')
    .action(serveCommand);
  program
    .command('migrate')
    .description('apply database migrations (DATABASE_URL, or the embedded database)')
    .action(migrateCommand);
  registerUserCommands(program);
  return program;
}

/** Runs the CLI and returns the exit code; `serve` keeps running until a signal. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    return reportFailure(error, (line) => process.stderr.write(`${line}\n`));
  }
}
