import { BACKPLAN_VERSION } from '@backplan/server/version';
import { Command, CommanderError } from 'commander';
import { registerDemoCommand } from './commands/demo';
import { registerExportCommand } from './commands/export';
import { registerSimulateCommand } from './commands/simulate';
import { registerUserCommands } from './commands/user';
import { reportFailure } from './process-errors';

// Commands load their modules when run, so `backplan mme` does not start the whole server.
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
    .action(async () => (await import('./commands/serve')).serveCommand());
  program
    .command('migrate')
    .description('apply database migrations (DATABASE_URL, or the embedded database)')
    .action(async () => (await import('./commands/migrate')).migrateCommand());
  registerUserCommands(program);
  registerSimulateCommand(program);
  registerDemoCommand(program);
  registerExportCommand(program);
  program
    .command('backup')
    .option('--out <file>', 'where to write the backup (default: backplan-backup-<time>.bpbackup.gz here)')
    .description(
      'back up every BackPlan table to one file (DATABASE_URL, or the embedded database, even while serving)',
    )
    .action(async (options: { out?: string }) => (await import('./commands/backup')).backupCommand(options));
  program
    .command('restore')
    .argument('<file>', 'a file made by backplan backup')
    .description(
      'restore a backup into an empty database (a new BACKPLAN_DATA_DIR, or an empty DATABASE_URL)',
    )
    .action(async (file: string) => (await import('./commands/restore')).restoreCommand(file));
  program
    .command('assess')
    .argument('[file]', 'intake JSON file, or - for standard input', '-')
    .description('assess an intake: chronicity, phenotype, red flags, risk group, scores (prints JSON)')
    .action(async (file: string) => (await import('./commands/calculators')).assessCommand(file));
  program
    .command('recommend')
    .argument('[file]', 'patient state JSON file, or - for standard input', '-')
    .description('stepped-care decision cards for a patient state (prints JSON)')
    .action(async (file: string) => (await import('./commands/calculators')).recommendCommand(file));
  program
    .command('mme')
    .argument('[file]', 'medication list JSON file, or - for standard input', '-')
    .description('morphine milligram equivalents per drug and in total, with safety alerts (prints JSON)')
    .action(async (file: string) => (await import('./commands/calculators')).mmeCommand(file));
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
